import NianbaoGrid
import NianbaoXLSX

/// Where the official tables of one template version go on the exported sheet.
///
/// The sheet holds the report title in row 1, a blank row, then tables 二, 三 and 四 stacked in report order, each
/// under its section title and followed by a blank row. Every table starts in column A; the sheet is as wide as the
/// widest table (table 四's fifteen columns). Everything is derived from the layout's grids, so the plan names the
/// real cell of every value slot on an exported file or a blank template.
public struct ReportSheetPlan: Sendable, Hashable {
  /// The name of the sheet holding the tables.
  public static let sheetName = "年度报告"

  /// The layout placed.
  public let layout: ReportLayout
  /// The number of columns the tables use (the widest grid).
  public let width: Int
  /// The row of the report title (<organ><year>年政府信息公开工作年度报告), merged across ``width``.
  public let titleRow: Int
  /// The tables in report order, each with its rows on the sheet.
  public let tables: [PlacedTable]
  /// The top-left cell of every value slot, by key path.
  public let cellReferences: [ReportKeyPath: CellReference]

  /// Places the tables of `layout`.
  public init(layout: ReportLayout) {
    self.layout = layout
    width = layout.tables.map(\.grid.columnCount).max() ?? 1
    titleRow = 1
    var placed: [PlacedTable] = []
    var row = titleRow + 2
    for table in layout.tables {
      let entry = PlacedTable(table: table, titleRow: row, firstRow: row + 1)
      placed.append(entry)
      row = entry.lastRow + 2
    }
    tables = placed
    var references: [ReportKeyPath: CellReference] = [:]
    for entry in placed {
      for slot in entry.table.slots {
        references[slot.keyPath] = entry.reference(row: slot.row, column: slot.column)
      }
    }
    cellReferences = references
  }

  /// The plan of a version's official layout.
  public init(version: FormatVersion) {
    self.init(layout: version.layout)
  }

  /// The last row holding a table.
  public var lastRow: Int { tables.last?.lastRow ?? titleRow }

  /// The title row merged across the tables' width.
  public var titleRange: CellRange {
    CellRange(start: CellReference(row: titleRow, column: 1)!, end: CellReference(row: titleRow, column: width)!)!
  }

  /// The printed range: the title and every table.
  public var printArea: CellRange {
    CellRange(start: CellReference(row: titleRow, column: 1)!, end: CellReference(row: lastRow, column: width)!)!
  }

  /// The placement of one table.
  public func table(_ id: TableID) -> PlacedTable {
    tables.first { $0.table.id == id }!
  }

  /// The top-left cell of a value slot, or `nil` when the version has no such slot.
  public func reference(of keyPath: ReportKeyPath) -> CellReference? {
    cellReferences[keyPath]
  }

  /// The cells a value slot covers (more than one where the official grid merges it), or `nil` when the version has
  /// no such slot.
  public func range(of keyPath: ReportKeyPath) -> CellRange? {
    guard let slot = layout.slot(at: keyPath) else { return nil }
    return table(slot.table).range(
      row: slot.row, column: slot.column, rowSpan: slot.rowSpan, columnSpan: slot.columnSpan)
  }

  /// The location of a value slot on the exported sheet, e.g. `'年度报告'!D12`, for findings that name real cells.
  public func location(of keyPath: ReportKeyPath) -> SourceLocation? {
    cellReferences[keyPath].map { SourceLocation(sheet: Self.sheetName, reference: $0.a1) }
  }

  /// The location of every value slot on the exported sheet.
  public var locations: [ReportKeyPath: SourceLocation] {
    cellReferences.mapValues { SourceLocation(sheet: Self.sheetName, reference: $0.a1) }
  }
}

/// One official table placed on the exported sheet: its section title row and the rows of its grid, starting in
/// column A.
public struct PlacedTable: Sendable, Hashable {
  /// The table.
  public let table: TableLayout
  /// The row of the section title (e.g. 三、收到和处理政府信息公开申请情况).
  public let titleRow: Int
  /// The sheet row of the grid's first row.
  public let firstRow: Int

  /// Places a table's grid from `firstRow`, under its title in `titleRow`.
  public init(table: TableLayout, titleRow: Int, firstRow: Int) {
    self.table = table
    self.titleRow = titleRow
    self.firstRow = firstRow
  }

  /// The sheet row of the grid's last row.
  public var lastRow: Int { firstRow + table.grid.rowCount - 1 }

  /// The sheet rows of the grid.
  public var rows: ClosedRange<Int> { firstRow...lastRow }

  /// The sheet cell at a 0-based grid position.
  public func reference(row: Int, column: Int) -> CellReference {
    CellReference(row: firstRow + row, column: 1 + column)!
  }

  /// The sheet cells of a grid area given by its 0-based top-left position and spans.
  public func range(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1) -> CellRange {
    CellRange(origin: reference(row: row, column: column), rows: rowSpan, columns: columnSpan)!
  }

  /// The sheet cells of one grid cell (its merged area).
  public func range(of cell: GridCell) -> CellRange {
    range(row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan)
  }

  /// The merged areas of the grid on the sheet, in grid order.
  public var merges: [CellRange] { table.grid.merges.map(range(of:)) }
}
