/// Findings as lines for people, as the command line prints them: severity, rule and sentence, then a closing line
/// counting them.
public enum FindingText {
  /// One finding: `错误 [R1] …` (`error [R1] …` in English).
  public static func line(_ finding: Finding, language: Language) -> String {
    "\(ReportPage.severityWord(finding.severity, language)) [\(finding.rule.rawValue)] \(finding.message(in: language))"
  }

  /// A closing line counting the findings by severity.
  public static func summary(_ findings: [Finding], language: Language) -> String {
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.filter { $0.severity == .warning }.count
    let notes = findings.filter { $0.severity == .info }.count
    switch language {
    case .chinese: return "共 \(findings.count) 条：错误 \(errors)，警告 \(warnings)，提示 \(notes)。"
    case .english: return "\(findings.count) findings: \(errors) errors, \(warnings) warnings, \(notes) notes."
    }
  }
}
