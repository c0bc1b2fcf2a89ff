/// Two merged ranges of one sheet that share cells. Excel refuses to open such a file, and a reader cannot tell which
/// of the two a covered cell belongs to.
public struct MergeOverlap: Hashable, Sendable, CustomStringConvertible {
  /// The range that comes first in the file.
  public let first: CellRange
  /// The range that comes later in the file and overlaps `first`.
  public let second: CellRange

  /// Creates an overlap.
  public init(first: CellRange, second: CellRange) {
    self.first = first
    self.second = second
  }

  /// `A1:C3 and B2:D4`.
  public var description: String { "\(first.a1) and \(second.a1)" }

  /// The most overlapping pairs ``SheetLayout/mergeOverlaps()`` lists.
  public static let maxListed = 1_000
}

extension SheetLayout {
  /// The pairs of merged ranges that share cells, in the order of their later range in the file, at most
  /// ``MergeOverlap/maxListed``.
  ///
  /// The ranges are swept down the sheet by their top row, so only ranges whose rows meet are compared.
  public func mergeOverlaps() -> [MergeOverlap] {
    guard merges.count > 1 else { return [] }
    let order = merges.indices.sorted { (merges[$0].start.row, $0) < (merges[$1].start.row, $1) }
    var found: [(first: Int, second: Int)] = []
    for (position, index) in order.enumerated() {
      let range = merges[index]
      for other in order[(position + 1)...] {
        let candidate = merges[other]
        if candidate.start.row > range.end.row { break }
        if range.overlaps(candidate) { found.append(index < other ? (index, other) : (other, index)) }
      }
      if found.count >= MergeOverlap.maxListed { break }
    }
    return found.sorted { ($0.second, $0.first) < ($1.second, $1.first) }.prefix(MergeOverlap.maxListed).map {
      MergeOverlap(first: merges[$0.first], second: merges[$0.second])
    }
  }
}
