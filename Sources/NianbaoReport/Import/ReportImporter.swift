import NianbaoGrid
import NianbaoPackage
import NianbaoXLSX

/// The result of an import: the report, where each value came from, and every finding (import and checks).
public struct ReportImport: Sendable {
  /// The canonical report.
  public let report: Report
  /// Where each value cell was read from, e.g. `'Sheet1'!J12`.
  public let locations: [ReportKeyPath: SourceLocation]
  /// What the import noticed (cells that are not values, evaluated formulas, hybrid layouts, missing tables),
  /// followed by the checks' findings (R1–R5 and the softer checks).
  public let findings: [Finding]
}

/// Reads a report from grids (XLSX sheets, or any carrier's tables): finds the three tables anywhere, detects the
/// template version, reads every value, and runs the checks.
public enum ReportImporter {
  /// Imports the workbook at `path` (`-` is not handled here; see ``importWorkbook(bytes:name:previous:)``).
  public static func importWorkbook(at path: String, previous: Report? = nil, limits: ReadLimits = .default)
    throws(ImportError) -> ReportImport
  {
    let reader: WorkbookReader
    do {
      reader = try WorkbookReader(path: path, limits: limits)
    } catch let error as XLSXError {
      throw .unreadable(error)
    } catch {
      throw .unreadable(XLSXError(.unreadableFile, "\(error)"))
    }
    return try BoundedWorkbookImport.importReport(from: reader, source: path, previous: previous)
  }

  /// Imports a workbook held in memory.
  public static func importWorkbook(
    bytes: [UInt8], name: String, previous: Report? = nil, limits: ReadLimits = .default
  ) throws(ImportError) -> ReportImport {
    let reader: WorkbookReader
    do {
      reader = try WorkbookReader(bytes: bytes, name: name, limits: limits)
    } catch let error as XLSXError {
      throw .unreadable(error)
    } catch {
      throw .unreadable(XLSXError(.unreadableFile, "\(error)"))
    }
    return try BoundedWorkbookImport.importReport(from: reader, source: name, previous: previous)
  }

  /// Imports a report from grids; `source` names the input in messages.
  ///
  /// Where the tables are, the title and the text sections are worked out once per shape of workbook (same grids,
  /// same texts in the same cells, numbers anywhere): a batch of reports made from one template locates its tables
  /// once (see ``LocationCache``).
  public static func importReport(from grids: [SourceGrid], source: String, previous: Report? = nil) throws(ImportError)
    -> ReportImport
  {
    try importReport(from: grids, source: source, previous: previous, cache: .shared)
  }

  /// ``importReport(from:source:previous:)``, reusing the table locations of an earlier workbook of the same shape
  /// from `cache` (`nil`: locate afresh, as the tests do to compare both ways).
  static func importReport(from sourceGrids: [SourceGrid], source: String, previous: Report?, cache: LocationCache?)
    throws(ImportError) -> ReportImport
  {
    let grids = TableJoiner.join(ReadingOrderRestorer.restore(sourceGrids).map(ColumnRestorer.restore))
    let key = cache.map { _ in LocationCache.Key(grids: grids) }
    let shape: LocationCache.Entry
    if let cache, let key, let known = cache.entry(for: key, grids: grids) {
      shape = known
    } else {
      let title = ReportTitle.find(in: grids)
      let finder = TableFinder.Memo()
      let detection = VersionDetector.detect(grids, year: title?.year, finder: finder)
      guard let version = detection.version else {
        throw .noReportTables(source, reason: MissingTables.reason(in: sourceGrids))
      }
      var tables: [TableID: LocatedTable?] = [:]
      for table in version.layout.tables { tables[table.id] = finder.locate(table, in: grids) }
      shape = LocationCache.Entry(
        version: version, findings: detection.findings, tables: tables, organ: title?.organ, year: title?.year,
        text: TextSectionLocator.read(grids).text)
      if let cache, let key { cache.keep(shape, for: key) }
    }
    let version = shape.version
    let layout = version.layout
    var findings = shape.findings
    var locations: [ReportKeyPath: SourceLocation] = [:]
    var report = Report(formatVersion: version, organ: shape.organ, year: shape.year, text: shape.text)
    let evaluator = FormulaEvaluator(grids: Dictionary(grids.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }))
    for table in layout.tables {
      guard let located = shape.tables[table.id] ?? nil else {
        findings.append(ImportFindings.tableMissing(table))
        continue
      }
      for deviation in located.deviations {
        findings.append(ImportFindings.hybrid(table: table.id, deviation: deviation))
      }
      var claimed = Set<SourceGrid.Position>()
      for slot in table.slots {
        guard let placement = located.placements[slot.keyPath] else { continue }
        let location = SourceLocation(
          sheet: located.grid, address: CellAddress(row: max(placement.row, 1), column: max(placement.column, 1)))
        locations[slot.keyPath] = location
        var sum = ValueReader.Sum.blank
        for cell in placement.cells {
          claimed.insert(SourceGrid.Position(row: cell.row, column: cell.column))
          let cellLocation = SourceLocation(
            sheet: located.grid, address: CellAddress(row: cell.row, column: cell.column))
          let value = ValueReader.read(
            cell, slot: slot, grid: located.grid, location: cellLocation, evaluator: evaluator, findings: &findings)
          if sum != .tooLarge { sum = ValueReader.add(sum.value, value) }
        }
        let total = sum.value
        if sum == .tooLarge {
          let cellText = placement.cells.map(\.text).joined(separator: " + ")
          findings.append(Finding.notAValue(slot: slot, cellText: cellText, location: location))
          continue
        }
        do {
          try report.set(total, at: slot.keyPath)
        } catch {
          findings.append(Finding.notAValue(slot: slot, cellText: total?.description ?? "", location: location))
        }
      }
      if let grid = grids.first(where: { $0.name == located.grid }) {
        findings += ImportFindings.unclaimedValues(in: grid, located: located, claimed: claimed)
      }
    }
    let checks = ReportChecker(locations: locations).check(report, previous: previous)
    return ReportImport(report: report, locations: locations, findings: findings + checks)
  }
}

/// Why a report could not be imported.
public enum ImportError: Error, Sendable, CustomStringConvertible {
  /// The file could not be read as a workbook.
  case unreadable(XLSXError)
  /// A document (Word, web page, PDF, text) could not be read; `kind` is the carrier's stable error kind.
  case unreadableDocument(carrier: ReportCarrier, kind: String, message: String)
  /// The input holds none of the three tables; `source` names it, `reason` says what was seen instead.
  case noReportTables(String, reason: String?)

  /// A plain sentence.
  public var description: String {
    switch self {
    case .unreadable(let error):
      return error.description
    case .unreadableDocument(_, _, let message):
      return message
    case .noReportTables(let source, let reason):
      let titles = FormatVersion.v2021.layout.tables.map(\.title.text).joined(separator: "; ")
      return "\(source) holds none of the report's tables (\(titles)): "
        + (reason ?? "no cell reads like their headers.")
    }
  }
}
