import ArgumentParser
import NianbaoReport
import NianbaoXLSX

/// `nianbao template`: a blank workbook of the official tables to fill in.
struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write a blank template of the official tables: input cells unlocked and validated, live check cells."
  )

  /// The template versions.
  enum Version: String, ExpressibleByArgument, CaseIterable {
    case v2019 = "2019"
    case v2021 = "2021"

    var formatVersion: FormatVersion { self == .v2019 ? .v2019 : .v2021 }
  }

  @Option(help: "The template version: 2019 (reports for 2019–2020) or 2021 (2021 onwards).")
  var version: Version = .v2021

  @Option(name: .shortAndLong, help: "The workbook to write (default: standard output).")
  var output: String?

  func run() throws {
    try CommandFailure.guarding {
      try OutputFile.write(TemplateBuilder.data(for: version.formatVersion), to: output, isBinary: true)
    }
  }
}
