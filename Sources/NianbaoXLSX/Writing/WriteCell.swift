/// One cell to write: where it is, what it holds, its formula and its style.
public struct WriteCell: Hashable, Sendable {
  /// Where the cell is.
  public var reference: CellReference
  /// The value; for a formula cell, its cached result (`.empty` writes the formula without one).
  ///
  /// A `.number` must be plain decimal or scientific text (`-18`, `24252.311082`, `1E-3`); an `.error` must be one
  /// of Excel's error codes (`#DIV/0!`, `#N/A`, `#NAME?`, `#NULL!`, `#NUM!`, `#REF!`, `#VALUE!`, `#GETTING_DATA`).
  public var value: CellValue
  /// The formula without the leading `=` (one leading `=` is dropped if present), or `nil` for a plain value.
  public var formula: String?
  /// The cell's style.
  public var style: CellStyle

  /// Creates a cell.
  public init(_ reference: CellReference, _ value: CellValue, formula: String? = nil, style: CellStyle = .normal) {
    self.reference = reference
    self.value = value
    self.formula = formula
    self.style = style
  }
}
