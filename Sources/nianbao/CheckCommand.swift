import ArgumentParser
import Foundation
import NianbaoReport

/// `nianbao check`: the balance checks (勾稽关系) and the softer checks on a workbook or a JSON report; several
/// files or folders are reviewed in bulk (``BulkCheck``).
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check reports (.xlsx or .json): rules R1–R4, R5 with --previous or across years, blank cells, fees.",
    discussion: """
      One file: its findings on standard output. Several files or a folder: every file checked on every core, \
      R5 run between consecutive years of the same organ, then a summary table (worst first), one JSON document \
      (--format json) or one CSV row per finding (--format csv); a progress bar on a terminal unless --quiet. \
      Exit 0: no rule broken; 1: a rule is broken (in some file); 2: an input (some file) could not be read.
      """
  )

  @Argument(help: "Reports to check: workbooks (.xlsx), canonical JSON, or folders of them; - for standard input.")
  var inputs: [String]

  @Option(help: "Parallel checks for several inputs (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "No progress bar while several files are checked.")
  var quiet = false

  @OptionGroup var findings: FindingOptions

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("Name at least one report or folder.") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
  }

  /// Whether the command checks one file (as it always has) rather than reviewing several.
  var checksOneFile: Bool { inputs.count == 1 && !BatchInputs.isFolder(inputs[0]) }

  func run() throws {
    guard checksOneFile else {
      guard findings.previous == nil else {
        throw ValidationError(
          "--previous compares one pair of reports; with several files or a folder, consecutive years of the same "
            + "organ are compared with each other.")
      }
      try BulkCheck.run(inputs, jobs: jobs, quiet: quiet, options: findings)
      return
    }
    try CommandFailure.guarding {
      let loaded = try InputFile.load(inputs[0], previous: try findings.previousReport())
      try findings.report(loaded.findings, for: loaded.report, source: inputs[0], to: .standardOutput)
    }
  }
}
