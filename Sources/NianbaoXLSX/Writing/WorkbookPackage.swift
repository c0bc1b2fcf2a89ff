/// One part of the package: its name in the zip and its bytes.
struct PackagePart: Equatable {
  /// The part name, such as `xl/workbook.xml`.
  var name: String
  /// The part's XML.
  var bytes: [UInt8]
}

/// Turns a document into the parts of an XLSX package.
enum WorkbookPackage {
  /// Validates the document and returns its parts in the order they are stored in the zip:
  /// `[Content_Types].xml`, `_rels/.rels`, the workbook and its relationships, the worksheets, styles, shared
  /// strings, then the document properties.
  static func parts(_ document: WorkbookDocument) throws -> [PackagePart] {
    try DocumentValidator.validate(document)
    let sheetCount = document.sheets.count
    let activeSheet = WorkbookPart.activeSheetIndex(document)
    var styles = StyleTable()
    var strings = SharedStringTable()
    // Sheets first: they number styles and strings in order of first use.
    var worksheets: [PackagePart] = []
    for (index, sheet) in document.sheets.enumerated() {
      let bytes = try WorksheetPart.xml(
        sheet, number: index + 1, isSelected: index == activeSheet, styles: &styles, strings: &strings)
      worksheets.append(PackagePart(name: OOXML.Part.worksheet(index + 1), bytes: bytes))
    }
    let recalculates = document.sheets.contains { sheet in
      sheet.cells.contains { $0.formula != nil && $0.value == .empty }
    }
    var parts = [
      PackagePart(name: OOXML.Part.contentTypes, bytes: try ContentTypesPart.xml(sheetCount: sheetCount)),
      PackagePart(name: OOXML.Part.packageRelationships, bytes: try RelationshipsPart.packageXML()),
      PackagePart(name: OOXML.Part.workbook, bytes: try WorkbookPart.xml(document, recalculates: recalculates)),
      PackagePart(
        name: OOXML.Part.workbookRelationships, bytes: try RelationshipsPart.workbookXML(sheetCount: sheetCount)),
    ]
    parts += worksheets
    parts.append(PackagePart(name: OOXML.Part.styles, bytes: try StylesPart.xml(styles)))
    parts.append(PackagePart(name: OOXML.Part.sharedStrings, bytes: try SharedStringsPart.xml(strings)))
    parts.append(PackagePart(name: OOXML.Part.coreProperties, bytes: try DocPropsPart.coreXML(document.properties)))
    parts.append(
      PackagePart(
        name: OOXML.Part.appProperties,
        bytes: try DocPropsPart.appXML(document.properties, sheetNames: document.sheets.map(\.name))))
    return parts
  }
}
