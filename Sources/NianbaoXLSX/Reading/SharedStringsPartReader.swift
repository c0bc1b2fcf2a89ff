import NianbaoPackage

/// Reads `xl/sharedStrings.xml`: one string per `<si>`, rich-text runs joined, phonetic runs (`<rPh>`) left out.
struct SharedStringsPartReader: XMLPartHandler {
  /// Reads every shared string, within the limits on count and total text.
  static func read(from archive: ZipArchive, part: String) throws -> [String] {
    let reader = SharedStringsPartReader(part: part, limits: archive.limits)
    return try XMLEventParser.parse(archive.open(part), with: reader).strings
  }

  /// A string item being read (`<si>`): the depth of its start, its text so far, the text of its open `<t>`.
  private struct Item {
    var depth: Int
    var text: [UInt8] = []
    var run: [UInt8]?
    var preserve = false
  }

  private let part: String
  private let limits: ReadLimits
  private var strings: [String] = []
  private var textBytes = 0
  private var item: Item?

  private init(part: String, limits: ReadLimits) {
    self.part = part
    self.limits = limits
  }

  /// Outside an item, an `extLst` is skipped and an `<si>` starts an item; inside, phonetic runs are skipped and a
  /// `<t>` opens a run, keeping its white space with `xml:space="preserve"`.
  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  {
    guard item != nil else {
      if name.is("extLst") { return true }
      if name.is("si") {
        if isEmpty {
          try append([])
        } else {
          item = Item(depth: depth)
        }
      }
      return false
    }
    if name.is("rPh") || name.is("phoneticPr") { return true }
    if name.is("t"), !isEmpty {
      item!.run = []
      item!.preserve = Self.preservesSpace(attributes)
    }
    return false
  }

  /// The end of the item completes its string; the end of a `<t>` adds its run, trimmed of XML white space unless
  /// it is preserved.
  mutating func endElement(_ name: XMLElementName, depth: Int) throws {
    guard let itemDepth = item?.depth else { return }
    if depth == itemDepth {
      try append(item.take()!.text)
    } else if name.is("t"), let run = item!.run.take() {
      if item!.preserve {
        item!.text.append(contentsOf: run)
      } else {
        run.withUnsafeBufferPointer { item!.text.append(contentsOf: Self.trimmingXMLSpace($0)) }
      }
    }
  }

  /// Text inside an open `<t>` belongs to its run.
  mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws {
    item?.run?.append(contentsOf: text)
  }

  /// Adds an item's string, its `_xHHHH_` escapes decoded, within the limits.
  private mutating func append(_ text: [UInt8]) throws {
    let string = text.withUnsafeBufferPointer { TextEscapes.decode($0) }
    textBytes += string.utf8.count
    guard strings.count < limits.maxSharedStrings else {
      throw XLSXError(
        .contentLimitExceeded, "The part holds more than \(limits.maxSharedStrings) shared strings.", part: part)
    }
    guard textBytes <= limits.maxTextBytes else {
      throw XLSXError(
        .contentLimitExceeded, "The shared strings hold more than \(limits.maxTextBytes) bytes of text.", part: part)
    }
    strings.append(string)
  }

  /// Whether a `<t>` keeps its white space (`xml:space="preserve"`).
  static func preservesSpace(_ attributes: XMLAttributes) -> Bool {
    for attribute in 0..<attributes.count {
      guard let prefix = attributes.prefix(attribute), strcmpBytes(prefix, "xml"),
        strcmpBytes(attributes.name(attribute), "space")
      else { continue }
      return attributes.rawValue(attribute).elementsEqual("preserve".utf8)
    }
    return false
  }

  /// The bytes without leading and trailing XML white space (space, tab, carriage return, line feed).
  static func trimmingXMLSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end, NumberText.isSpace(bytes[start]) { start += 1 }
    while end > start, NumberText.isSpace(bytes[end - 1]) { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }
}
