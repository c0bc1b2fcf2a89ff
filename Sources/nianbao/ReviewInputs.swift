import Foundation
import NianbaoReport

/// The files of a review or a sum: files as named, folders expanded to the reports they hold (not recursive).
enum ReviewInputs {
  /// The endings of the files a folder contributes (every carrier's and canonical JSON); the findings documents `import` writes beside the JSON
  /// (`NAME.findings.json`) are not reports and are left out.
  static let extensions = ReportCarrier.fileExtensions + [".json"]

  /// One input: a path to read, or a folder that could not be listed (its error).
  struct Input {
    /// The path as given, or inside a folder given.
    let path: String
    /// Why the folder could not be listed, if it could not.
    let error: String?
  }

  /// The inputs of `arguments`, in order, each folder's files sorted by name.
  static func expand(_ arguments: [String]) -> [Input] {
    var inputs: [Input] = []
    for argument in arguments {
      guard BatchInputs.isFolder(argument) else {
        inputs.append(Input(path: argument, error: nil))
        continue
      }
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: argument) else {
        inputs.append(Input(path: argument, error: "The folder \(argument) cannot be listed."))
        continue
      }
      inputs += names.filter(isReportName).sorted().map {
        Input(path: (argument as NSString).appendingPathComponent($0), error: nil)
      }
    }
    return inputs
  }

  /// Whether a file in a folder is taken for a report: a known ending, not hidden, not an Office lock file, not a
  /// findings document.
  static func isReportName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return extensions.contains { lower.hasSuffix($0) } && !name.hasPrefix(".") && !name.hasPrefix("~$")
      && !lower.hasSuffix(".findings.json")
  }
}
