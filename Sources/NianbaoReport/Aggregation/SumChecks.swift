/// The checks run on a sum: the balance rules R1–R4 on the total (R5 and the softer checks concern one organ's
/// report, not a sum), naming the cells of the official workbook the sum is exported to.
extension ReportSum {
  /// The rules re-run on a sum, and reported for its inputs.
  public static let rules: Set<RuleID> = [.r1, .r2, .r3, .r4]

  /// R1–R4 on the total, at the cells of the official workbook.
  public var findings: [Finding] {
    ReportChecker(rules: Self.rules, locations: ReportExporter.locations(for: total.formatVersion)).check(total)
  }

  /// The findings of an input that break R1–R4 (severity error): what makes it a broken input of the sum.
  public static func brokenRules(in findings: [Finding]) -> [Finding] {
    findings.filter { rules.contains($0.rule) && $0.severity == .error }
  }
}
