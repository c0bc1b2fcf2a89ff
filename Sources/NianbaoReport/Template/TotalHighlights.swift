import NianbaoXLSX

/// The conditional formatting of a template: while an equation is broken, its total cells and its check cell turn
/// red (light red fill, dark red text), so the clerk sees which printed total disagrees with its parts.
enum TotalHighlights {
  /// One conditional format per check, on the equation's total cells (their merged areas) and the check cell.
  static func formats(for checks: [BalanceCheck], plan: ReportSheetPlan) -> [ConditionalFormat] {
    checks.map { check in
      let totals = check.equation.totals.map { plan.range(of: $0)! }
      let checkCell = CellRange(start: check.reference, end: check.reference)!
      return ConditionalFormat(
        ranges: totals + [checkCell], rules: [ConditionalRule(formula: check.brokenCondition, style: .warning)])
    }
  }
}
