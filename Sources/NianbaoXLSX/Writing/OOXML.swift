/// Namespaces, content types, relationship types and part names of the packages the writer produces.
enum OOXML {
  /// The SpreadsheetML main namespace.
  static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  /// The namespace of relationship ids inside a part (`r:id`).
  static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  /// The namespace of `_rels/*.rels` parts.
  static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
  /// The namespace of `[Content_Types].xml`.
  static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
  /// The namespace of `docProps/core.xml`.
  static let corePropertiesNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  /// The namespace of `docProps/app.xml`.
  static let extendedPropertiesNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
  /// Dublin Core elements.
  static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
  /// Dublin Core terms.
  static let dublinCoreTermsNamespace = "http://purl.org/dc/terms/"
  /// Dublin Core types.
  static let dublinCoreTypesNamespace = "http://purl.org/dc/dcmitype/"
  /// XML Schema instance.
  static let schemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

  /// Part names.
  enum Part {
    static let contentTypes = "[Content_Types].xml"
    static let packageRelationships = "_rels/.rels"
    static let workbook = "xl/workbook.xml"
    static let workbookRelationships = "xl/_rels/workbook.xml.rels"
    static let styles = "xl/styles.xml"
    static let sharedStrings = "xl/sharedStrings.xml"
    static let coreProperties = "docProps/core.xml"
    static let appProperties = "docProps/app.xml"

    /// The part of the 1-based `number`th worksheet.
    static func worksheet(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }
  }

  /// Content types of the parts.
  enum ContentType {
    static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
    static let xml = "application/xml"
    static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
    static let sharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
    static let appProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
  }

  /// Relationship types.
  enum RelationshipType {
    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let coreProperties =
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let appProperties =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
    static let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    static let sharedStrings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
  }
}
