/// What a file is, told from its first bytes, so that a file that is not an XLSX gets an error naming its real type.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package enum FileKind: Equatable {
  case empty
  case zip
  case legacyXLS
  /// A legacy Word 97–2003 document (`.doc`) or a WPS Office document (`.wps`, which is written in Word's binary
  /// format): an OLE2 container with a `WordDocument` stream.
  case legacyWord
  case encryptedOOXML
  case otherOLE2
  case png
  case pdf
  case jpeg
  case gif
  case text
  case json
  case unknown

  /// The most bytes of an OLE2 container searched for its stream names.
  package static let oleScanLimit = 8 << 20

  /// Classifies the file at `path` from its first bytes; an OLE2 container is read further to find its streams.
  package static func detect(path: String) throws -> FileKind {
    guard let handle = fopen(path, "rb") else {
      throw PackageError(.unreadableFile, "The file \(path) cannot be opened: \(String(cString: strerror(errno))).")
    }
    defer { fclose(handle) }
    var head = [UInt8](repeating: 0, count: 8192)
    head.removeSubrange(fread(&head, 1, head.count, handle)...)
    guard head.starts(with: oleSignature) else { return detect(head) }
    var whole = head
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while whole.count < oleScanLimit {
      let count = fread(&chunk, 1, chunk.count, handle)
      if count == 0 { break }
      whole.append(contentsOf: chunk[0..<count])
    }
    return detect(whole)
  }

  private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  /// Classifies a file by its bytes (the first few KiB are enough, except for OLE2, whose directory is searched
  /// in up to ``oleScanLimit`` bytes).
  package static func detect(_ bytes: [UInt8]) -> FileKind {
    let head = Array(bytes.prefix(8192))
    if head.starts(with: oleSignature) {
      let scanned = Array(bytes.prefix(oleScanLimit))
      if containsUTF16(scanned, "EncryptedPackage") || containsUTF16(scanned, "EncryptionInfo") {
        return .encryptedOOXML
      }
      // A directory entry's name is NUL-terminated: matching the terminator too keeps a document's UTF-16 text
      // ("Book", "WordDocument" written in a paragraph) from passing for a stream name. Word first, since
      // Word's text is UTF-16 and may well spell "Book".
      if wordStreams.contains(where: { containsUTF16(scanned, $0, terminated: true) }) { return .legacyWord }
      if containsUTF16(scanned, "Workbook") || containsUTF16(scanned, "Book") { return .legacyXLS }
      return .otherOLE2
    }
    if head.isEmpty { return .empty }
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
      || head.starts(with: [0x50, 0x4B, 0x07, 0x08])
    {
      return .zip
    }
    if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .png }
    if head.starts(with: Array("%PDF".utf8)) { return .pdf }
    if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
    if head.starts(with: Array("GIF8".utf8)) { return .gif }
    if looksLikeText(head) {
      let first = head.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
      return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .text
    }
    return .unknown
  }

  /// The OLE2 streams that mark a word-processing document: Word 97–2003's main stream, which WPS Office's `.wps`
  /// holds as well.
  private static let wordStreams = ["WordDocument"]

  private static func containsUTF16(_ bytes: [UInt8], _ name: String, terminated: Bool = false) -> Bool {
    let needle: [UInt8] = name.utf8.flatMap { [$0, UInt8(0)] } + (terminated ? [0, 0] : [])
    guard bytes.count >= needle.count else { return false }
    var index = 0
    while index + needle.count <= bytes.count {
      if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return true }
      index += 1
    }
    return false
  }

  /// Text in any common encoding (UTF-8, GB18030, UTF-16 with a BOM): no NUL bytes and few control characters.
  private static func looksLikeText(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
    var controls = 0
    for byte in bytes {
      if byte == 0 { return false }
      if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
    }
    return controls * 100 <= bytes.count
  }
}
