import NianbaoXLSX

/// A live check cell of a blank template: a formula that shows, as the clerk types, whether one balance equation
/// (R1–R4) holds — `✓`, or `✗` and the rule.
public struct BalanceCheck: Sendable, Hashable {
  /// Which way the equation's cells run, which decides where its check sits (see ``TemplateBuilder``).
  public enum Arrangement: Sendable, Hashable {
    /// Along one row (R2 for each row of table 三, R4 for each group of table 四): the check sits to the right of the
    /// print area in that row.
    case perRow
    /// Down one column (R1 and R3 for each column of table 三): the check sits to the right of the print area in
    /// the row of the equation's last total, in the check column kept for that table column.
    case perColumn
  }

  /// The text a check shows while its equation holds.
  public static let holdsText = "✓"

  /// The equation checked.
  public let equation: BalanceEquation
  /// The check cell.
  public let reference: CellReference
  /// Which way the equation's cells run.
  public let arrangement: Arrangement
  /// The sheet cells of the equation's parts, in the equation's order.
  public let parts: [CellReference]
  /// The sheet cells of the equation's totals, in the equation's order.
  public let totals: [CellReference]

  /// Creates a check of `equation` in `reference`, given the sheet cells of its parts and totals.
  public init(
    equation: BalanceEquation, reference: CellReference, arrangement: Arrangement, parts: [CellReference],
    totals: [CellReference]
  ) {
    self.equation = equation
    self.reference = reference
    self.arrangement = arrangement
    self.parts = parts
    self.totals = totals
  }

  /// The text a check shows while its equation is broken, e.g. `✗ R2`.
  public var brokenText: String { "✗ " + equation.rule.rawValue }

  /// The check cell's formula (without `=`), e.g. `IF(SUM(D6:I6)=SUM(J6),"✓","✗ R2")`. Blank cells count as
  /// nothing, so an empty template shows `✓` everywhere.
  public var formula: String {
    "IF(" + FormulaReferences.sum(parts, absolute: false) + "=" + FormulaReferences.sum(totals, absolute: false)
      + ",\"" + Self.holdsText + "\",\"" + brokenText + "\")"
  }

  /// The condition that is true while the equation is broken, with absolute references (for conditional
  /// formatting), e.g. `SUM($D$6:$I$6)<>SUM($J$6)`.
  public var brokenCondition: String {
    FormulaReferences.sum(parts, absolute: true) + "<>" + FormulaReferences.sum(totals, absolute: true)
  }
}
