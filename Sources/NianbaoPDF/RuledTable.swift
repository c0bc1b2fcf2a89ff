/// A table found from the ruling lines drawn on a page: the positions of its rules and the cells they enclose.
///
/// The page is rendered (``PopplerDocument/luminance(_:scale:)``); long thin dark runs of pixels are rules. Rules
/// that touch form one table; the distinct rule positions cut it into a fine grid, and neighbouring grid positions
/// not separated by a rule belong to one (merged) cell.
struct RuledTable: Sendable, Equatable {
  /// The x positions of the column rules, left to right (points).
  var xs: [Double]
  /// The y positions of the row rules, top to bottom (points).
  var ys: [Double]
  /// The cells as ranges of fine rows and columns (`row0..<row1`, `column0..<column1`).
  var cells: [(row: Range<Int>, column: Range<Int>)]

  static func == (lhs: RuledTable, rhs: RuledTable) -> Bool {
    lhs.xs == rhs.xs && lhs.ys == rhs.ys && lhs.cells.elementsEqual(rhs.cells) { $0 == $1 }
  }

  /// The table's outline.
  var box: Box { Box(x0: xs.first ?? 0, y0: ys.first ?? 0, x1: xs.last ?? 0, y1: ys.last ?? 0) }

  /// A rule: horizontal (`position` is y, the extent runs along x) or vertical.
  struct Segment: Sendable, Equatable {
    var horizontal: Bool
    var position: Double
    var start: Double
    var end: Double
  }

  /// Pixels darker than this are ink; lighter ones (paper) are not. Hair lines of a table shrunk to fit the page
  /// render as light grey, so the level is close to white.
  static let inkLevel: UInt8 = 235

  /// The rules on a rendered page, in points: dark runs at least `minimum` points long, neighbouring pixel rows
  /// (or columns) of one thick rule merged.
  static func segments(pixels: [UInt8], width: Int, height: Int, scale: Double) -> [Segment] {
    var result: [(segment: Segment, isThin: Bool)] = []
    let minimumHorizontal = Int(16 * scale)
    let minimumVertical = Int(14 * scale)
    func runs(count: Int, length: Int, at: (Int, Int) -> UInt8, minimum: Int, horizontal: Bool) {
      var open: [(start: Int, end: Int, first: Int, last: Int)] = []
      for line in 0..<count {
        var found: [(Int, Int)] = []
        var start = -1
        for index in 0...length {
          let dark = index < length && at(line, index) < inkLevel
          if dark, start < 0 { start = index }
          if !dark, start >= 0 {
            if index - start >= minimum { found.append((start, index)) }
            start = -1
          }
        }
        var next: [(start: Int, end: Int, first: Int, last: Int)] = []
        for run in found {
          if let match = open.firstIndex(where: { abs($0.start - run.0) <= 2 && abs($0.end - run.1) <= 2 }) {
            var merged = open.remove(at: match)
            merged.last = line
            next.append(merged)
          } else {
            next.append((run.0, run.1, line, line))
          }
        }
        for finished in open {
          result.append(segment(finished, horizontal: horizontal, scale: scale))
        }
        open = next
      }
      for finished in open { result.append(segment(finished, horizontal: horizontal, scale: scale)) }
    }
    runs(
      count: height, length: width, at: { pixels[$0 * width + $1] }, minimum: minimumHorizontal, horizontal: true)
    runs(
      count: width, length: height, at: { pixels[$1 * width + $0] }, minimum: minimumVertical, horizontal: false)
    // A filled block (a black box, a dark image) is not a rule: rules are at most 3 points thick.
    return result.filter(\.isThin).map(\.segment)
  }

  private static func segment(_ run: (start: Int, end: Int, first: Int, last: Int), horizontal: Bool, scale: Double)
    -> (segment: Segment, isThin: Bool)
  {
    let segment = Segment(
      horizontal: horizontal, position: (Double(run.first + run.last) / 2 + 0.5) / scale,
      start: Double(run.start) / scale, end: Double(run.end) / scale)
    return (segment, Double(run.last - run.first + 1) / scale <= 3)
  }

  /// The tables the rules form: rules that touch (within 2 points) are one table; a group needs at least two
  /// horizontal and two vertical rules.
  static func tables(from all: [Segment]) -> [RuledTable] {
    let segments = all.filter { $0.end - $0.start >= 0 }
    var parent = Array(segments.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    let tolerance = 2.0
    for first in segments.indices {
      for second in segments.indices where second > first {
        let a = segments[first]
        let b = segments[second]
        let touches: Bool
        if a.horizontal == b.horizontal {
          touches =
            abs(a.position - b.position) <= tolerance && a.start <= b.end + tolerance && b.start <= a.end + tolerance
        } else {
          let (h, v) = a.horizontal ? (a, b) : (b, a)
          touches =
            v.position >= h.start - tolerance && v.position <= h.end + tolerance && h.position >= v.start - tolerance
            && h.position <= v.end + tolerance
        }
        if touches { parent[root(first)] = root(second) }
      }
    }
    var groups: [Int: [Segment]] = [:]
    for index in segments.indices { groups[root(index), default: []].append(segments[index]) }
    var tables: [RuledTable] = []
    for group in groups.values {
      let horizontal = group.filter(\.horizontal)
      let vertical = group.filter { !$0.horizontal }
      guard horizontal.count >= 2, vertical.count >= 2 else { continue }
      let xs = clustered(vertical.map(\.position))
      let ys = clustered(horizontal.map(\.position))
      guard xs.count >= 2, ys.count >= 2 else { continue }
      tables.append(table(xs: xs, ys: ys, horizontal: horizontal, vertical: vertical))
    }
    return tables.sorted { $0.box.y0 < $1.box.y0 }
  }

  /// Positions closer than 2 points to their neighbour merged into their mean.
  static func clustered(_ values: [Double]) -> [Double] {
    var result: [[Double]] = []
    for value in values.sorted() {
      if let last = result.last?.last, value - last <= 2 {
        result[result.count - 1].append(value)
      } else {
        result.append([value])
      }
    }
    return result.map { $0.reduce(0, +) / Double($0.count) }
  }

  /// The cells of a table cut by its rules: grid positions joined where no rule separates them.
  private static func table(xs: [Double], ys: [Double], horizontal: [Segment], vertical: [Segment]) -> RuledTable {
    let rows = ys.count - 1
    let columns = xs.count - 1
    func covered(_ segments: [Segment], at position: Double, from start: Double, to end: Double) -> Bool {
      let middle = (start + end) / 2
      return segments.contains { abs($0.position - position) <= 2 && $0.start <= middle && $0.end >= middle }
    }
    var parent = Array(0..<(rows * columns))
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    for row in 0..<rows {
      for column in 0..<columns {
        if column + 1 < columns, !covered(vertical, at: xs[column + 1], from: ys[row], to: ys[row + 1]) {
          parent[root(row * columns + column)] = root(row * columns + column + 1)
        }
        if row + 1 < rows, !covered(horizontal, at: ys[row + 1], from: xs[column], to: xs[column + 1]) {
          parent[root(row * columns + column)] = root((row + 1) * columns + column)
        }
      }
    }
    var extents: [Int: (r0: Int, r1: Int, c0: Int, c1: Int)] = [:]
    for row in 0..<rows {
      for column in 0..<columns {
        let key = root(row * columns + column)
        if let e = extents[key] {
          extents[key] = (min(e.r0, row), max(e.r1, row + 1), min(e.c0, column), max(e.c1, column + 1))
        } else {
          extents[key] = (row, row + 1, column, column + 1)
        }
      }
    }
    let cells = extents.values.map { (row: $0.r0..<$0.r1, column: $0.c0..<$0.c1) }
      .sorted { ($0.row.lowerBound, $0.column.lowerBound) < ($1.row.lowerBound, $1.column.lowerBound) }
    return RuledTable(xs: xs, ys: ys, cells: cells)
  }
}
