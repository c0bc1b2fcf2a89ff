import ArgumentParser
import Foundation
import NianbaoGrid
import NianbaoReport
import NianbaoXLSX

/// `nianbao check FILE… | FOLDER…`: every report read and checked on every core, R5 between consecutive years of
/// the same organ, one summary. A file that cannot be read is an entry with its error, never the end of the run.
enum BulkCheck {
  /// Reviews the files `arguments` name (folders expanded), prints the summary in the chosen format on standard
  /// output and throws the review's exit status (2: a file unreadable; 1: a rule broken in some file).
  static func run(_ arguments: [String], jobs: Int, quiet: Bool, options: FindingOptions) throws {
    let inputs = ReviewInputs.expand(arguments)
    guard !inputs.isEmpty else {
      printError(
        "nianbao: No report (\(ReviewInputs.extensions.joined(separator: ", "))) in \(arguments.joined(separator: ", "))."
      )
      throw ExitCode(ExitStatus.unreadableInput.rawValue)
    }
    let review = self.review(inputs, jobs: jobs, progress: ProgressBar.wanted(quiet: quiet), language: options.language)
    var output = StandardOutput()
    switch options.format {
    case .text: output.write(ReviewTable.text(for: review, language: options.language))
    case .json: output.write(review.jsonValue.prettyPrinted())
    case .csv: output.write(ReviewCSV.text(for: review.entries, language: options.language))
    }
    output.flush()
    if review.exitStatus != 0 { throw ExitCode(review.exitStatus) }
  }

  /// Reads and checks every input, `jobs` at a time, then links the years.
  static func review(_ inputs: [ReviewInputs.Input], jobs: Int, progress: Bool, language: Language) -> ReportReview {
    let bar = ProgressBar(total: inputs.count, language: language, enabled: progress)
    let results = ParallelWork.map(count: inputs.count, jobs: jobs, done: bar.advance) {
      index -> (ReviewEntry, [ReportKeyPath: SourceLocation]) in
      let input = inputs[index]
      if let error = input.error { return (ReviewEntry(file: input.path, outcome: .unreadable(message: error)), [:]) }
      do {
        let loaded = try InputFile.load(input.path)
        let outcome = ReviewEntry.Outcome.checked(report: loaded.report, findings: loaded.findings)
        return (ReviewEntry(file: input.path, outcome: outcome), loaded.locations)
      } catch {
        return (ReviewEntry(file: input.path, outcome: .unreadable(message: ReadFailure.message(for: error))), [:])
      }
    }
    bar.finish()
    return ReportReview(linking: results.map(\.0), locations: results.map(\.1))
  }
}
