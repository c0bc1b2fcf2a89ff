/// Puts an XLSX package together sheet by sheet: each sheet's rows are written as they come (into memory, or deflated
/// into a ``DeflatingSpool``), and the parts that depend on every sheet (workbook, styles, shared strings) are made at the end.
///
/// The entries come out in the order they are stored in the zip: `[Content_Types].xml`, `_rels/.rels`, the workbook
/// and its relationships, the worksheets, styles, shared strings, then the document properties.
struct WorkbookAssembly {
  /// Where the sheets' rows are kept until the archive is written.
  enum Storage {
    /// In memory.
    case memory
    /// Deflated, in spool files beside the output path.
    case spool(beside: String)
  }

  private let storage: Storage
  /// Whether each sheet is checked as it is added; off when the whole document was checked first.
  private let checksSheets: Bool
  private var styles = StyleTable()
  private var strings = SharedStringTable()
  private var recalculates = false
  /// The sheets added so far, without their cells.
  private var sheets: [SheetDocument] = []
  private var worksheets: [ZipWriter.Entry] = []
  /// The sheet names in lower case, for the check that they differ ignoring case.
  private var names: [String: String] = [:]
  /// The error that stopped an earlier sheet: the workbook cannot be finished after it.
  private var failure: (any Error)?

  /// An empty assembly.
  init(storage: Storage, checksSheets: Bool) {
    self.storage = storage
    self.checksSheets = checksSheets
  }

  /// Adds a sheet: its own cells, then the cells `body` appends, which must come after them in row-major order.
  mutating func addSheet(_ sheet: SheetDocument, cells body: (inout SheetStream) throws -> Void) throws {
    if let failure { throw failure }
    do {
      try add(sheet, body)
    } catch {
      failure = error
      throw error
    }
  }

  /// The package's entries; the workbook-wide checks (a visible sheet, the defined names) come first.
  func entries(definedNames: [DefinedName], properties: DocumentProperties) throws -> [ZipWriter.Entry] {
    if let failure { throw failure }
    let document = WorkbookDocument(sheets: sheets, definedNames: definedNames, properties: properties)
    if checksSheets {
      guard !sheets.isEmpty else {
        throw XLSXError(.invalidWorkbook, "A workbook needs at least one sheet.", part: OOXML.Part.workbook)
      }
      guard sheets.contains(where: { $0.visibility == .visible }) else {
        throw XLSXError(.invalidWorkbook, "At least one sheet must be visible.", part: OOXML.Part.workbook)
      }
      try DocumentValidator.validateDefinedNames(document)
    }
    var entries = [
      ZipWriter.Entry(name: OOXML.Part.contentTypes, bytes: try ContentTypesPart.xml(sheetCount: sheets.count)),
      ZipWriter.Entry(name: OOXML.Part.packageRelationships, bytes: try RelationshipsPart.packageXML()),
      ZipWriter.Entry(name: OOXML.Part.workbook, bytes: try WorkbookPart.xml(document, recalculates: recalculates)),
      ZipWriter.Entry(
        name: OOXML.Part.workbookRelationships, bytes: try RelationshipsPart.workbookXML(sheetCount: sheets.count)),
    ]
    entries += worksheets
    entries.append(ZipWriter.Entry(name: OOXML.Part.styles, bytes: try StylesPart.xml(styles)))
    entries.append(ZipWriter.Entry(name: OOXML.Part.sharedStrings, bytes: try SharedStringsPart.xml(strings)))
    entries.append(
      ZipWriter.Entry(name: OOXML.Part.coreProperties, bytes: try DocPropsPart.coreXML(properties)))
    entries.append(
      ZipWriter.Entry(
        name: OOXML.Part.appProperties, bytes: try DocPropsPart.appXML(properties, sheetNames: sheets.map(\.name))))
    return entries
  }

  private mutating func add(_ sheet: SheetDocument, _ body: (inout SheetStream) throws -> Void) throws {
    let number = sheets.count + 1
    let part = OOXML.Part.worksheet(number)
    if checksSheets { try check(sheet, part: part) }
    let sink: any MarkupSink
    switch storage {
    case .memory: sink = MemorySink()
    case .spool(let path): sink = try DeflatingSpool(beside: path)
    }
    // The tables move into the sheet's builder while it is written (a copy would be duplicated on first change).
    var stream = SheetStream(
      builder: SheetBuilder(sheet, part: part, into: sink, strings: strings, styles: styles))
    strings = SharedStringTable()
    styles = StyleTable()
    defer {
      swap(&strings, &stream.builder.strings)
      swap(&styles, &stream.builder.styles)
    }
    stream.builder.checksCells = false
    for cell in WorksheetPart.writtenCells(sheet) { try stream.builder.append(cell) }
    if let last = sheet.cells.lazy.map(\.reference).max() { stream.builder.continueAfter(last) }
    stream.builder.checksCells = true
    try body(&stream)
    let result = try stream.builder.finish()
    var layout = sheet
    layout.cells = []
    let isSelected = sheet.visibility == .visible && !sheets.contains { $0.visibility == .visible }
    let (head, tail) = try WorksheetPart.frame(
      layout, number: number, isSelected: isSelected, dimension: result.dimension, hasRows: result.hasRows,
      styles: &stream.builder.styles)
    recalculates = recalculates || stream.builder.recalculates
    sheets.append(layout)
    worksheets.append(
      ZipWriter.Entry(
        name: part, pieces: [.bytes(head), try result.body.finishedPiece(), .bytes(tail)], deflatesPiecesApart: true))
  }

  /// The checks ``DocumentValidator`` makes of a document's sheet, for a sheet added on its own.
  private mutating func check(_ sheet: SheetDocument, part: String) throws {
    if let problem = DocumentValidator.sheetNameProblem(sheet.name) {
      throw XLSXError(.invalidWorkbook, problem, part: OOXML.Part.workbook, sheet: sheet.name)
    }
    let key = sheet.name.lowercased()
    if let earlier = names[key] {
      throw XLSXError(
        .invalidWorkbook, "The sheet names '\(earlier)' and '\(sheet.name)' are the same when letter case is ignored.",
        part: OOXML.Part.workbook, sheet: sheet.name)
    }
    do {
      try DocumentValidator.validate(sheet)
    } catch let error as XLSXError {
      throw XLSXError(error.kind, error.message, part: error.part ?? part, sheet: sheet.name, cell: error.cell)
    }
    names[key] = sheet.name
  }
}
