/// A cell's background.
public enum CellFill: Hashable, Sendable {
  /// No fill.
  case none
  /// A solid fill of one colour.
  case solid(CellColor)
}
