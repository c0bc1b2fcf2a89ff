import ArgumentParser
import NianbaoReport
import NianbaoXLSX

/// `nianbao export`: canonical JSON in, an XLSX in the official layout out.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a canonical JSON report as an XLSX workbook in the official layout, checking it on the way.",
    discussion: "Findings go to standard error and name the cells of the written workbook. Exit 0: clean; "
      + "1: written, rules broken; 2: unreadable input or unwritable output."
  )

  @Argument(help: "The report (canonical JSON), or - for standard input.")
  var input: String

  @Option(name: .shortAndLong, help: "The workbook to write (default: standard output).")
  var output: String?

  @OptionGroup var findings: FindingOptions

  func run() throws {
    try CommandFailure.guarding {
      let report = try Report(jsonBytes: InputFile.readBytes(input))
      let checks = ReportChecker(locations: ReportExporter.locations(for: report.formatVersion))
        .check(report, previous: try findings.previousReport())
      try OutputFile.write(ReportExporter.data(for: report), to: output, isBinary: true)
      try findings.report(checks, for: report)
    }
  }
}
