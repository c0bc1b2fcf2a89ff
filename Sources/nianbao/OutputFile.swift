import Foundation
import NianbaoXLSX

/// Writes command output: to standard output, or atomically to a file (a temporary file in the same folder, then a
/// rename), so that a failure never leaves a half-written file.
enum OutputFile {
  /// Writes `bytes` to `path`, or to standard output when `path` is `nil` or `-`. A binary workbook is not written
  /// to a terminal.
  static func write(_ bytes: [UInt8], to path: String?, isBinary: Bool = false) throws {
    guard let path, path != "-" else {
      if isBinary, isatty(STDOUT_FILENO) == 1 {
        throw XLSXError(
          .writeFailed, "Refusing to write a workbook to the terminal: name a file with -o FILE.xlsx or redirect.")
      }
      var output = StandardOutput()
      output.write(bytes: bytes)
      return
    }
    try AtomicFile.write(bytes, to: path)
  }
}
