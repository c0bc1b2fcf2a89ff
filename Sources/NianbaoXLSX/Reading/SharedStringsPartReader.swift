/// Reads `xl/sharedStrings.xml`: one string per `<si>`, rich-text runs joined, phonetic runs (`<rPh>`) left out.
enum SharedStringsPartReader {
  /// Reads every shared string, within the limits on count and total text.
  static func read(from archive: ZipArchive, part: String) throws -> [String] {
    let reader = try XMLStreamReader(stream: archive.open(part))
    let limits = archive.limits
    var strings: [String] = []
    var textBytes = 0
    var advanced = try reader.next()
    while advanced {
      if reader.node == .startElement, reader.isNamed("extLst") {
        advanced = try reader.skipSubtree()
        continue
      }
      if reader.node == .startElement, reader.isNamed("si") {
        let string = try readStringItem(reader)
        textBytes += string.utf8.count
        guard strings.count < limits.maxSharedStrings else {
          throw XLSXError(
            .contentLimitExceeded, "The part holds more than \(limits.maxSharedStrings) shared strings.", part: part)
        }
        guard textBytes <= limits.maxTextBytes else {
          throw XLSXError(
            .contentLimitExceeded, "The shared strings hold more than \(limits.maxTextBytes) bytes of text.",
            part: part)
        }
        strings.append(string)
      }
      advanced = try reader.next()
    }
    return strings
  }

  /// Reads a string item (`<si>` or a cell's `<is>`) from its start tag to its end tag: the `<t>` texts of the item
  /// and of its runs, without phonetic runs, with `_xHHHH_` escapes decoded. A `<t>` without
  /// `xml:space="preserve"` loses its leading and trailing XML white space, as spreadsheet programs read it.
  static func readStringItem(_ reader: XMLStreamReader) throws -> String {
    if reader.isEmptyElement { return "" }
    let itemDepth = reader.depth
    var result = ""
    var run: String?
    var preserve = false
    var advanced = try reader.next()
    while advanced {
      switch reader.node {
      case .startElement:
        if reader.isNamed("rPh") || reader.isNamed("phoneticPr") {
          advanced = try reader.skipSubtree()
          continue
        }
        if reader.isNamed("t"), !reader.isEmptyElement {
          run = ""
          preserve = reader.attribute("xml:space") == "preserve"
        }
      case .endElement:
        if reader.depth == itemDepth { return TextEscapes.decode(result) }
        if reader.isNamed("t"), let text = run {
          result += preserve ? text : trimmingXMLSpace(text)
          run = nil
        }
      case .text:
        if run != nil { run! += reader.text }
      case .other:
        break
      }
      advanced = try reader.next()
    }
    throw XLSXError(.malformedXML, "A string item is not closed before the end of the part.", part: reader.part)
  }

  /// The text without leading and trailing XML white space (space, tab, carriage return, line feed).
  static func trimmingXMLSpace(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.firstIndex(where: { !NumberText.isSpace($0) }) else { return "" }
    guard first != utf8.startIndex || NumberText.isSpace(utf8[utf8.index(before: utf8.endIndex)]) else {
      return text
    }
    let last = utf8.lastIndex(where: { !NumberText.isSpace($0) })!
    return String(text[first...last])
  }
}
