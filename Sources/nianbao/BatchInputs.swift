import Foundation
import NianbaoReport
import NianbaoXLSX

/// The input files of a batch: files as named, folders expanded to their reports in any carrier (sorted, not
/// recursive; JSON and findings documents left out).
enum BatchInputs {
  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  static func expand(_ inputs: [String]) throws -> [String] {
    var files: [String] = []
    for input in inputs {
      if isFolder(input) {
        let names = try FileManager.default.contentsOfDirectory(atPath: input)
        files += names.filter { name in
          ReportCarrier.fileExtensions.contains { name.lowercased().hasSuffix($0) } && !name.hasPrefix(".")
            && !name.hasPrefix("~$")
        }
        .sorted().map { (input as NSString).appendingPathComponent($0) }
      } else {
        files.append(input)
      }
    }
    return files
  }

  static func makeFolder(_ path: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw XLSXError(.writeFailed, "The output folder \(path) cannot be created.")
    }
  }

  /// `FOLDER/NAME<suffix>` for `…/NAME.xlsx` (or any other carrier's ending).
  static func target(for file: String, in folder: String, suffix: String) -> String {
    let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    return (folder as NSString).appendingPathComponent(name + suffix)
  }
}
