import NianbaoPackage

/// Reads `[Content_Types].xml` far enough to tell what kind of Office package a zip is.
struct ContentTypesPartReader: XMLPartHandler {
  /// The part name.
  static let name = "[Content_Types].xml"

  /// All content types the part declares (defaults and overrides), or an empty list when the part is missing.
  static func read(from archive: ZipArchive) throws -> [String] {
    guard archive.storedName(name) != nil else { return [] }
    return try XMLEventParser.parse(archive.open(name), with: ContentTypesPartReader()).types
  }

  private var types: [String] = []

  /// Every `Default` and `Override` element names a content type.
  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  {
    if name.is("Default") || name.is("Override"), let type = attributes.unprefixedValue(of: "ContentType") {
      types.append(type)
    }
    return false
  }

  /// A phrase naming the kind of package the content types describe, when it is not a spreadsheet.
  static func describeNonSpreadsheet(_ types: [String], names: [String]) -> String {
    if types.contains(where: { $0.contains("wordprocessingml") }) || names.contains("word/document.xml") {
      return "a Word document (.docx)"
    }
    if types.contains(where: { $0.contains("presentationml") }) || names.contains("ppt/presentation.xml") {
      return "a PowerPoint presentation (.pptx)"
    }
    if names.contains("mimetype") || names.contains("content.xml") {
      return "an OpenDocument file (.ods/.odt), not OOXML"
    }
    if types.isEmpty { return "a plain zip archive, not an Office package" }
    return "an Office package without a workbook"
  }
}
