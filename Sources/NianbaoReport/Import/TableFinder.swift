/// Finds one table of a layout in the first grid that holds it.
enum TableFinder {
  /// The table located in `grids`, or `nil` when no grid holds it.
  static func locate(_ table: TableLayout, in grids: [SourceGrid]) -> LocatedTable? {
    for grid in grids {
      switch table.structure {
      case .blocks(let blocks):
        if let found = BlockLocator(table: table.id, blocks: blocks, grid: grid).locate() { return found.table }
      case .matrix(let matrix):
        if let found = MatrixLocator(table: table.id, matrix: matrix, grid: grid).locate() { return found }
      }
    }
    return nil
  }
}
