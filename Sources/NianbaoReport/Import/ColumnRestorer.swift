import NianbaoGrid

/// Puts the cells of a table that reached the reader as text back into the official table's columns.
///
/// A page saved as text keeps each row's cells in reading order but loses the spans of merged cells, so a header
/// such as 自然人 (one column) beside 法人或其他组织 (five) lands in the wrong column (see
/// ``SourceGrid/columnsAreExact``). Where such a grid holds the column headers of table 三 or 四 (at least half of
/// their leaf labels), the header rows are replaced by the official header rows of the layout, a body row's last
/// cells become its values in the layout's column order, and the row's labels go to the label columns. The values are
/// matched to cells through the layout's column order alone; no balance rule is used to place anything. A grid
/// that holds neither table's headers, or whose columns are exact, is returned as it is (table 二's blocks are read
/// by their own header rows, which keep their order in text).
enum ColumnRestorer {
  /// The matrix tables whose columns can be restored, with their official header cells.
  private static let matrices: [(table: TableLayout, matrix: MatrixLayout)] = FormatVersion.v2021.layout.tables
    .compactMap { table in
      guard case .matrix(let matrix) = table.structure else { return nil }
      return (table, matrix)
    }

  /// The grid with its columns restored where it holds a matrix table's headers.
  static func restore(_ grid: SourceGrid) -> SourceGrid {
    guard !grid.columnsAreExact else { return grid }
    for (table, matrix) in matrices {
      if let restored = restore(grid, table: table, matrix: matrix) { return restored }
    }
    return grid
  }

  private static func restore(_ grid: SourceGrid, table: TableLayout, matrix: MatrixLayout) -> SourceGrid? {
    let columnLabels = LabelSet(MatrixLocator.labels(of: matrix.columns))
    let anchors = LabelSet(matrix.columns.map(\.label))
    guard let top = grid.cells.first(where: { anchors.contains(LabelLookup.form($0.text)) })?.row else { return nil }
    var bottom = top
    while bottom < grid.lastRow,
      grid.row(bottom + 1).contains(where: { columnLabels.contains(LabelLookup.form($0.text)) })
    {
      bottom += 1
    }
    let band = (top...bottom).flatMap { grid.row($0) }
    let leaves = matrix.columnPaths.compactMap(\.last)
    let found = leaves.filter { leaf in band.contains { LabelLookup.form($0.text).matches(leaf.label) } }.count
    guard found * 2 >= leaves.count else { return nil }
    var cells = grid.cells.filter { $0.row < top }
    // The official header rows, at the band's first row.
    for cell in table.grid.cells where cell.row < matrix.headerRowCount {
      guard case .label(let label) = cell.content else { continue }
      cells.append(
        SourceCell(
          row: top + cell.row, column: cell.column + 1, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan,
          content: .text(label.text)))
    }
    let shift = matrix.headerRowCount - (bottom - top + 1)
    let valueCount = leaves.count
    let labelColumns = matrix.labelColumnCount
    for row in (bottom + 1)...max(bottom + 1, grid.lastRow) {
      let rowCells = grid.row(row)
      guard !rowCells.isEmpty else { continue }
      let target = row + shift
      let splitAt = labelColumns == 0 ? max(0, rowCells.count - valueCount) : rowCells.count - valueCount
      guard splitAt >= 0 else {
        // A row too short to hold the values: its texts stay as labels.
        for (offset, cell) in rowCells.filter({ !$0.text.isEmpty }).prefix(max(labelColumns, 1)).enumerated() {
          cells.append(SourceCell(row: target, column: offset + 1, content: cell.content))
        }
        continue
      }
      let labels = rowCells[..<splitAt].filter { !$0.text.isEmpty }
      for (offset, cell) in labels.prefix(labelColumns).enumerated() {
        cells.append(SourceCell(row: target, column: offset + 1, content: cell.content))
      }
      for (offset, cell) in rowCells[splitAt...].enumerated() where cell.content != .empty {
        cells.append(SourceCell(row: target, column: labelColumns + offset + 1, content: cell.content))
      }
    }
    return SourceGrid(name: grid.name, cells: cells, columnsAreExact: true)
  }
}
