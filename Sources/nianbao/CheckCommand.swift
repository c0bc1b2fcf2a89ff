import ArgumentParser
import NianbaoReport

/// `nianbao check`: the balance checks (勾稽关系) and the softer checks on a workbook or a JSON report.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a report (.xlsx or .json): rules R1–R4, R5 with --previous, blank cells, fees, layout.",
    discussion: "Findings go to standard output. Exit 0: no rule broken; 1: a rule is broken; 2: unreadable input."
  )

  @Argument(help: "The report to check: a workbook (.xlsx) or canonical JSON; - for standard input.")
  var input: String

  @OptionGroup var findings: FindingOptions

  func run() throws {
    try CommandFailure.guarding {
      let previous = try findings.previousReport()
      let bytes = try InputFile.readBytes(input)
      let result: (report: Report, findings: [Finding])
      if bytes.starts(with: [0x50, 0x4B]) || !InputFile.looksLikeJSON(bytes) {
        let imported = try ReportImporter.importDocument(
          bytes: bytes, name: input == "-" ? "standard input" : input, previous: previous)
        result = (imported.report, imported.findings)
      } else {
        let report = try Report(jsonBytes: bytes)
        let checker = ReportChecker(locations: ReportExporter.locations(for: report.formatVersion))
        result = (report, checker.check(report, previous: previous))
      }
      try findings.report(result.findings, for: result.report, to: .standardOutput)
    }
  }
}
