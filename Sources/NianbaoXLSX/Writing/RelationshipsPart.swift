/// The relationship parts: `_rels/.rels` (package → workbook and properties) and
/// `xl/_rels/workbook.xml.rels` (workbook → sheets, styles, shared strings).
enum RelationshipsPart {
  /// One relationship: its id, type and target.
  struct Relationship: Equatable {
    /// The id, such as `rId1`.
    var id: String
    /// The relationship type URI.
    var type: String
    /// The target, relative to the source part's folder.
    var target: String
  }

  /// The relationships of the package: rId1 the workbook, rId2 the core properties, rId3 the app properties.
  static let packageRelationships = [
    Relationship(id: "rId1", type: OOXML.RelationshipType.officeDocument, target: OOXML.Part.workbook),
    Relationship(id: "rId2", type: OOXML.RelationshipType.coreProperties, target: OOXML.Part.coreProperties),
    Relationship(id: "rId3", type: OOXML.RelationshipType.appProperties, target: OOXML.Part.appProperties),
  ]

  /// The relationships of the workbook: `rId1`…`rIdN` the sheets in order, then styles and shared strings.
  static func workbookRelationships(sheetCount: Int) -> [Relationship] {
    var relationships = (1..<(sheetCount + 1)).map { number in
      Relationship(
        id: worksheetRelationshipID(number), type: OOXML.RelationshipType.worksheet,
        target: "worksheets/sheet\(number).xml")
    }
    relationships.append(
      Relationship(id: "rId\(sheetCount + 1)", type: OOXML.RelationshipType.styles, target: "styles.xml"))
    relationships.append(
      Relationship(id: "rId\(sheetCount + 2)", type: OOXML.RelationshipType.sharedStrings, target: "sharedStrings.xml"))
    return relationships
  }

  /// The relationship id of the 1-based `number`th worksheet.
  static func worksheetRelationshipID(_ number: Int) -> String { "rId\(number)" }

  /// `_rels/.rels`.
  static func packageXML() throws -> [UInt8] {
    try xml(packageRelationships, part: OOXML.Part.packageRelationships)
  }

  /// `xl/_rels/workbook.xml.rels`.
  static func workbookXML(sheetCount: Int) throws -> [UInt8] {
    try xml(workbookRelationships(sheetCount: sheetCount), part: OOXML.Part.workbookRelationships)
  }

  private static func xml(_ relationships: [Relationship], part: String) throws -> [UInt8] {
    let xml = try XMLWriter(part: part)
    try xml.start("Relationships")
    try xml.attribute("xmlns", OOXML.packageRelationshipsNamespace)
    for relationship in relationships {
      try xml.start("Relationship")
      try xml.attribute("Id", relationship.id)
      try xml.attribute("Type", relationship.type)
      try xml.attribute("Target", relationship.target)
      try xml.end()
    }
    try xml.end()
    return try xml.finish()
  }
}
