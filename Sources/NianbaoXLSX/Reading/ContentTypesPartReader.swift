/// Reads `[Content_Types].xml` far enough to tell what kind of Office package a zip is.
enum ContentTypesPartReader {
  /// The part name.
  static let name = "[Content_Types].xml"

  /// All content types the part declares (defaults and overrides), or an empty list when the part is missing.
  static func read(from archive: ZipArchive) throws -> [String] {
    guard archive.storedName(name) != nil else { return [] }
    let reader = try XMLStreamReader(stream: archive.open(name))
    var types: [String] = []
    while try reader.next() {
      guard reader.node == .startElement, reader.isNamed("Default") || reader.isNamed("Override") else { continue }
      if let type = reader.attribute("ContentType") { types.append(type) }
    }
    return types
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
