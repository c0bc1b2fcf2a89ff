import ArgumentParser
import NianbaoReport

/// The options every command that checks shares: last year's report, output format and language of the findings.
struct FindingOptions: ParsableArguments {
  /// How findings are printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Last year's report of the same organ (.xlsx or .json), to check R5 (上年结转 = 上年结转下年度).")
  var previous: String?

  @Option(help: "How findings are printed on standard error: text or json.")
  var format: Format = .text

  @Option(help: "The language of the findings: zh or en.")
  var lang: String = "zh"

  /// Last year's report, when `--previous` names one.
  func previousReport() throws -> Report? {
    guard let previous else { return nil }
    return try InputFile.readReport(previous)
  }

  /// Prints the findings on standard error and throws the documented exit code when a rule is broken.
  func report(_ findings: [Finding], for report: Report) throws {
    let language: Language = lang == "en" ? .english : .chinese
    switch format {
    case .json:
      printError(FindingsDocument.json(for: report, findings: findings).prettyPrinted(), terminator: "")
    case .text:
      for finding in findings {
        printError(FindingText.line(finding, language: language))
      }
    }
    if findings.contains(where: { $0.severity == .error }) {
      throw ExitCode(ExitStatus.rulesBroken.rawValue)
    }
  }
}

/// One finding as a line for people: severity, rule, place and sentence.
enum FindingText {
  static func line(_ finding: Finding, language: Language) -> String {
    let severity: String
    switch (finding.severity, language) {
    case (.error, .chinese): severity = "错误"
    case (.warning, .chinese): severity = "警告"
    case (.info, .chinese): severity = "提示"
    case (let other, .english): severity = other.rawValue
    }
    return "\(severity) [\(finding.rule.rawValue)] \(finding.message(in: language))"
  }
}
