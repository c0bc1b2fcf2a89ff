import NianbaoGrid

/// Joins a document's table that continues in the next table with its header rows repeated — a table split by hand
/// at a page break, as Word documents often are — back into one grid, so that the locator reads it whole.
///
/// Two consecutive table grids of a document are one table when the second begins with the first's first rows,
/// cell for cell (same columns, spans and texts): those repeated header rows are dropped and the second's other rows
/// follow the first's last. The joined grid keeps the first grid's name; rows of the second part are numbered on
/// from the first's. Workbook sheets and a document's body are never joined.
enum TableJoiner {
  /// The grids with every continued table joined to the table it continues.
  static func join(_ grids: [SourceGrid]) -> [SourceGrid] {
    var result: [SourceGrid] = []
    for grid in grids {
      if let last = result.last, isDocumentTable(last), isDocumentTable(grid),
        last.columnsAreExact == grid.columnsAreExact, let repeated = repeatedHeaderRows(of: last, in: grid)
      {
        result[result.count - 1] = appending(grid, after: last, skipping: repeated)
      } else {
        result.append(grid)
      }
    }
    return result
  }

  /// Whether a grid is a table a document reader yielded (`表格1`, `表格2`, …).
  private static func isDocumentTable(_ grid: SourceGrid) -> Bool {
    grid.name.hasPrefix("表格") && grid.name.dropFirst(2).allSatisfy(\.isNumber) && grid.name.count > 2
  }

  /// The number of first rows of `next` that repeat the first rows of `table` exactly, or `nil` when none does or
  /// the repeated rows hold no label (a row of numbers alone repeats by chance).
  private static func repeatedHeaderRows(of table: SourceGrid, in next: SourceGrid) -> Int? {
    var count = 0
    while count < min(table.lastRow, next.lastRow) - 1 {
      let row = count + 1
      let first = table.row(row).map(signature)
      guard !first.isEmpty, first == next.row(row).map(signature) else { break }
      count = row
    }
    guard count > 0 else { return nil }
    let labelled = (1...count).contains { row in
      table.row(row).contains { cell in
        cell.text.contains { !$0.isNumber && !$0.isWhitespace && !$0.isPunctuation }
      }
    }
    return labelled ? count : nil
  }

  private static func signature(_ cell: SourceCell) -> String {
    "\(cell.column)|\(cell.rowSpan)|\(cell.columnSpan)|\(cell.text)"
  }

  /// `table` followed by the rows of `next` below its `skipping` repeated rows.
  private static func appending(_ next: SourceGrid, after table: SourceGrid, skipping: Int) -> SourceGrid {
    let shift = table.lastRow - skipping
    let moved = next.cells.filter { $0.row > skipping }.map { cell in
      SourceCell(
        row: cell.row + shift, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan,
        content: cell.content)
    }
    return SourceGrid(name: table.name, cells: table.cells + moved, columnsAreExact: table.columnsAreExact)
  }
}
