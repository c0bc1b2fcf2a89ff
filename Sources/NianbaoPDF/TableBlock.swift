import NianbaoGrid

/// A table as boxes of text: every cell with its outline in document coordinates (a page's y offset by its number
/// times ``pageStride``), so that a table continued on the next page can be joined to its first part.
struct TableBlock: Sendable, Equatable {
  /// A cell: its outline and text.
  struct Cell: Sendable, Equatable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    var text: String
  }

  /// How far apart pages are placed in document coordinates.
  static let pageStride = 100_000.0

  /// The cells, top to bottom.
  var cells: [Cell]
  /// The 0-based page the table begins on.
  var firstPage: Int
  /// The 0-based page the table ends on.
  var lastPage: Int

  /// The outline's left, right, top and bottom.
  var left: Double { cells.map(\.x0).min() ?? 0 }
  var right: Double { cells.map(\.x1).max() ?? 0 }
  var top: Double { cells.map(\.y0).min() ?? 0 }
  var bottom: Double { cells.map(\.y1).max() ?? 0 }

  /// A table of the given cells.
  init(cells: [Cell], firstPage: Int, lastPage: Int) {
    self.cells = cells
    self.firstPage = firstPage
    self.lastPage = lastPage
  }

  /// The table a page's rules and glyphs form: each cell's text is the lines of the glyphs whose centres lie inside
  /// it, joined (a label broken over lines inside a cell reads as one; see ``Paragraphs/cellText(_:)``).
  init(ruled table: RuledTable, glyphs: [Glyph], page: Int) {
    var inside = [[Glyph]](repeating: [], count: table.cells.count)
    var lookup: [Int: Int] = [:]
    for (number, cell) in table.cells.enumerated() {
      for row in cell.row { for column in cell.column { lookup[row * table.xs.count + column] = number } }
    }
    for glyph in glyphs {
      guard let row = Self.slot(glyph.midY, in: table.ys), let column = Self.slot(glyph.midX, in: table.xs),
        let number = lookup[row * table.xs.count + column]
      else { continue }
      inside[number].append(glyph)
    }
    let offset = Double(page) * Self.pageStride
    cells = table.cells.enumerated().map { number, cell in
      Cell(
        x0: table.xs[cell.column.lowerBound], y0: table.ys[cell.row.lowerBound] + offset,
        x1: table.xs[cell.column.upperBound], y1: table.ys[cell.row.upperBound] + offset,
        text: Paragraphs.cellText(TextLine.lines(of: inside[number])))
    }
    firstPage = page
    lastPage = page
  }

  /// The index of the interval of `cuts` holding `value`, or `nil` outside them.
  static func slot(_ value: Double, in cuts: [Double]) -> Int? {
    guard let first = cuts.first, let last = cuts.last, value >= first, value < last else { return nil }
    var low = 0
    var high = cuts.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if cuts[middle] <= value { low = middle } else { high = middle }
    }
    return low
  }

  /// Whether `next` continues this table on the next page: it begins on the following page with the same left and
  /// right edges.
  func continues(into next: TableBlock) -> Bool {
    next.firstPage == lastPage + 1 && abs(next.left - left) <= 3 && abs(next.right - right) <= 3
  }

  /// This table with `next` appended below it; rows at the top of `next` that repeat this table's first rows (a
  /// header repeated on every page) are left out.
  func joined(with next: TableBlock) -> TableBlock {
    var rest = next.cells
    let nextRows = RuledTable.clustered(next.cells.map(\.y0))
    let ownRows = RuledTable.clustered(cells.map(\.y0))
    for count in stride(from: min(nextRows.count - 1, ownRows.count - 1, 6), through: 1, by: -1) {
      let nextCut = nextRows[count]
      let ownCut = ownRows[count]
      let nextHead = next.cells.filter { $0.y0 < nextCut - 1 }
      let ownHead = cells.filter { $0.y0 < ownCut - 1 }
      guard nextHead.allSatisfy({ $0.y1 <= nextCut + 1 }), ownHead.allSatisfy({ $0.y1 <= ownCut + 1 }),
        Self.signature(nextHead) == Self.signature(ownHead), nextHead.contains(where: { !$0.text.isEmpty })
      else { continue }
      rest = next.cells.filter { $0.y0 >= nextCut - 1 }
      break
    }
    let restTop = rest.map(\.y0).min() ?? bottom
    let restRows = RuledTable.clustered(rest.map(\.y0))
    let shift = bottom - restTop
    var joined = self
    func spansRows(_ cell: Cell, _ rows: [Double]) -> Bool {
      rows.filter { $0 >= cell.y0 - 1 && $0 < cell.y1 - 1 }.count > 1
    }
    for cell in rest {
      let moved = Cell(x0: cell.x0, y0: cell.y0 + shift, x1: cell.x1, y1: cell.y1 + shift, text: cell.text)
      // A cell merged over rows that the page break cut: its empty continuation lengthens the part above when
      // either part spans more than one row.
      if abs(cell.y0 - restTop) <= 1, cell.text.isEmpty,
        let above = joined.cells.firstIndex(where: {
          abs($0.y1 - bottom) <= 1 && abs($0.x0 - cell.x0) <= 1.5 && abs($0.x1 - cell.x1) <= 1.5
        }),
        spansRows(joined.cells[above], ownRows) || spansRows(cell, restRows)
      {
        joined.cells[above].y1 = moved.y1
        continue
      }
      joined.cells.append(moved)
    }
    joined.lastPage = next.lastPage
    return joined
  }

  /// The cells' texts and horizontal extents, in order, to compare the header rows of two parts of a table.
  private static func signature(_ cells: [Cell]) -> [String] {
    cells.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }.map {
      "\(Int($0.x0.rounded()))|\(Int($0.x1.rounded()))|\($0.text)"
    }
  }

  /// Adds the table to `builder`: rows and columns from the distinct cell edges, each cell at its top-left with
  /// its spans; returns `false` when the builder's cell limit is reached.
  func add(to builder: inout DocumentGridBuilder) -> Bool {
    let xs = RuledTable.clustered(cells.flatMap { [$0.x0, $0.x1] })
    let ys = RuledTable.clustered(cells.flatMap { [$0.y0, $0.y1] })
    func index(_ value: Double, _ cuts: [Double]) -> Int {
      cuts.indices.min { abs(cuts[$0] - value) < abs(cuts[$1] - value) } ?? 0
    }
    struct Placed {
      var row: Int
      var column: Int
      var rowSpan: Int
      var columnSpan: Int
      var text: String
    }
    let placed = cells.map { cell -> Placed in
      let row = index(cell.y0, ys)
      let column = index(cell.x0, xs)
      return Placed(
        row: row, column: column, rowSpan: max(index(cell.y1, ys) - row, 1),
        columnSpan: max(index(cell.x1, xs) - column, 1), text: cell.text)
    }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    builder.beginTable()
    defer { builder.endTable() }
    // The builder places each cell at the first column of its row that no span from above takes; columns that
    // nothing covers are skipped explicitly so every cell lands where its rules put it.
    var next = 0
    var currentRow = -1
    for cell in placed {
      if cell.row != currentRow {
        for _ in currentRow + 1...cell.row where currentRow >= -1 { builder.beginRow() }
        currentRow = cell.row
        next = 0
      }
      if cell.column > next {
        builder.skipColumns(cell.column - next)
        next = cell.column
      }
      guard builder.cell(cell.text, columnSpan: cell.columnSpan, rowSpan: cell.rowSpan) else { return false }
      next = cell.column + cell.columnSpan
    }
    return true
  }
}
