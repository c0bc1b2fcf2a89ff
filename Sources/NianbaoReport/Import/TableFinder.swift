import NianbaoGrid

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

  /// The tables located during one import, so that version detection and reading locate each table once.
  /// Not shared between threads: one memo per import.
  final class Memo {
    private var entries: [(table: TableLayout, located: LocatedTable?)] = []

    /// ``TableFinder/locate(_:in:)`` of `table`, computed once per layout table; the grids must stay the same.
    func locate(_ table: TableLayout, in grids: [SourceGrid]) -> LocatedTable? {
      // Layouts are shared constants, so comparing equal copies is quick (same storage).
      if let entry = entries.first(where: { $0.table.id == table.id && $0.table == table }) { return entry.located }
      let located = TableFinder.locate(table, in: grids)
      entries.append((table, located))
      return located
    }

    /// Keeps `located` as what ``locate(_:in:)`` answers for `table`, when it was located on the way in the same
    /// grids and in the same way (the first grid that holds it); a table already kept stays as it is.
    func record(_ table: TableLayout, located: LocatedTable?) {
      guard !entries.contains(where: { $0.table.id == table.id && $0.table == table }) else { return }
      entries.append((table, located))
    }
  }
}
