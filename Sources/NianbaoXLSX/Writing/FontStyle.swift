/// A cell's font: typeface, size, weight, slant and colour.
public struct FontStyle: Hashable, Sendable {
  /// The typeface name, such as `Calibri` or `宋体` (at most 31 characters).
  public var name: String
  /// The size in points (1 to 409).
  public var size: Double
  /// Whether the text is bold.
  public var isBold: Bool
  /// Whether the text is italic.
  public var isItalic: Bool
  /// The text colour, or `nil` for the automatic colour.
  public var color: CellColor?

  /// Creates a font; the default is 11-point Calibri, regular, automatic colour.
  public init(
    name: String = "Calibri", size: Double = 11, isBold: Bool = false, isItalic: Bool = false, color: CellColor? = nil
  ) {
    self.name = name
    self.size = size
    self.isBold = isBold
    self.isItalic = isItalic
    self.color = color
  }
}
