/// A balance rule instance over concrete cells: the sum of `parts` must equal the sum of
/// `totals`.
///
/// For R2–R4 `totals` is the single printed total cell; for R1 the parts are 一 and 二 and the
/// totals （七）总计 and 四 of one column. The finding of a broken equation is reported on
/// ``anchor``, the first total cell.
public struct BalanceEquation: Sendable, Hashable {
  /// The rule this equation instantiates.
  public let rule: RuleID
  /// The cells whose sum is the expected value.
  public let parts: [ReportKeyPath]
  /// The printed cells whose sum is the found value.
  public let totals: [ReportKeyPath]

  /// Creates an equation; `totals` must not be empty.
  public init(rule: RuleID, parts: [ReportKeyPath], totals: [ReportKeyPath]) {
    precondition(!totals.isEmpty, "an equation needs a total cell")
    self.rule = rule
    self.parts = parts
    self.totals = totals
  }

  /// The cell a finding about this equation names.
  public var anchor: ReportKeyPath { totals[0] }
}

/// A continuity rule between two consecutive years' reports of the same organ (R5): the
/// `current` cell of this year's report must equal the `previous` cell of last year's.
public struct ContinuityLink: Sendable, Hashable {
  /// The rule this link instantiates.
  public let rule: RuleID
  /// The cell in this year's report (二、上年结转…, one column).
  public let current: ReportKeyPath
  /// The cell in last year's report (四、结转下年度继续办理, the same column).
  public let previous: ReportKeyPath

  /// Creates a link.
  public init(rule: RuleID, current: ReportKeyPath, previous: ReportKeyPath) {
    self.rule = rule
    self.current = current
    self.previous = previous
  }
}
