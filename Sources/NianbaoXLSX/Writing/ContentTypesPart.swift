/// `[Content_Types].xml`: the content type of every part of the package.
enum ContentTypesPart {
  /// The part for a workbook of `sheetCount` worksheets.
  static func xml(sheetCount: Int) throws -> [UInt8] {
    let xml = try XMLWriter(part: OOXML.Part.contentTypes)
    try xml.start("Types")
    try xml.attribute("xmlns", OOXML.contentTypesNamespace)
    try writeDefault(xml, extension: "rels", contentType: OOXML.ContentType.relationships)
    try writeDefault(xml, extension: "xml", contentType: OOXML.ContentType.xml)
    try writeOverride(xml, part: OOXML.Part.workbook, contentType: OOXML.ContentType.workbook)
    for number in stride(from: 1, through: sheetCount, by: 1) {
      try writeOverride(xml, part: OOXML.Part.worksheet(number), contentType: OOXML.ContentType.worksheet)
    }
    try writeOverride(xml, part: OOXML.Part.styles, contentType: OOXML.ContentType.styles)
    try writeOverride(xml, part: OOXML.Part.sharedStrings, contentType: OOXML.ContentType.sharedStrings)
    try writeOverride(xml, part: OOXML.Part.coreProperties, contentType: OOXML.ContentType.coreProperties)
    try writeOverride(xml, part: OOXML.Part.appProperties, contentType: OOXML.ContentType.appProperties)
    try xml.end()
    return try xml.finish()
  }

  private static func writeDefault(_ xml: XMLWriter, extension: String, contentType: String) throws {
    try xml.start("Default")
    try xml.attribute("Extension", `extension`)
    try xml.attribute("ContentType", contentType)
    try xml.end()
  }

  private static func writeOverride(_ xml: XMLWriter, part: String, contentType: String) throws {
    try xml.start("Override")
    try xml.attribute("PartName", "/" + part)
    try xml.attribute("ContentType", contentType)
    try xml.end()
  }
}
