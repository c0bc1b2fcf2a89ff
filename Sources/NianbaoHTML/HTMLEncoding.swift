/// The encoding of a web page as a browser settles it before parsing: a byte order mark, else a `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first bytes, else UTF-8 when those bytes are
/// valid UTF-8 and GB18030 otherwise (what a browser in a Chinese locale assumes for an undeclared page).
///
/// GB2312 and GBK are read as GB18030, their superset, as browsers do; ISO-8859-1 and ASCII as windows-1252.
struct HTMLEncoding: Equatable, Sendable {
  /// The name libxml2 (iconv) knows the encoding by, e.g. `GB18030`.
  let name: String
  /// Where the encoding came from, for messages: `a byte order mark`, `<meta charset="gb2312">`, ….
  let source: String
  /// The number of leading bytes that are a byte order mark (not page content).
  let byteOrderMarkLength: Int

  /// Whether the page is UTF-8 (validated by the reader itself; libxml2 reads it without conversion).
  var isUTF8: Bool { name == "UTF-8" }

  /// How many leading bytes are searched for a `<meta>` declaration.
  static let prescanBytes = 8192

  /// Settles the encoding from the first bytes of a page (``prescanBytes`` are enough; more are used to tell UTF-8
  /// from GB18030 when nothing is declared). `complete` says whether `head` is the whole page, so that a UTF-8
  /// sequence cut at its end counts as invalid.
  static func detect(_ head: [UInt8], complete: Bool) throws(HTMLError) -> HTMLEncoding {
    if head.starts(with: [0xEF, 0xBB, 0xBF]) {
      return HTMLEncoding(name: "UTF-8", source: "a UTF-8 byte order mark", byteOrderMarkLength: 3)
    }
    if head.starts(with: [0xFF, 0xFE]) {
      return HTMLEncoding(name: "UTF-16LE", source: "a UTF-16 byte order mark", byteOrderMarkLength: 2)
    }
    if head.starts(with: [0xFE, 0xFF]) {
      return HTMLEncoding(name: "UTF-16BE", source: "a UTF-16 byte order mark", byteOrderMarkLength: 2)
    }
    if let label = declaredCharset(in: head.prefix(prescanBytes)) {
      guard let name = canonicalName(label) else {
        throw HTMLError(
          .unsupportedEncoding,
          "The page declares the encoding “\(label)”, which the reader does not know; "
            + "save it as UTF-8 or GB18030.")
      }
      return HTMLEncoding(name: name, source: "its <meta> charset “\(label)”", byteOrderMarkLength: 0)
    }
    if UTF8Validator.isValid(head, complete: complete) {
      return HTMLEncoding(name: "UTF-8", source: "its bytes (valid UTF-8, nothing declared)", byteOrderMarkLength: 0)
    }
    return HTMLEncoding(
      name: "GB18030", source: "its bytes (not UTF-8, nothing declared: read as GB18030)", byteOrderMarkLength: 0)
  }

  /// The libxml2 name of a charset label, or `nil` for a label the reader does not know.
  static func canonicalName(_ label: String) -> String? {
    switch label.lowercased() {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
      // A <meta> that claims UTF-16 is read as UTF-8, as the HTML standard says: the bytes that declare it are ASCII.
      "UTF-8"
    case "gb2312", "gbk", "gb18030", "gb_2312-80", "gb_2312", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn",
      "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280":
      "GB18030"
    case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5": "BIG5-HKSCS"
    case "iso-8859-1", "latin1", "l1", "iso8859-1", "windows-1252", "cp1252", "us-ascii", "ascii", "ansi_x3.4-1968":
      "WINDOWS-1252"
    case "shift_jis", "shift-jis", "sjis", "ms_kanji", "windows-31j": "SHIFT_JIS"
    case "euc-jp": "EUC-JP"
    case "euc-kr", "ks_c_5601-1987", "windows-949": "EUC-KR"
    default: nil
    }
  }

  /// The charset label of the first `<meta>` that declares one, as a browser's prescan finds it.
  static func declaredCharset(in bytes: ArraySlice<UInt8>) -> String? {
    let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var index = lower.startIndex
    while let tag = find(Array("<meta".utf8), in: lower, from: index) {
      let end = lower[tag...].firstIndex(of: UInt8(ascii: ">")) ?? lower.endIndex
      let attributes = lower[tag + 5..<end]
      if let charset = find(Array("charset".utf8), in: Array(attributes), from: 0) {
        if let label = charsetLabel(Array(attributes), after: charset + 7) { return label }
      }
      index = end
    }
    return nil
  }

  /// The label after `charset` at `index`: optional spaces, `=`, optional spaces and quote, then up to a quote,
  /// space, `;` or the end.
  private static func charsetLabel(_ bytes: [UInt8], after index: Int) -> String? {
    var position = index
    func skipSpaces() {
      while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[position]) { position += 1 }
    }
    skipSpaces()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return nil }
    position += 1
    skipSpaces()
    while position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
      position += 1
    }
    let start = position
    while position < bytes.count, !" \t\n\r\u{0C}\"';/>".utf8.contains(bytes[position]) { position += 1 }
    guard position > start, position - start <= 40 else { return nil }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
