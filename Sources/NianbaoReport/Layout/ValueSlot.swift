import NianbaoGrid

/// A value cell of an official table: where its number lives in the JSON model, what kind of
/// number it is, which headers name it and where it sits in the table's grid.
public struct ValueSlot: Sendable, Hashable {
  /// The full key path in the JSON model, e.g. `applications.outcomes.total.naturalPerson`.
  public let keyPath: ReportKeyPath
  /// The kind of value the cell holds.
  public let kind: ValueKind
  /// The table the cell belongs to.
  public let table: TableID
  /// The row headers naming the cell, outermost first (empty for table 四, whose only row is
  /// unlabelled).
  public let rowHeaders: [Label]
  /// The column headers naming the cell, outermost first.
  public let columnHeaders: [Label]
  /// The 0-based row offset of the cell within its table's grid.
  public let row: Int
  /// The 0-based column offset of the cell within its table's grid.
  public let column: Int
  /// The number of grid rows the cell spans.
  public let rowSpan: Int
  /// The number of grid columns the cell spans.
  public let columnSpan: Int

  /// Creates a slot; layouts create them while building their grids.
  public init(
    keyPath: ReportKeyPath, kind: ValueKind, table: TableID, rowHeaders: [Label], columnHeaders: [Label],
    row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1
  ) {
    self.keyPath = keyPath
    self.kind = kind
    self.table = table
    self.rowHeaders = rowHeaders
    self.columnHeaders = columnHeaders
    self.row = row
    self.column = column
    self.rowSpan = rowSpan
    self.columnSpan = columnSpan
  }

  /// The row's name for a reader: the row headers joined by “ · ”. A table without row headers
  /// (table 四) names its row by the column groups above the cell, e.g. `行政诉讼 · 复议后起诉`.
  public var rowLabel: String {
    let headers = rowHeaders.isEmpty ? Array(columnHeaders.dropLast()) : rowHeaders
    return headers.map(\.text).joined(separator: " · ")
  }

  /// The column's name for a reader: the innermost column header, e.g. `总计`.
  public var columnLabel: String { columnHeaders.last?.text ?? "" }

  /// The cell's address on a sheet holding only this table with its first row in row 1 and
  /// its first column in column A (the official grid position).
  public var officialAddress: CellAddress { CellAddress(row: row + 1, column: column + 1) }

  /// The official location, e.g. `'表三'!J12`.
  public var officialLocation: SourceLocation {
    SourceLocation(sheet: table.sheetName, address: officialAddress)
  }
}
