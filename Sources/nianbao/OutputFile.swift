import Foundation
import NianbaoXLSX

/// Writes command output: to standard output, or atomically to a file (a temporary file in the same folder, then a
/// rename), so that a failure never leaves a half-written file.
enum OutputFile {
  static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path, path != "-" else {
      var output = StandardOutput()
      output.write(bytes: bytes)
      return
    }
    try AtomicFile.write(bytes, to: path)
  }
}
