/// A carrier-neutral grid of cells: what the table locator reads.
///
/// The XLSX reader produces one per worksheet (``SourceGrid/init(worksheet:)``); a Word or web-page reader can
/// produce the same from its tables, so that one locator serves every carrier.
public struct SourceGrid: Sendable, Hashable {
  /// The grid's name, used in cell references (a sheet name, or a table's name in a document).
  public let name: String
  /// The cells that hold something, each placed at its top-left position with its spans.
  public let cells: [SourceCell]
  /// Whether each cell sits in its real column. `false` for a table that reached the reader as text (a web page
  /// saved as text: one line per cell, spans lost), where a row's cells are only in reading order; the locator
  /// then matches a row's values to the layout's columns by their order.
  public let columnsAreExact: Bool
  private let positions: PositionTable

  /// A 1-based (row, column) position.
  package struct Position: Hashable {
    package var row: Int
    package var column: Int

    /// Creates a position.
    package init(row: Int, column: Int) {
      self.row = row
      self.column = column
    }

    /// Hashes one integer rather than two: grids are looked up by position for every cell of every report.
    package func hash(into hasher: inout Hasher) {
      hasher.combine(row &* 16_384 &+ column)
    }
  }

  /// The most positions the merged cells of one grid may cover together. Report tables cover a few thousand; a
  /// hostile merge such as `A1:XFD1048576` would cover 17 billion.
  public static let maxMergedPositions = 200_000

  /// Creates a grid. Merged cells are placed first; a cell that would overlap a cell already placed (a value
  /// inside a merge, a second cell at one position, an overlapping merge) is dropped. Merges past
  /// ``maxMergedPositions`` are kept as their top-left cell alone, as if unmerged.
  public init(name: String, cells: [SourceCell], columnsAreExact: Bool = true) {
    self.name = name
    self.columnsAreExact = columnsAreExact
    var kept = [SourceCell?](repeating: nil, count: cells.count)
    var budget = Self.maxMergedPositions
    var candidates = cells
    for (number, cell) in cells.enumerated() where cell.isMerged {
      let (area, overflow) = cell.rowSpan.multipliedReportingOverflow(by: cell.columnSpan)
      if overflow || area > budget {
        candidates[number] = SourceCell(row: cell.row, column: cell.column, content: cell.content)
      } else {
        budget -= area
      }
    }
    // Merged cells are placed first, then the others; what a cell placed before covers is taken.
    var taken = PositionMarks(candidates)
    for (number, cell) in cells.enumerated() where cell.isMerged {
      guard taken.takeAll(of: candidates[number]) else { continue }
      kept[number] = candidates[number]
    }
    for (number, cell) in cells.enumerated() where !cell.isMerged {
      guard taken.takeAll(of: cell) else { continue }
      kept[number] = cell
    }
    // A worksheet's cells come in reading order already; only other carriers may need sorting.
    let inOrder = kept.compactMap { $0 }
    let isSorted = zip(inOrder, inOrder.dropFirst()).allSatisfy { ($0.row, $0.column) < ($1.row, $1.column) }
    self.cells = isSorted ? inOrder : inOrder.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    positions = PositionTable(self.cells)
  }

  /// Whether two grids have the same name, cells and column exactness (what they are built from).
  public static func == (lhs: SourceGrid, rhs: SourceGrid) -> Bool {
    lhs.name == rhs.name && lhs.columnsAreExact == rhs.columnsAreExact && lhs.cells == rhs.cells
  }

  /// Hashes what ``==`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(columnsAreExact)
    hasher.combine(cells)
  }

  /// The cell whose top-left corner is at (`row`, `column`).
  public func cell(row: Int, column: Int) -> SourceCell? {
    positions.corner(row: row, column: column).map { cells[$0] }
  }

  /// The cell at (`row`, `column`) or the merged cell that covers that position.
  public func covering(row: Int, column: Int) -> SourceCell? {
    positions.covering(row: row, column: column).map { cells[$0] }
  }

  /// The last row that holds a cell (0 for an empty grid).
  public var lastRow: Int { cells.last.map { $0.row + $0.rowSpan - 1 } ?? 0 }

  /// The last column that holds a cell (0 for an empty grid).
  public var lastColumn: Int { cells.map { $0.column + $0.columnSpan - 1 }.max() ?? 0 }

  /// The cells of one row, in column order.
  public func row(_ row: Int) -> [SourceCell] {
    // The cells are sorted by row: find the first of the row by bisection rather than scanning the grid.
    var low = 0
    var high = cells.count
    while low < high {
      let middle = (low + high) / 2
      if cells[middle].row < row { low = middle + 1 } else { high = middle }
    }
    var end = low
    while end < cells.count, cells[end].row == row { end += 1 }
    return Array(cells[low..<end])
  }
}

/// One cell of a ``SourceGrid``: its position, spans and content.
public struct SourceCell: Sendable, Hashable {
  /// The 1-based row of the top-left corner.
  public let row: Int
  /// The 1-based column of the top-left corner.
  public let column: Int
  /// The number of rows the cell spans.
  public let rowSpan: Int
  /// The number of columns the cell spans.
  public let columnSpan: Int
  /// What the cell holds.
  public let content: SourceContent

  /// Creates a cell.
  public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, content: SourceContent) {
    self.row = row
    self.column = column
    self.rowSpan = max(rowSpan, 1)
    self.columnSpan = max(columnSpan, 1)
    self.content = content
  }

  /// The cell's text as a person reads it (a formula shows its cached value).
  public var text: String { content.text }

  /// Whether the cell spans more than one position.
  public var isMerged: Bool { rowSpan > 1 || columnSpan > 1 }

  /// Every position the cell covers.
  package var positions: [SourceGrid.Position] {
    (row..<row + rowSpan).flatMap { row in
      (column..<column + columnSpan).map { SourceGrid.Position(row: row, column: $0) }
    }
  }

  /// The reference of the top-left corner in A1 notation, e.g. `J12`.
  public var reference: String { CellAddress(row: row, column: column).description }
}

/// What a source cell holds.
public indirect enum SourceContent: Sendable, Hashable {
  /// Nothing (a cell that only carries a merge).
  case empty
  /// Text.
  case text(String)
  /// A number with its exact source digits.
  case number(String)
  /// A boolean.
  case boolean(Bool)
  /// An error value such as `#REF!`.
  case error(String)
  /// A formula, with its cached value when the file carries one.
  case formula(String, cached: SourceContent?)

  /// The content as a person reads it.
  public var text: String {
    switch self {
    case .empty: ""
    case .text(let text), .number(let text), .error(let text): text
    case .boolean(let flag): flag ? "TRUE" : "FALSE"
    case .formula(_, let cached): cached?.text ?? ""
    }
  }
}
