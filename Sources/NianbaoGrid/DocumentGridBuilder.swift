/// Builds the grids of a document (a Word file, a web page, a page of text) as its reader walks it: the body
/// paragraphs in one grid, one paragraph per row in column 1, and every table in a grid of its own.
///
/// Tables may nest (a report table inside a layout table, a table inside a Word cell): a table begun inside a cell
/// becomes a grid of its own, and its text is not part of the outer cell. Cells are placed as HTML places them: each
/// at the first column of its row that no row span from above occupies; a Word cell that continues a vertical merge
/// (`w:vMerge` without `restart`) is added with ``cell(_:columnSpan:rowSpan:)`` and `continuesAbove: true` and
/// lengthens the cell above it instead.
///
/// Grids are named ``bodyName`` and `表格1`, `表格2`, … in the order the tables begin, so that a finding's location
/// reads `'表格3'!J12`: the document's third table, row 12, column J.
public struct DocumentGridBuilder: Sendable {
  /// The name of the grid of body paragraphs.
  public static let bodyName = "正文"

  /// The most cells all tables together may hold; past it ``cell(_:columnSpan:rowSpan:continuesAbove:)`` reports
  /// `false` and adds nothing.
  public let maxCells: Int

  private var paragraphs: [String] = []
  private var finished: [(number: Int, grid: SourceGrid)] = []
  private var open: [TableUnderway] = []
  private var tableCount = 0
  private var cellCount = 0

  /// A table being built.
  private struct TableUnderway: Sendable {
    var number: Int
    var cells: [SourceCell] = []
    /// The row being filled (1-based; 0 before the first row).
    var row = 0
    /// The next column to try in the current row.
    var column = 1
    /// Positions taken by row spans from rows above: (row, column).
    var taken: Set<SourceGrid.Position> = []
    /// The index in `cells` of the cell whose top-left is at each starting column, for the latest row reaching it.
    var lastStartingAt: [Int: Int] = [:]
  }

  /// Whether the tables' cells sit in their real columns (see ``SourceGrid/columnsAreExact``).
  public let columnsAreExact: Bool

  /// Creates an empty builder; `columnsAreExact: false` for tables whose spans the source lost (text).
  public init(maxCells: Int = 1_000_000, columnsAreExact: Bool = true) {
    self.maxCells = maxCells
    self.columnsAreExact = columnsAreExact
  }

  /// The depth of tables open right now (0 in the body).
  public var tableDepth: Int { open.count }

  /// Adds a body paragraph (ignored while a table is open: text in a cell is given with the cell). White space
  /// around the text is trimmed; an empty paragraph adds nothing.
  public mutating func paragraph(_ text: String) {
    let trimmed = Self.trimmed(text)
    guard open.isEmpty, !trimmed.isEmpty else { return }
    paragraphs.append(trimmed)
  }

  /// Begins a table (inside the current cell's table when one is open).
  public mutating func beginTable() {
    tableCount += 1
    open.append(TableUnderway(number: tableCount))
  }

  /// Begins a row of the innermost open table.
  public mutating func beginRow() {
    guard !open.isEmpty else { return }
    open[open.count - 1].row += 1
    open[open.count - 1].column = 1
  }

  /// Leaves `count` grid columns of the current row empty (Word's `w:gridBefore`, `w:gridAfter`).
  public mutating func skipColumns(_ count: Int) {
    guard !open.isEmpty, count > 0 else { return }
    var table = open.removeLast()
    table.column += min(count, 16_384)
    open.append(table)
  }

  /// Adds a cell to the current row of the innermost table; returns `false` when the cell limit is reached (the
  /// reader should then stop with an error). Text is trimmed; spans below 1 count as 1.
  @discardableResult
  public mutating func cell(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1, continuesAbove: Bool = false)
    -> Bool
  {
    guard !open.isEmpty else { return true }
    guard cellCount < maxCells else { return false }
    cellCount += 1
    var table = open.removeLast()
    defer { open.append(table) }
    if table.row == 0 { table.row = 1 }
    let columns = min(max(columnSpan, 1), 16_384)
    let rows = min(max(rowSpan, 1), 65_536)
    while table.taken.contains(SourceGrid.Position(row: table.row, column: table.column)) { table.column += 1 }
    let start = table.column
    table.column += columns
    if continuesAbove, let above = table.lastStartingAt[start] {
      let cell = table.cells[above]
      if cell.row + cell.rowSpan == table.row {
        table.cells[above] = SourceCell(
          row: cell.row, column: cell.column, rowSpan: cell.rowSpan + 1, columnSpan: cell.columnSpan,
          content: cell.content)
        return true
      }
    }
    let trimmed = Self.trimmed(text)
    table.cells.append(
      SourceCell(
        row: table.row, column: start, rowSpan: rows, columnSpan: columns,
        content: trimmed.isEmpty ? .empty : .text(trimmed)))
    table.lastStartingAt[start] = table.cells.count - 1
    if rows > 1 {
      for row in table.row + 1..<table.row + rows {
        for column in start..<start + columns { table.taken.insert(SourceGrid.Position(row: row, column: column)) }
      }
    }
    return true
  }

  /// Ends the innermost open table.
  public mutating func endTable() {
    guard let table = open.popLast() else { return }
    finished.append(
      (table.number, SourceGrid(name: "表格\(table.number)", cells: table.cells, columnsAreExact: columnsAreExact)))
  }

  /// The grids: the body first, then the tables in the order they began (tables still open are ended first).
  public mutating func grids() -> [SourceGrid] {
    while !open.isEmpty { endTable() }
    let body = SourceGrid(
      name: Self.bodyName,
      cells: paragraphs.enumerated().map { SourceCell(row: $0.offset + 1, column: 1, content: .text($0.element)) })
    return [body] + finished.sorted { $0.number < $1.number }.map(\.grid)
  }

  /// The text without white space (including U+3000 and no-break spaces) at either end, and with Windows line
  /// ends made plain.
  static func trimmed(_ text: String) -> String {
    var scalars = Substring(text.replacingLineEnds()).unicodeScalars[...]
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}

extension String {
  /// The string with `\r\n` and lone `\r` made `\n`.
  fileprivate func replacingLineEnds() -> String {
    guard contains("\r") else { return self }
    var result = ""
    var previousWasReturn = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        result.unicodeScalars.append("\n")
        previousWasReturn = true
        continue
      }
      if scalar == "\n", previousWasReturn {
        previousWasReturn = false
        continue
      }
      previousWasReturn = false
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
