import ArgumentParser
import Dispatch
import Foundation
import NianbaoReport
import NianbaoXLSX

/// `nianbao import`: a clerk's workbook in, canonical JSON out, checked. Several workbooks, or a folder of them,
/// are converted in one process on every core.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Convert report workbooks (.xlsx) to canonical JSON, printing the findings on standard error.",
    discussion: """
      One input: JSON goes to -o FILE or standard output. Several inputs or a folder: -o names a folder that \
      receives NAME.json and NAME.findings.json for each NAME.xlsx, converted in parallel on every core. Exit 0: converted cleanly; \
      1: converted, rules broken; 2: an input could not be read.
      """
  )

  @Argument(help: "Workbooks (.xlsx) or folders of them; - for standard input.")
  var inputs: [String]

  @Option(name: .shortAndLong, help: "Output file (one input) or folder (several inputs); default: standard output.")
  var output: String?

  @Option(help: "Parallel conversions for several inputs (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var findings: FindingOptions

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("Name at least one workbook.") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
  }

  func run() throws {
    try CommandFailure.guarding {
      let previous = try findings.previousReport()
      let files = try BatchInputs.expand(inputs)
      if files.count == 1, inputs.count == 1, !BatchInputs.isFolder(inputs[0]) {
        let result = try InputFile.importReport(files[0], previous: previous)
        try OutputFile.write(result.report.jsonUTF8(), to: output)
        try findings.report(result.findings, for: result.report)
        return
      }
      guard let output, output != "-" else {
        throw ValidationError("Several inputs need -o FOLDER to receive one JSON file each.")
      }
      try BatchInputs.makeFolder(output)
      // Each file is renamed into place as soon as it is written; the disk is flushed once, after the batch.
      let shared = BatchInputs.sharedStems(files)
      let outcomes = BatchConversion.run(files, jobs: jobs) { file in
        let result = try ReportImporter.importDocument(at: file, previous: previous)
        let keepsExtension = shared.contains(file)
        try AtomicFile.write(
          result.report.jsonUTF8(),
          to: BatchInputs.target(for: file, in: output, suffix: ".json", keepsExtension: keepsExtension),
          durability: .deferred)
        try AtomicFile.write(
          FindingsDocument.json(for: result.report, findings: result.findings).prettyPrintedUTF8(),
          to: BatchInputs.target(for: file, in: output, suffix: ".findings.json", keepsExtension: keepsExtension),
          durability: .deferred)
        return result.findings
      }
      AtomicFile.flushFileSystems()
      try BatchConversion.summarize(outcomes, options: findings)
    }
  }
}
