import ArgumentParser
import NianbaoReport

/// `nianbao render`: a report as the published page, one self-contained HTML file.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Write a report (.xlsx or .json) as one self-contained, print-friendly HTML page.",
    discussion: """
      The title, sections 一 to 六 with their text and the three tables in the official layout; the failing cells \
      marked and each finding listed under its table with a link to its cell, unless --no-findings (the clean page \
      to publish). Exit 0: written, no rule broken; 1: written, a rule is broken; 2: unreadable input or unwritable \
      output.
      """
  )

  @Argument(help: "The report: a workbook (.xlsx) or canonical JSON; - for standard input.")
  var input: String

  @Option(name: .shortAndLong, help: "The page to write (default: standard output).")
  var output: String?

  @Flag(help: "Leave the findings out: the clean page to publish.")
  var noFindings = false

  @Option(help: "The language of the findings on the page: zh or en.")
  var lang: FindingOptions.LanguageOption = .zh

  func run() throws {
    try CommandFailure.guarding {
      let loaded = try InputFile.load(input)
      let language: Language = lang == .en ? .english : .chinese
      let page = ReportPage.html(for: loaded.report, findings: noFindings ? [] : loaded.findings, language: language)
      try OutputFile.write(Array(page.utf8), to: output)
      if loaded.findings.contains(where: { $0.severity == .error }) {
        throw ExitCode(ExitStatus.rulesBroken.rawValue)
      }
    }
  }
}
