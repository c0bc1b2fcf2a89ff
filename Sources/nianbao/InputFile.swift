import Foundation
import NianbaoXLSX

/// Opens the inputs named on the command line; `-` is standard input.
enum InputFile {
  /// Reads standard input whole, up to `limit` bytes.
  static func readStandardInput(limit: Int) throws -> [UInt8] {
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = read(STDIN_FILENO, &chunk, chunk.count)
      if count < 0 { throw XLSXError(.unreadableFile, "Standard input cannot be read.") }
      if count == 0 { break }
      data.append(contentsOf: chunk[0..<count])
      if data.count > limit {
        throw XLSXError(.packageTooLarge, "Standard input is larger than \(limit) bytes.")
      }
    }
    return data
  }

  /// Opens a workbook from a path or standard input.
  static func openWorkbook(_ path: String, limits: ReadLimits = .default) throws -> WorkbookReader {
    if path == "-" {
      return try WorkbookReader(bytes: readStandardInput(limit: limits.maxInputBytes), limits: limits)
    }
    return try WorkbookReader(path: path, limits: limits)
  }
}
