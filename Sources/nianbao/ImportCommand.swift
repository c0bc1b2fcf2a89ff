import ArgumentParser
import NianbaoReport
import NianbaoXLSX

/// `nianbao import`: a clerk's workbook in, canonical JSON out, checked.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Convert a report workbook (.xlsx) to canonical JSON, printing the findings on standard error."
  )

  @Argument(help: "The workbook to read (.xlsx), or - for standard input.")
  var input: String

  @Option(name: .shortAndLong, help: "Where to write the JSON (default: standard output; - also means it).")
  var output: String?

  @OptionGroup var findings: FindingOptions

  func run() throws {
    try CommandFailure.guarding {
      let result = try InputFile.importReport(input, previous: findings.previousReport())
      try OutputFile.write(Array(result.report.jsonText().utf8), to: output)
      try findings.report(result.findings, for: result.report)
    }
  }
}
