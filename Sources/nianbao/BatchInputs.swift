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

  /// `FOLDER/NAME<suffix>` for `…/NAME.xlsx` (or any other carrier's ending); `FOLDER/NAME.docx<suffix>` when
  /// `keepsExtension` (two inputs of a batch share the name `NAME`, as a report's workbook and its Word file do).
  static func target(for file: String, in folder: String, suffix: String, keepsExtension: Bool = false) -> String {
    let base = (file as NSString).lastPathComponent
    let name = keepsExtension ? base : (base as NSString).deletingPathExtension
    return (folder as NSString).appendingPathComponent(name + suffix)
  }

  /// The files of `files` whose name without its ending is another file's too: their outputs keep the ending.
  static func sharedStems(_ files: [String]) -> Set<String> {
    let stems = files.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
    var counts: [String: Int] = [:]
    for stem in stems { counts[stem, default: 0] += 1 }
    return Set(zip(files, stems).filter { counts[$0.1, default: 0] > 1 }.map(\.0))
  }
}
