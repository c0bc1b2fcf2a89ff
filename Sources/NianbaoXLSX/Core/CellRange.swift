/// A rectangular block of cells such as `A1:D1`, with `start` at the top left and `end` at the bottom right.
public struct CellRange: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The top-left cell.
  public let start: CellReference
  /// The bottom-right cell.
  public let end: CellReference

  /// Creates a range from two corners; returns `nil` when `end` lies above or left of `start` (an inverted range).
  public init?(start: CellReference, end: CellReference) {
    guard start.row <= end.row, start.column <= end.column else { return nil }
    self.start = start
    self.end = end
  }

  /// Creates the range of a top-left cell spanning the given number of rows and columns, or `nil` when it leaves the sheet.
  public init?(origin: CellReference, rows: Int, columns: Int) {
    guard rows >= 1, columns >= 1, let end = origin.offset(rows: rows - 1, columns: columns - 1) else { return nil }
    self.start = origin
    self.end = end
  }

  /// Parses `A1:D4` or a single `B2` (a one-cell range); returns `nil` for malformed or inverted ranges.
  public init?(_ text: some StringProtocol) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    switch parts.count {
    case 1:
      guard let cell = CellReference(parts[0]) else { return nil }
      self.init(start: cell, end: cell)
    case 2:
      guard let first = CellReference(parts[0]), let last = CellReference(parts[1]) else { return nil }
      self.init(start: first, end: last)
    default:
      return nil
    }
  }

  /// The number of rows the range covers.
  public var rowCount: Int { end.row - start.row + 1 }
  /// The number of columns the range covers.
  public var columnCount: Int { end.column - start.column + 1 }

  /// The range in A1 notation (`A1:D1`; a single cell is written `A1:A1` only when asked by the caller).
  public var a1: String { start == end ? start.a1 : start.a1 + ":" + end.a1 }

  /// The range in A1 notation.
  public var description: String { a1 }

  /// Whether the cell lies inside the range.
  public func contains(_ cell: CellReference) -> Bool {
    (start.row...end.row).contains(cell.row) && (start.column...end.column).contains(cell.column)
  }

  /// Whether the two ranges share at least one cell.
  public func overlaps(_ other: CellRange) -> Bool {
    start.row <= other.end.row && other.start.row <= end.row && start.column <= other.end.column
      && other.start.column <= end.column
  }

  /// Orders ranges by their top-left cell, then by their bottom-right cell.
  public static func < (lhs: CellRange, rhs: CellRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
