/// Where each position of a ``SourceGrid`` finds its cell: a dense table over the grid's bounding box when the grid
/// is compact (a report sheet: a few hundred cells in a few dozen rows), a hashed one when it is sparse (a cell in A1
/// and another a million rows down). Looking a position up is what the locators do for every cell of every report,
/// and building the table is part of reading every sheet; the dense form does both without hashing.
struct PositionTable: Sendable {
  private enum Storage: Sendable {
    /// Slot per position of the box, row by row: 0 nothing, `n + 1` the corner of cell `n`, `-(n + 1)` a position
    /// merged cell `n` covers.
    case dense(firstRow: Int, firstColumn: Int, width: Int, height: Int, slots: [Int32])
    /// The corner positions and the positions merged cells cover.
    case hashed(corners: [SourceGrid.Position: Int], covered: [SourceGrid.Position: Int])
  }

  private let storage: Storage

  /// The most positions a dense table holds, and how many positions it may hold per position the cells cover.
  static let maxDenseArea = 1 << 22
  static let densityFactor = 8

  /// A table for `cells`, which overlap nowhere (``SourceGrid`` drops overlapping cells first).
  init(_ cells: [SourceCell]) {
    guard let box = PositionTable.box(of: cells), box.area <= PositionTable.maxDenseArea,
      box.area <= max(4096, PositionTable.densityFactor * box.covered)
    else {
      var corners: [SourceGrid.Position: Int] = [:]
      corners.reserveCapacity(cells.count)
      var covered: [SourceGrid.Position: Int] = [:]
      for (number, cell) in cells.enumerated() {
        corners[SourceGrid.Position(row: cell.row, column: cell.column)] = number
        if cell.isMerged {
          for position in cell.positions { covered[position] = number }
        }
      }
      storage = .hashed(corners: corners, covered: covered)
      return
    }
    var slots = [Int32](repeating: 0, count: box.area)
    for (number, cell) in cells.enumerated() {
      let mark = Int32(number + 1)
      for row in cell.row..<(cell.row + cell.rowSpan) {
        let start = (row - box.firstRow) * box.width + (cell.column - box.firstColumn)
        for offset in 0..<cell.columnSpan { slots[start + offset] = -mark }
      }
      slots[(cell.row - box.firstRow) * box.width + (cell.column - box.firstColumn)] = mark
    }
    storage = .dense(
      firstRow: box.firstRow, firstColumn: box.firstColumn, width: box.width, height: box.height, slots: slots)
  }

  /// The index of the cell whose corner is at (`row`, `column`).
  func corner(row: Int, column: Int) -> Int? {
    switch storage {
    case .dense:
      guard let slot = denseSlot(row: row, column: column), slot > 0 else { return nil }
      return Int(slot) - 1
    case .hashed(let corners, _):
      return corners[SourceGrid.Position(row: row, column: column)]
    }
  }

  /// The index of the cell at (`row`, `column`) or of the merged cell covering it.
  func covering(row: Int, column: Int) -> Int? {
    switch storage {
    case .dense:
      guard let slot = denseSlot(row: row, column: column), slot != 0 else { return nil }
      return Int(slot.magnitude) - 1
    case .hashed(let corners, let covered):
      let position = SourceGrid.Position(row: row, column: column)
      return corners[position] ?? covered[position]
    }
  }

  /// The dense table's slot at (`row`, `column`); `nil` outside the box (or for a hashed table).
  private func denseSlot(row: Int, column: Int) -> Int32? {
    guard case .dense(let firstRow, let firstColumn, let width, let height, let slots) = storage else { return nil }
    let (r, c) = (row - firstRow, column - firstColumn)
    guard r >= 0, r < height, c >= 0, c < width else { return nil }
    return slots[r * width + c]
  }

  /// The bounding box of the cells and the number of positions they cover; `nil` for no cells or a box whose size
  /// overflows.
  static func box(of cells: [SourceCell]) -> (
    firstRow: Int, firstColumn: Int, width: Int, height: Int, area: Int, covered: Int
  )? {
    guard let first = cells.first else { return nil }
    var (top, left, bottom, right) = (first.row, first.column, first.row, first.column)
    var covered = 0
    for cell in cells {
      top = min(top, cell.row)
      left = min(left, cell.column)
      bottom = max(bottom, cell.row + cell.rowSpan - 1)
      right = max(right, cell.column + cell.columnSpan - 1)
      covered += cell.rowSpan * cell.columnSpan
    }
    let (width, height) = (right - left + 1, bottom - top + 1)
    let (area, overflow) = width.multipliedReportingOverflow(by: height)
    guard !overflow else { return nil }
    return (top, left, width, height, area, covered)
  }
}

/// The positions taken while a ``SourceGrid`` places its cells: a bitmap over the cells' bounding box when that is
/// compact, a set otherwise.
struct PositionMarks {
  private var bits: [UInt64] = []
  private var set: Set<SourceGrid.Position> = []
  private let dense: Bool
  private let firstRow: Int
  private let firstColumn: Int
  private let width: Int

  /// Marks for placing `cells` (their spans as given).
  init(_ cells: [SourceCell]) {
    guard let box = PositionTable.box(of: cells), box.area <= PositionTable.maxDenseArea,
      box.area <= max(4096, PositionTable.densityFactor * box.covered)
    else {
      (dense, firstRow, firstColumn, width) = (false, 0, 0, 0)
      return
    }
    (dense, firstRow, firstColumn, width) = (true, box.firstRow, box.firstColumn, box.width)
    bits = [UInt64](repeating: 0, count: (box.area + 63) / 64)
  }

  /// Takes every position `cell` covers, when none is taken yet; `false` (and nothing taken) otherwise.
  mutating func takeAll(of cell: SourceCell) -> Bool {
    guard dense else {
      let positions = cell.positions
      guard !positions.contains(where: set.contains) else { return false }
      set.formUnion(positions)
      return true
    }
    for row in cell.row..<(cell.row + cell.rowSpan) {
      for column in cell.column..<(cell.column + cell.columnSpan) where isTaken(row: row, column: column) {
        return false
      }
    }
    for row in cell.row..<(cell.row + cell.rowSpan) {
      for column in cell.column..<(cell.column + cell.columnSpan) {
        let bit = (row - firstRow) * width + (column - firstColumn)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    return true
  }

  private func isTaken(row: Int, column: Int) -> Bool {
    let bit = (row - firstRow) * width + (column - firstColumn)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
