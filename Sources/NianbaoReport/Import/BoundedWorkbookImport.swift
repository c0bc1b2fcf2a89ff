import NianbaoGrid
import NianbaoXLSX

/// Imports a workbook from grids read in bounded memory (``BoundedSheetGrid``): a register of applications with
/// hundreds of thousands of rows of numbers beside the report costs its text, not its numbers.
///
/// The grids keep every cell that is not a plain number and every number within
/// ``BoundedSheetGrid/defaultWindow`` rows of one. The locators never look further than a few rows past a label, with
/// three exceptions, each checked after the import: table 二's extent runs on through contiguous rows, a text section
/// may take its text from the next cell below its title however far, and a formula without a cached value may add up
/// any cell. When the import could have seen a left-out number through one of them (a table or section reaching a
/// left-out row, a formula to evaluate, a merge whose corner was left out), the workbook is read again whole, so the
/// report and its findings are always those of the whole workbook.
enum BoundedWorkbookImport {
  /// How the report was imported.
  enum Path: Equatable {
    /// From the bounded grids, nothing left out.
    case whole
    /// From the bounded grids, with numbers far from text left out.
    case bounded
    /// Read again whole, because the result could have depended on a number left out.
    case reread
  }

  /// Imports the workbook `reader` opened; `source` names it in messages.
  static func importReport(from reader: WorkbookReader, source: String, previous: Report?) throws(ImportError)
    -> ReportImport
  {
    try importReportAndPath(from: reader, source: source, previous: previous).result
  }

  /// ``importReport(from:source:previous:)`` and how it went (for the tests).
  static func importReportAndPath(from reader: WorkbookReader, source: String, previous: Report?)
    throws(ImportError) -> (result: ReportImport, path: Path)
  {
    let sheets = try reading { try reader.readBoundedGrids() }
    if let sheet = sheets.first(where: { !$0.mergeOverlaps.isEmpty }) {
      throw .unreadable(overlapError(sheet: sheet.grid.name, overlaps: sheet.mergeOverlaps))
    }
    let grids = sheets.map(\.grid)
    let omitted = sheets.filter { !$0.omittedRows.isEmpty }
    guard !omitted.isEmpty else {
      return (try ReportImporter.importReport(from: grids, source: source, previous: previous), .whole)
    }
    if omitted.contains(where: \.omitsMergeCorner) || grids.contains(where: holdsFormulaToEvaluate) {
      return (try wholeImport(reader, source: source, previous: previous), .reread)
    }
    let result = try ReportImporter.importReport(from: grids, source: source, previous: previous)
    if couldSeeOmittedRows(result, sheets: omitted, grids: grids) {
      return (try wholeImport(reader, source: source, previous: previous), .reread)
    }
    return (result, .bounded)
  }

  /// The error for a sheet whose merged ranges overlap: the sheet and both ranges of the first pair, and how many
  /// other pairs there are.
  static func overlapError(sheet: String, overlaps: [MergeOverlap]) -> XLSXError {
    let first = overlaps[0]
    let others = overlaps.count > 1 ? " (and \(overlaps.count - 1) more overlapping pairs)" : ""
    return XLSXError(
      .overlappingMerges,
      "The merged ranges \(first.first.a1) and \(first.second.a1) of sheet '\(sheet)' overlap\(others); Excel refuses "
        + "to open such a file and a cell under both cannot be placed. Unmerge one of them and save the file again.",
      sheet: sheet, cell: first.second.start.a1)
  }

  private static func reading<T>(_ body: () throws -> T) throws(ImportError) -> T {
    do {
      return try body()
    } catch let error as XLSXError {
      throw .unreadable(error)
    } catch {
      throw .unreadable(XLSXError(.unreadableFile, "\(error)"))
    }
  }

  private static func wholeImport(_ reader: WorkbookReader, source: String, previous: Report?) throws(ImportError)
    -> ReportImport
  {
    let workbook = try reading { try reader.readWorkbook() }
    return try ReportImporter.importReport(
      from: workbook.sheets.map(SourceGrid.init(worksheet:)), source: source, previous: previous)
  }

  /// Whether a grid holds a formula the import may have to compute (no cached number), which may refer to any cell.
  private static func holdsFormulaToEvaluate(_ grid: SourceGrid) -> Bool {
    grid.cells.contains { cell in
      guard case .formula(_, let cached) = cell.content else { return false }
      if case .number = cached { return false }
      return true
    }
  }

  /// Whether the import could have looked at a left-out row: a located cell or finding in a run of contiguous rows
  /// that reaches a left-out range (table 二's extent would have run on into it), or a text section read from below
  /// a left-out range (its title may stand above it).
  private static func couldSeeOmittedRows(_ result: ReportImport, sheets: [BoundedSheetGrid], grids: [SourceGrid])
    -> Bool
  {
    var usedRows: [String: Set<Int>] = [:]
    let places = Array(result.locations.values) + result.findings.compactMap(\.location)
    for place in places {
      guard let row = row(of: place) else { continue }
      usedRows[place.sheet, default: []].insert(row)
    }
    for sheet in sheets {
      let rows = usedRows[sheet.grid.name] ?? []
      for range in sheet.omittedRows {
        var row = range.lowerBound - 1
        while row >= 1, !sheet.grid.row(row).isEmpty {
          if rows.contains(row) { return true }
          row -= 1
        }
      }
    }
    guard result.report.text != ReportText() else { return false }
    for location in TextSectionLocator.read(grids).locations.values {
      guard let row = row(of: location), let sheet = sheets.first(where: { $0.grid.name == location.sheet }) else {
        continue
      }
      if sheet.omittedRows.contains(where: { $0.lowerBound < row }) { return true }
    }
    return false
  }

  /// The top row of a location's reference (`J12`, `B7:D7`).
  private static func row(of location: SourceLocation) -> Int? {
    let first = location.reference.split(separator: ":").first.map(String.init) ?? location.reference
    return CellReference(first)?.row
  }
}
