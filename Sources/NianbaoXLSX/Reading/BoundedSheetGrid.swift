import NianbaoGrid

/// A sheet turned into a ``SourceGrid`` in memory that grows with its text, not with its numbers: what
/// ``WorkbookReader/readBoundedGrids(window:)`` gives for each sheet.
///
/// Every cell that is not a plain number (text, a formula, a boolean, an error) is kept, with every merge; a number is
/// kept only when its row lies within `window` rows of a row holding such a cell, before or after it. A register of
/// applications kept beside the report (hundreds of thousands of rows of numbers under one header row) so costs the
/// header and `window` rows, while every table, whose rows all carry labels, is kept whole. The rows that lost their
/// numbers are listed, so that a reader of the grid can tell whether what it found could depend on them.
public struct BoundedSheetGrid: Sendable {
  /// The sheet's grid, without the numbers far from any text.
  public let grid: SourceGrid
  /// The rows whose numbers were left out, as ranges in row order (a range may include rows that held nothing).
  public let omittedRows: [ClosedRange<Int>]
  /// Whether a merged range starts in a left-out row: its top-left value is then missing from the grid.
  public let omitsMergeCorner: Bool
  /// The merged ranges of the sheet that overlap each other.
  public let mergeOverlaps: [MergeOverlap]

  /// The rows within which a number stays when no row names it otherwise: enough for every table's body row, total
  /// row and the rows a locator looks at after the last label.
  public static let defaultWindow = 64

  /// Whether `row` is one of the rows whose numbers were left out.
  public func omits(row: Int) -> Bool { Self.omits(row: row, in: omittedRows) }

  /// Whether `row` lies in one of `omittedRows` (sorted, disjoint).
  static func omits(row: Int, in omittedRows: [ClosedRange<Int>]) -> Bool {
    var low = 0
    var high = omittedRows.count
    while low < high {
      let middle = (low + high) / 2
      if omittedRows[middle].upperBound < row { low = middle + 1 } else { high = middle }
    }
    return low < omittedRows.count && omittedRows[low].contains(row)
  }
}

extension WorkbookReader {
  /// Streams every sheet into a ``BoundedSheetGrid``, keeping numbers only within `window` rows of a row that holds
  /// something else; memory grows with the text of the workbook, its merges and `window` rows, not with its numbers.
  public func readBoundedGrids(window: Int = BoundedSheetGrid.defaultWindow) throws -> [BoundedSheetGrid] {
    try sheets.indices.map { try readBoundedGrid(at: $0, window: window) }
  }

  /// ``readBoundedGrids(window:)`` for the sheet at `index`.
  public func readBoundedGrid(at index: Int, window: Int = BoundedSheetGrid.defaultWindow) throws
    -> BoundedSheetGrid
  {
    var builder = BoundedGridBuilder(window: max(window, 0))
    let layout = try readSheet(at: index) { builder.add($0) }
    return builder.finish(name: sheets[index].name, layout: layout)
  }
}

/// Collects the cells of one sheet as ``BoundedSheetGrid`` describes: rows of numbers far from text wait in a queue
/// of at most `window` rows and are dropped when they fall out of it.
struct BoundedGridBuilder {
  let window: Int
  private var kept: [Cell] = []
  /// Rows of numbers only, not yet within `window` rows of a text row, oldest first from `pendingStart`.
  private var pending: [(row: Int, cells: [Cell])] = []
  private var pendingStart = 0
  private var lastAnchor: Int?
  private var lastKeptRow = 0
  private(set) var omitted: [ClosedRange<Int>] = []

  init(window: Int) { self.window = window }

  /// Takes the next row of the sheet.
  mutating func add(_ row: Row) {
    guard !row.cells.isEmpty else { return }
    let anchors = row.cells.contains { cell in
      if cell.formula != nil { return true }
      switch cell.value {
      case .number, .empty: return false
      case .string, .boolean, .error: return true
      }
    }
    if anchors {
      while pendingStart < pending.count {
        let waiting = pending[pendingStart]
        pendingStart += 1
        if waiting.row >= row.index - window { keep(waiting.row, waiting.cells) } else { omit(waiting.row) }
      }
      pending.removeAll(keepingCapacity: true)
      pendingStart = 0
      keep(row.index, row.cells)
      lastAnchor = row.index
    } else if let lastAnchor, row.index - lastAnchor <= window {
      keep(row.index, row.cells)
    } else {
      pending.append((row.index, row.cells))
      while pendingStart < pending.count, pending[pendingStart].row < row.index - window {
        omit(pending[pendingStart].row)
        pendingStart += 1
      }
      if pendingStart > 1_024, pendingStart * 2 > pending.count {
        pending.removeFirst(pendingStart)
        pendingStart = 0
      }
    }
  }

  private mutating func keep(_ row: Int, _ cells: [Cell]) {
    kept.append(contentsOf: cells)
    lastKeptRow = row
  }

  private mutating func omit(_ row: Int) {
    if let last = omitted.last, last.upperBound > lastKeptRow {
      omitted[omitted.count - 1] = last.lowerBound...row
    } else {
      omitted.append(row...row)
    }
  }

  /// The grid of the rows taken, once the sheet's merges are known.
  mutating func finish(name: String, layout: SheetLayout) -> BoundedSheetGrid {
    for index in pendingStart..<pending.count { omit(pending[index].row) }
    pending.removeAll()
    let omitted = self.omitted
    return BoundedSheetGrid(
      grid: SourceGrid(name: name, cells: kept, merges: layout.merges), omittedRows: omitted,
      omitsMergeCorner: layout.merges.contains { BoundedSheetGrid.omits(row: $0.start.row, in: omitted) },
      mergeOverlaps: layout.mergeOverlaps())
  }
}
