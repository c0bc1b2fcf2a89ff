import NianbaoGrid

/// Finds table 二 (stacked blocks) in a grid: each item row by its label, each value column by the header of the
/// nearest block header row above it. Works with and without merges and at any offset.
struct BlockLocator {
  let table: TableID
  let blocks: BlockLayout
  let grid: SourceGrid

  /// Locates the table below `startRow`; `nil` when none of its item rows is in the grid.
  /// `matchedHeaders` counts the value columns found by their own header (the version detector's score).
  func locate(below startRow: Int = 1) -> (table: LocatedTable, matchedHeaders: Int)? {
    var located: LocatedTable?
    var matchedHeaders = 0
    // Each cell's normal form is looked up once, not once per item row tried.
    var forms = [LabelLookup.Form?](repeating: nil, count: grid.cells.count)
    for block in blocks.blocks {
      for item in block.rows {
        var found: SourceCell?
        for (index, cell) in grid.cells.enumerated() where cell.row >= startRow {
          let form = forms[index] ?? LabelLookup.form(cell.text)
          forms[index] = form
          if form.matches(item.label) {
            found = cell
            break
          }
        }
        guard let label = found else { continue }
        let header = headerRow(above: label.row, block: block, from: startRow)
        let top = header?.first?.row ?? label.row
        if located == nil {
          located = LocatedTable(
            table: table, grid: grid.name, rows: top...label.row, columns: label.column...label.column)
        }
        located!.rows = min(located!.rows.lowerBound, top)...max(located!.rows.upperBound, label.row)
        var column = label.column + label.columnSpan
        for blockColumn in block.columns {
          let keyPath = ReportKeyPath([table.jsonKey, item.key, blockColumn.key])
          var valueColumn = column
          if let header {
            // A header row that does not name this column (another template version's block): not placed.
            guard let cell = header.first(where: { blockColumn.label.matchesCached($0.text) }) else { continue }
            valueColumn = cell.column
            matchedHeaders += 1
          }
          let cells = grid.cell(row: label.row, column: valueColumn).map { [$0] } ?? []
          located!.placements[keyPath] = LocatedTable.Placement(
            keyPath: keyPath, cells: cells, row: label.row, column: valueColumn)
          located!.columns =
            min(located!.columns.lowerBound, label.column)...max(located!.columns.upperBound, valueColumn)
          column = valueColumn + blockColumn.span
        }
      }
    }
    guard var found = located else { return nil }
    found.rows = found.rows.lowerBound...extent(below: found.rows.upperBound)
    found.columns =
      found.columns.lowerBound...max(found.columns.upperBound, widest(in: found.rows, from: found.columns))
    return (found, matchedHeaders)
  }

  /// The last row of the table's contiguous block: rows that follow the last item row without a gap, up to another
  /// section's title. Blocks the layout does not know (another version's) are inside, so their numbers are reported.
  private func extent(below row: Int) -> Int {
    var last = row
    while last + 1 <= grid.lastRow {
      let next = grid.row(last + 1)
      guard !next.isEmpty, !next.contains(where: { MatrixLocator.looksLikeAnotherSection($0.text) }) else { break }
      last += 1
    }
    return last
  }

  /// The rightmost column used by the table's rows, starting from its columns.
  private func widest(in rows: ClosedRange<Int>, from columns: ClosedRange<Int>) -> Int {
    var right = columns.upperBound
    let lastColumn = grid.lastColumn
    while right + 1 <= lastColumn,
      rows.contains(where: { grid.covering(row: $0, column: right + 1).map { !$0.text.isEmpty } ?? false })
    {
      right += 1
    }
    return right
  }

  /// The cells of the nearest row above `row` that is a block header row: it holds 信息内容 or one of the block's
  /// column headers. `nil` when the table prints no header rows (values are then taken in the official order).
  private func headerRow(above row: Int, block: Block, from startRow: Int) -> [SourceCell]? {
    var current = row - 1
    while current >= startRow, row - current <= 4 {
      let cells = grid.row(current)
      let isHeader = cells.contains { cell in
        let form = LabelLookup.form(cell.text)
        return form.matches(blocks.rowHeader) || block.columns.contains { form.matches($0.label) }
      }
      if isHeader { return cells }
      current -= 1
    }
    return nil
  }
}
