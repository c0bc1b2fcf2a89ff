/// One row of a worksheet as streamed by the reader: its cells in column order and its layout.
public struct Row: Hashable, Sendable {
  /// The 1-based row number.
  public var index: Int
  /// The cells of the row that hold a value or a formula, in column order.
  public var cells: [Cell]
  /// The custom height in points, or `nil` for the default height.
  public var height: Double?
  /// Whether the row is hidden.
  public var isHidden: Bool

  /// Creates a row.
  public init(index: Int, cells: [Cell], height: Double? = nil, isHidden: Bool = false) {
    self.index = index
    self.cells = cells
    self.height = height
    self.isHidden = isHidden
  }
}
