/// Everything about how a cell looks and whether it is locked; equal styles share one entry in `styles.xml`.
public struct CellStyle: Hashable, Sendable {
  /// The font.
  public var font: FontStyle
  /// The background.
  public var fill: CellFill
  /// The border.
  public var border: CellBorder
  /// The alignment and wrapping.
  public var alignment: CellAlignment
  /// The number format code (`0`, `0.00`, `#,##0.000000`, `@`…), or `nil` for `General`.
  public var numberFormat: String?
  /// Whether the cell is locked when the sheet is protected (`true` is Excel's default).
  public var isLocked: Bool

  /// Creates a style; the default is Excel's `Normal` style.
  public init(
    font: FontStyle = FontStyle(), fill: CellFill = .none, border: CellBorder = .none,
    alignment: CellAlignment = CellAlignment(), numberFormat: String? = nil, isLocked: Bool = true
  ) {
    self.font = font
    self.fill = fill
    self.border = border
    self.alignment = alignment
    self.numberFormat = numberFormat
    self.isLocked = isLocked
  }

  /// Excel's `Normal` style: 11-point Calibri, no fill, no border, `General`, locked.
  public static let normal = CellStyle()
}
