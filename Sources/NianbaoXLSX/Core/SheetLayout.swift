/// The layout of a worksheet that is not in its rows: merged ranges, column widths and hidden columns.
///
/// The reader returns it after the sheet's rows, since the file stores merges after the cells.
public struct SheetLayout: Hashable, Sendable {
  /// The merged ranges, in file order.
  public var merges: [CellRange]
  /// The column descriptions (`<col>` elements), in file order.
  public var columns: [ColumnInfo]
  /// The range the file claims the sheet uses (`<dimension>`), if any. Informative only: never trusted for allocation.
  public var dimension: CellRange?

  /// Creates a layout.
  public init(merges: [CellRange] = [], columns: [ColumnInfo] = [], dimension: CellRange? = nil) {
    self.merges = merges
    self.columns = columns
    self.dimension = dimension
  }
}

/// The width and visibility of a run of columns.
public struct ColumnInfo: Hashable, Sendable {
  /// The first column of the run (1-based).
  public var first: Int
  /// The last column of the run (1-based).
  public var last: Int
  /// The width in characters, or `nil` for the default width.
  public var width: Double?
  /// Whether the columns are hidden.
  public var isHidden: Bool

  /// Creates a column description.
  public init(first: Int, last: Int, width: Double? = nil, isHidden: Bool = false) {
    self.first = first
    self.last = last
    self.width = width
    self.isHidden = isHidden
  }
}
