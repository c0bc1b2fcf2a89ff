/// The outcome of evaluating a balance equation (or a continuity link) on concrete values.
public struct BalanceResult: Sendable, Hashable {
  /// Which way the balance is broken.
  public let kind: FindingKind
  /// The sum of the parts (0 when every part is blank).
  public let expected: Int
  /// The sum of the printed totals, or `nil` when they are all blank.
  public let found: Int?

  /// Applies the fixtures' convention to part and total values (`nil` = blank): blank counts as
  /// 0 in a sum; all blank is no finding; blank totals with a filled part are
  /// ``FindingKind/totalMissing``; a non-zero total with every part blank is
  /// ``FindingKind/partsMissing`` (expected 0); differing sums are ``FindingKind/mismatch``.
  /// Returns `nil` when the balance holds.
  public static func evaluate(parts: [Int?], totals: [Int?]) -> BalanceResult? {
    let filledParts = parts.compactMap { $0 }
    let filledTotals = totals.compactMap { $0 }
    let expected = filledParts.reduce(0, +)
    let found = filledTotals.isEmpty ? nil : filledTotals.reduce(0, +)
    switch (filledParts.isEmpty, found) {
    case (true, nil): return nil
    case (false, nil): return BalanceResult(kind: .totalMissing, expected: expected, found: nil)
    case (true, let found?): return found == 0 ? nil : BalanceResult(kind: .partsMissing, expected: 0, found: found)
    case (false, let found?):
      return found == expected ? nil : BalanceResult(kind: .mismatch, expected: expected, found: found)
    }
  }
}

extension BalanceEquation {
  /// Evaluates the equation on a report's values; `nil` when it holds.
  public func evaluate(in report: Report) -> BalanceResult? {
    BalanceResult.evaluate(parts: parts.map { report.count(at: $0) }, totals: totals.map { report.count(at: $0) })
  }
}

extension ContinuityLink {
  /// Evaluates the link between this year's and last year's report; `nil` when it holds.
  /// Last year's cell is the part (expected), this year's the total (found).
  public func evaluate(current report: Report, previous: Report) -> BalanceResult? {
    BalanceResult.evaluate(parts: [previous.count(at: self.previous)], totals: [report.count(at: current)])
  }
}
