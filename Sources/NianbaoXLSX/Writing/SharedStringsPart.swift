/// `xl/sharedStrings.xml`: every distinct string of the workbook, in order of first use.
enum SharedStringsPart {
  /// The part for a filled string table.
  static func xml(_ table: SharedStringTable) throws -> [UInt8] {
    let xml = try XMLWriter(part: OOXML.Part.sharedStrings)
    try xml.start("sst")
    try xml.attribute("xmlns", OOXML.spreadsheetNamespace)
    try xml.attribute("count", table.referenceCount)
    try xml.attribute("uniqueCount", table.strings.count)
    for string in table.strings {
      try xml.start("si")
      try writeText(xml, string)
      try xml.end()
    }
    try xml.end()
    return try xml.finish()
  }

  /// Writes `<t>` with the escaped text, marking it `xml:space="preserve"` when it starts or ends with white space.
  static func writeText(_ xml: XMLWriter, _ text: String, element: String = "t") throws {
    try xml.start(element)
    if needsPreserve(text) { try xml.attribute("xml:space", "preserve") }
    try xml.text(SpreadsheetText.escaped(text))
    try xml.end()
  }

  /// Whether leading or trailing white space must be marked for keeping.
  static func needsPreserve(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
    return isXMLSpace(first) || isXMLSpace(last)
  }

  private static func isXMLSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
  }
}
