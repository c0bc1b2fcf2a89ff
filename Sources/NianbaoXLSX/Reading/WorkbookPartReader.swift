import NianbaoPackage

/// Reads `xl/workbook.xml`: the sheets in order, with names, visibility and relationship ids.
struct WorkbookPartReader: XMLPartHandler {
  /// A sheet entry before its relationship is resolved.
  struct SheetEntry: Equatable {
    var name: String
    var visibility: SheetInfo.Visibility
    var relationshipID: String
  }

  /// Thrown at the root when it is not `<workbook>`, to stop the parse there.
  private struct RootIsNotWorkbook: Error {}

  /// Reads the sheet list; a part whose root is not `<workbook>` means the package is not a spreadsheet.
  static func read(from archive: ZipArchive, part: String) throws -> [SheetEntry] {
    let sheets: [SheetEntry]
    do {
      sheets = try XMLEventParser.parse(archive.open(part), with: WorkbookPartReader(part: part)).sheets
    } catch is RootIsNotWorkbook {
      let types = try ContentTypesPartReader.read(from: archive)
      let kind = ContentTypesPartReader.describeNonSpreadsheet(types, names: archive.names)
      throw XLSXError(
        .notSpreadsheetPackage, "The file \(archive.displayName) is \(kind): its main part is not a workbook.",
        part: part)
    }
    guard !sheets.isEmpty else {
      throw XLSXError(.malformedXML, "The workbook lists no sheets.", part: part)
    }
    return sheets
  }

  private let part: String
  private var sheets: [SheetEntry] = []

  private init(part: String) {
    self.part = part
  }

  /// The root must be `<workbook>`; defined names and extensions are skipped; every other `<sheet>` is an entry.
  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  {
    if depth == 0, !name.is("workbook") { throw RootIsNotWorkbook() }
    if name.is("extLst") || name.is("definedNames") { return true }
    guard name.is("sheet") else { return false }
    var sheetName: String?
    var state = SheetInfo.Visibility.visible
    var relationshipID: String?
    for index in 0..<attributes.count {
      if attributes.isNamespaced(index) {
        let uri = String(cString: attributes.namespaceURI(index)!)
        if strcmpBytes(attributes.name(index), "id"), uri.hasSuffix("relationships") {
          relationshipID = attributes.value(index)
        }
      } else if attributes.prefix(index) == nil {
        if strcmpBytes(attributes.name(index), "name") { sheetName = attributes.value(index) }
        if strcmpBytes(attributes.name(index), "state") {
          state = SheetInfo.Visibility(rawValue: attributes.value(index)) ?? .visible
        }
      }
    }
    guard let sheetName, let relationshipID else {
      throw XLSXError(.malformedXML, "A <sheet> element lacks its name or r:id attribute.", part: part)
    }
    sheets.append(SheetEntry(name: sheetName, visibility: state, relationshipID: relationshipID))
    return false
  }
}
