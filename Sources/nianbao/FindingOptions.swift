import ArgumentParser
import NianbaoReport

/// The options every command that checks shares: last year's report, output format and language of the findings.
struct FindingOptions: ParsableArguments {
  /// How findings are printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
  }

  @Option(
    help:
      "Last year's report of the same organ (.xlsx or .json), to check R5 (carried over = last year's carried forward)."
  )
  var previous: String?

  @Option(help: "How findings are printed: text, json, or csv (one row per finding, UTF-8 with BOM, for Excel/WPS).")
  var format: Format = .text

  /// The languages findings are written in.
  enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case zh, en
  }

  @Option(help: "The language of the findings: zh or en.")
  var lang: LanguageOption = .zh

  /// The language of the findings as the library names it.
  var language: Language { lang == .en ? .english : .chinese }

  /// Last year's report, when `--previous` names one.
  func previousReport() throws -> Report? {
    guard let previous else { return nil }
    return try InputFile.readReport(previous)
  }

  /// Where findings are printed.
  enum Stream {
    case standardOutput, standardError
  }

  /// Prints the findings (on standard error unless told otherwise) and throws the documented exit code when a rule
  /// is broken; `source` names the input in the file column of CSV.
  func report(_ findings: [Finding], for report: Report, source: String? = nil, to stream: Stream = .standardError)
    throws
  {
    var text: String
    switch format {
    case .csv:
      let entry = ReviewEntry(file: source ?? "-", outcome: .checked(report: report, findings: findings))
      text = ReviewCSV.text(for: [entry], language: language)
    case .json:
      text = FindingsDocument.json(for: report, findings: findings).prettyPrinted()
    case .text:
      text = findings.map { FindingText.line($0, language: language) + "\n" }.joined()
      text += FindingText.summary(findings, language: language) + "\n"
    }
    switch stream {
    case .standardError: printError(text, terminator: "")
    case .standardOutput:
      var output = StandardOutput()
      output.write(text)
      output.flush()
    }
    if findings.contains(where: { $0.severity == .error }) {
      throw ExitCode(ExitStatus.rulesBroken.rawValue)
    }
  }
}
