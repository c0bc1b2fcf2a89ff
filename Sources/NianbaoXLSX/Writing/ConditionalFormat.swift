/// The formatting a conditional rule applies on top of a cell's own style (a "differential" style).
public struct DifferentialStyle: Hashable, Sendable {
  /// The font colour, or `nil` to keep the cell's.
  public var fontColor: CellColor?
  /// Bold on or off, or `nil` to keep the cell's.
  public var isBold: Bool?
  /// A solid fill colour, or `nil` to keep the cell's.
  public var fillColor: CellColor?

  /// Creates a differential style; at least one property must be set.
  public init(fontColor: CellColor? = nil, isBold: Bool? = nil, fillColor: CellColor? = nil) {
    self.fontColor = fontColor
    self.isBold = isBold
    self.fillColor = fillColor
  }

  /// Excel's "light red fill with dark red text", used to flag a broken rule.
  public static let warning = DifferentialStyle(fontColor: .darkRed, fillColor: .lightRed)

  /// Whether nothing is set.
  var isEmpty: Bool { fontColor == nil && isBold == nil && fillColor == nil }
}

/// A conditional rule: when its formula is true for a cell, the cell is shown with the rule's style.
public struct ConditionalRule: Hashable, Sendable {
  /// The formula, written for the top-left cell of the first range (relative references move with the cell).
  public var formula: String
  /// The formatting applied when the formula is true.
  public var style: DifferentialStyle
  /// Whether later rules are skipped when this one applies.
  public var stopsIfTrue: Bool

  /// Creates a rule.
  public init(formula: String, style: DifferentialStyle, stopsIfTrue: Bool = false) {
    self.formula = formula
    self.style = style
    self.stopsIfTrue = stopsIfTrue
  }
}

/// Conditional formatting on one or more ranges: rules in priority order (first is highest).
public struct ConditionalFormat: Hashable, Sendable {
  /// The ranges the rules apply to (at least one).
  public var ranges: [CellRange]
  /// The rules, highest priority first (at least one).
  public var rules: [ConditionalRule]

  /// Creates conditional formatting.
  public init(ranges: [CellRange], rules: [ConditionalRule]) {
    self.ranges = ranges
    self.rules = rules
  }
}
