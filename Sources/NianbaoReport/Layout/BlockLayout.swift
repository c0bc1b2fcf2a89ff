/// A value column of a block of table 二: its header, key, value kind and width in grid columns.
public struct BlockColumn: Sendable, Hashable {
  /// The column header's official text.
  public let label: Label
  /// The key of the column's values within their row object.
  public let key: String
  /// The kind of value the column holds.
  public let kind: ValueKind
  /// The number of grid columns the header and the values span.
  public let span: Int

  /// Creates a column one grid column wide.
  public init(_ label: Label, key: String, kind: ValueKind = .count) {
    self.init(label: label, key: key, kind: kind, span: 1)
  }

  private init(label: Label, key: String, kind: ValueKind, span: Int) {
    precondition(span >= 1, "a column spans at least one grid column")
    self.label = label
    self.key = key
    self.kind = kind
    self.span = span
  }

  /// The same column spanning `span` grid columns.
  public func spanning(_ span: Int) -> BlockColumn {
    BlockColumn(label: label, key: key, kind: kind, span: span)
  }

  /// The same column (key and kind) under another header text.
  public func relabeled(_ label: Label) -> BlockColumn {
    BlockColumn(label: label, key: key, kind: kind, span: span)
  }
}

/// A value row of a block of table 二: its header and key.
public struct BlockRow: Sendable, Hashable {
  /// The row header's official text.
  public let label: Label
  /// The key of the row's object within the table.
  public let key: String

  /// Creates a row.
  public init(_ label: Label, key: String) {
    self.label = label
    self.key = key
  }

  /// The same row (key) under another header text.
  public func relabeled(_ label: Label) -> BlockRow {
    BlockRow(label, key: key)
  }
}

/// A block of table 二: a title row spanning the table, a header row (信息内容 and the value
/// columns), then one row per item.
public struct Block: Sendable, Hashable {
  /// The block's title, e.g. 第二十条第（一）项.
  public let title: Label
  /// The value columns, left to right.
  public let columns: [BlockColumn]
  /// The item rows, top to bottom.
  public let rows: [BlockRow]

  /// Creates a block.
  public init(title: Label, columns: [BlockColumn], rows: [BlockRow]) {
    precondition(!columns.isEmpty && !rows.isEmpty, "a block needs columns and rows")
    self.title = title
    self.columns = columns
    self.rows = rows
  }
}

/// A table made of stacked blocks on a fixed-width grid (table 二). The first grid column
/// holds the row headers; each block's value columns share the remaining width.
public struct BlockLayout: Sendable, Hashable {
  /// The width of the grid.
  public let columnCount: Int
  /// The header of the row-label column in every block's header row (信息内容).
  public let rowHeader: Label
  /// The blocks, top to bottom.
  public let blocks: [Block]

  /// Creates a block layout; each block's columns must fill the width after the label column.
  public init(columnCount: Int, rowHeader: Label, blocks: [Block]) {
    for block in blocks {
      precondition(
        block.columns.reduce(1) { $0 + $1.span } == columnCount, "block \(block.title) does not fill the width")
    }
    self.columnCount = columnCount
    self.rowHeader = rowHeader
    self.blocks = blocks
  }

  /// The table's grid and its value slots in row-major order.
  func build(table: TableID) -> (grid: TableGrid, slots: [ValueSlot]) {
    var cells: [GridCell] = []
    var slots: [ValueSlot] = []
    var row = 0
    for block in blocks {
      cells.append(GridCell(row: row, column: 0, columnSpan: columnCount, content: .label(block.title)))
      row += 1
      cells.append(GridCell(row: row, column: 0, content: .label(rowHeader)))
      var column = 1
      for blockColumn in block.columns {
        cells.append(
          GridCell(row: row, column: column, columnSpan: blockColumn.span, content: .label(blockColumn.label)))
        column += blockColumn.span
      }
      row += 1
      for blockRow in block.rows {
        cells.append(GridCell(row: row, column: 0, content: .label(blockRow.label)))
        column = 1
        for blockColumn in block.columns {
          let slot = ValueSlot(
            keyPath: ReportKeyPath([table.jsonKey, blockRow.key, blockColumn.key]), kind: blockColumn.kind,
            table: table, rowHeaders: [blockRow.label], columnHeaders: [blockColumn.label], row: row,
            column: column, columnSpan: blockColumn.span)
          slots.append(slot)
          cells.append(GridCell(row: row, column: column, columnSpan: blockColumn.span, content: .value(slot)))
          column += blockColumn.span
        }
        row += 1
      }
    }
    return (TableGrid(rowCount: row, columnCount: columnCount, placing: cells), slots)
  }
}
