import Foundation

/// A `multipart/form-data` body (RFC 7578) parsed as it arrives, chunk by chunk: each part is handed over as soon
/// as its closing delimiter is seen, and a part that grows beyond the file limit, a header block beyond its limit
/// or too many parts stop the parse at once (so the server answers before the rest of the body is read).
///
/// Only what a body needs to be read is checked: the delimiters, each part's `Content-Disposition: form-data` with
/// a `name`, and the closing delimiter at the end (``finish()``). The preamble and epilogue are ignored.
public struct MultipartParser: Sendable {
  /// Where the parse stands.
  enum State: Sendable {
    /// Before the first delimiter.
    case preamble
    /// Just after a delimiter: `--` (the end) or a line break (a part) follows.
    case afterDelimiter
    /// Reading a part's header block.
    case headers
    /// Reading a part's bytes.
    case body
    /// After the closing delimiter.
    case done
  }

  /// `CRLF--boundary`: what ends a part's bytes.
  let delimiter: [UInt8]
  /// The limits applied while parsing.
  let limits: ServerLimits
  /// Bytes received and not yet consumed.
  private var pending: [UInt8]
  private var state = State.preamble
  /// The part being read: its header fields, and its bytes so far.
  private var header: (name: String, fileName: String?, contentType: String?)?
  private var bytes: [UInt8] = []
  /// How many parts have been started.
  private var partCount = 0

  /// A parser for the boundary a `Content-Type: multipart/form-data; boundary=…` header names.
  public init(boundary: String, limits: ServerLimits) throws(APIError) {
    guard !boundary.isEmpty, boundary.utf8.count <= 70 else {
      throw .badMultipart("The form's boundary must be 1 to 70 characters long.")
    }
    delimiter = Array("\r\n--\(boundary)".utf8)
    self.limits = limits
    // The first delimiter may open the body without a line break before it.
    pending = [0x0D, 0x0A]
  }

  /// The boundary a `Content-Type` header value names, when it is `multipart/form-data`.
  public static func boundary(contentType: String?) throws(APIError) -> String {
    guard let contentType else {
      throw .badMultipart("The request has no Content-Type; send the files as multipart/form-data.")
    }
    let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    guard pieces.first?.lowercased() == "multipart/form-data" else {
      throw .badMultipart("The request is \(pieces.first ?? contentType); send the files as multipart/form-data.")
    }
    for piece in pieces.dropFirst() {
      guard let equals = piece.firstIndex(of: "=") else { continue }
      let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      var value = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      guard key == "boundary" else { continue }
      if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
      return value
    }
    throw .badMultipart("The multipart/form-data Content-Type names no boundary.")
  }

  /// Takes the next chunk of the body and returns the parts it completes.
  public mutating func feed(_ chunk: some Collection<UInt8>) throws(APIError) -> [FormPart] {
    if state == .done { return [] }
    pending.append(contentsOf: chunk)
    var completed: [FormPart] = []
    while true {
      switch state {
      case .preamble:
        guard let at = Self.find(delimiter, in: pending) else {
          // Keep only what could still begin a delimiter.
          pending.removeFirst(max(0, pending.count - (delimiter.count - 1)))
          return completed
        }
        pending.removeFirst(at + delimiter.count)
        state = .afterDelimiter
      case .afterDelimiter:
        guard let next = try afterDelimiter() else { return completed }
        state = next
      case .headers:
        guard try readHeaders() else { return completed }
        state = .body
      case .body:
        guard let part = try readBody() else { return completed }
        completed.append(part)
        state = .afterDelimiter
      case .done:
        pending = []
        return completed
      }
    }
  }

  /// Checks that the body ended with the closing delimiter.
  public func finish() throws(APIError) {
    guard state == .done else {
      throw .badMultipart(
        state == .preamble
          ? "The form holds no part: its boundary never appears in the body."
          : "The form is cut short: it does not end with its closing boundary.")
    }
  }

  /// What follows a delimiter: the end (`--`), or a part (optional spaces, then a line break); `nil` to wait for
  /// more bytes.
  private mutating func afterDelimiter() throws(APIError) -> State? {
    var index = 0
    while index < pending.count, pending[index] == 0x20 || pending[index] == 0x09 { index += 1 }
    guard pending.count >= index + 2 else {
      if index > 64 { throw .badMultipart("A boundary line of the form is not followed by a line break.") }
      return nil
    }
    if pending[0] == 0x2D, pending[1] == 0x2D {
      pending = []
      return .done
    }
    guard pending[index] == 0x0D, pending[index + 1] == 0x0A else {
      throw .badMultipart("A boundary line of the form is not followed by a line break.")
    }
    pending.removeFirst(index + 2)
    partCount += 1
    if partCount > limits.maxParts {
      throw .tooLarge("The form has more than \(limits.maxParts) parts.")
    }
    return .headers
  }

  /// Reads a part's header block; `false` to wait for more bytes.
  private mutating func readHeaders() throws(APIError) -> Bool {
    let end: Int
    let skip: Int
    if pending.starts(with: [0x0D, 0x0A]) {
      end = 0
      skip = 2
    } else if let at = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: pending) {
      end = at
      skip = 4
    } else {
      if pending.count > limits.maxPartHeaderBytes {
        throw .badMultipart("A part of the form has more than \(limits.maxPartHeaderBytes) bytes of headers.")
      }
      return false
    }
    guard end <= limits.maxPartHeaderBytes else {
      throw .badMultipart("A part of the form has more than \(limits.maxPartHeaderBytes) bytes of headers.")
    }
    let text = String(decoding: pending[..<end], as: UTF8.self)
    pending.removeFirst(end + skip)
    var disposition: String?
    var contentType: String?
    for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
      guard let colon = line.firstIndex(of: ":") else {
        throw .badMultipart("A header line of a part of the form has no colon.")
      }
      let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if name == "content-disposition" { disposition = value }
      if name == "content-type" { contentType = value }
    }
    guard let disposition else { throw .badMultipart("A part of the form has no Content-Disposition header.") }
    let parameters = try Self.parameters(of: disposition)
    guard parameters.type == "form-data", let name = parameters.values["name"] else {
      throw .badMultipart("A part of the form is not form-data with a name.")
    }
    header = (name, parameters.values["filename*"] ?? parameters.values["filename"], contentType)
    bytes = []
    return true
  }

  /// Reads a part's bytes up to the next delimiter; `nil` to wait for more bytes.
  private mutating func readBody() throws(APIError) -> FormPart? {
    if let at = Self.find(delimiter, in: pending) {
      bytes.append(contentsOf: pending[..<at])
      try checkSize()
      pending.removeFirst(at + delimiter.count)
      let part = FormPart(
        name: header!.name, fileName: header!.fileName, contentType: header!.contentType, bytes: bytes)
      bytes = []
      header = nil
      return part
    }
    let safe = pending.count - (delimiter.count - 1)
    if safe > 0 {
      bytes.append(contentsOf: pending[..<safe])
      pending.removeFirst(safe)
      try checkSize()
    }
    return nil
  }

  /// Throws when the part being read is over the file limit.
  private func checkSize() throws(APIError) {
    guard bytes.count > limits.maxFileBytes else { return }
    let what =
      header?.fileName.map { "The file \(FormPart(name: "", fileName: $0, contentType: nil, bytes: []).displayName)" }
      ?? "The field \(header?.name ?? "")"
    throw .tooLarge("\(what) is larger than \(ByteCount.words(limits.maxFileBytes)), the most one file may be.")
  }

  /// The disposition type and its parameters (`name`, `filename`, and `filename*` decoded from RFC 5987).
  static func parameters(of disposition: String) throws(APIError) -> (type: String, values: [String: String]) {
    var scalars = Substring(disposition)
    func skipSpaces() { while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() } }
    var type = ""
    while let first = scalars.first, first != ";" {
      type.append(first)
      scalars.removeFirst()
    }
    var values: [String: String] = [:]
    while scalars.first == ";" {
      scalars.removeFirst()
      skipSpaces()
      var key = ""
      while let first = scalars.first, first != "=", first != ";" {
        key.append(first)
        scalars.removeFirst()
      }
      key = key.trimmingCharacters(in: .whitespaces).lowercased()
      guard scalars.first == "=" else { continue }
      scalars.removeFirst()
      skipSpaces()
      var value = ""
      if scalars.first == "\"" {
        scalars.removeFirst()
        var closed = false
        while let first = scalars.first {
          scalars.removeFirst()
          if first == "\\", let escaped = scalars.first {
            value.append(escaped)
            scalars.removeFirst()
          } else if first == "\"" {
            closed = true
            break
          } else {
            value.append(first)
          }
        }
        guard closed else { throw .badMultipart("A quoted value in a part's Content-Disposition is not closed.") }
        skipSpaces()
      } else {
        while let first = scalars.first, first != ";" {
          value.append(first)
          scalars.removeFirst()
        }
        value = value.trimmingCharacters(in: .whitespaces)
      }
      if key == "filename*" {
        // charset'language'percent-encoded
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8", let decoded = pieces[2].removingPercentEncoding
        else { continue }
        value = decoded
      }
      values[key] = value
    }
    return (type.trimmingCharacters(in: .whitespaces).lowercased(), values)
  }

  /// The first place `needle` occurs in `haystack` (`memchr` finds each candidate, `memcmp` checks it).
  static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    return haystack.withUnsafeBufferPointer { hay -> Int? in
      needle.withUnsafeBufferPointer { pin -> Int? in
        let base = hay.baseAddress!
        let last = hay.count - pin.count
        var start = 0
        while start <= last {
          guard let hit = memchr(base + start, Int32(pin[0]), last - start + 1) else { return nil }
          let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + index, pin.baseAddress!, pin.count) == 0 { return index }
          start = index + 1
        }
        return nil
      }
    }
  }
}
