/// What a cell of an official table's grid shows.
public enum GridContent: Sendable, Hashable {
  /// A fixed text: a title, header or note, with its exact official wording.
  case label(Label)
  /// A cell to be filled with a value.
  case value(ValueSlot)
  /// A cell with neither label nor value.
  case empty
}

/// One (possibly merged) cell of a table's grid.
public struct GridCell: Sendable, Hashable {
  /// The 0-based row offset of the cell's top-left corner within the table.
  public let row: Int
  /// The 0-based column offset of the cell's top-left corner within the table.
  public let column: Int
  /// The number of rows the cell spans (1 when not merged vertically).
  public let rowSpan: Int
  /// The number of columns the cell spans (1 when not merged horizontally).
  public let columnSpan: Int
  /// What the cell shows.
  public let content: GridContent

  /// Creates a cell.
  public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, content: GridContent) {
    precondition(row >= 0 && column >= 0 && rowSpan >= 1 && columnSpan >= 1, "invalid grid cell geometry")
    self.row = row
    self.column = column
    self.rowSpan = rowSpan
    self.columnSpan = columnSpan
    self.content = content
  }

  /// Whether the cell is a merge of more than one grid position.
  public var isMerged: Bool { rowSpan > 1 || columnSpan > 1 }

  /// Whether the grid position (`row`, `column`) lies inside this cell.
  public func covers(row: Int, column: Int) -> Bool {
    (self.row..<self.row + rowSpan).contains(row) && (self.column..<self.column + columnSpan).contains(column)
  }

  /// The label, when the cell shows one.
  public var label: Label? {
    if case .label(let label) = content { return label }
    return nil
  }

  /// The value slot, when the cell is one.
  public var slot: ValueSlot? {
    if case .value(let slot) = content { return slot }
    return nil
  }
}

/// The official grid of a table: every cell with its position and merge, tiling a
/// `rowCount` × `columnCount` rectangle exactly once.
public struct TableGrid: Sendable, Hashable {
  /// The number of rows of the table.
  public let rowCount: Int
  /// The number of columns of the table.
  public let columnCount: Int
  /// The cells, ordered by the row, then the column of their top-left corner.
  public let cells: [GridCell]

  /// Builds a grid from placed cells, filling every position no cell covers with an
  /// ``GridContent/empty`` cell. Overlapping or out-of-bounds cells are a programming error.
  public init(rowCount: Int, columnCount: Int, placing placed: [GridCell]) {
    var owner = [[Bool]](repeating: [Bool](repeating: false, count: columnCount), count: rowCount)
    for cell in placed {
      for row in cell.row..<cell.row + cell.rowSpan {
        for column in cell.column..<cell.column + cell.columnSpan {
          precondition(row < rowCount && column < columnCount, "grid cell outside the table")
          precondition(!owner[row][column], "grid cells overlap at row \(row), column \(column)")
          owner[row][column] = true
        }
      }
    }
    var all = placed
    for row in 0..<rowCount {
      for column in 0..<columnCount where !owner[row][column] {
        all.append(GridCell(row: row, column: column, content: .empty))
      }
    }
    self.rowCount = rowCount
    self.columnCount = columnCount
    cells = all.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
  }

  /// The cell covering grid position (`row`, `column`), or `nil` outside the table.
  public func cell(row: Int, column: Int) -> GridCell? {
    cells.first { $0.covers(row: row, column: column) }
  }

  /// The merged cells only (those spanning more than one position).
  public var merges: [GridCell] { cells.filter(\.isMerged) }
}
