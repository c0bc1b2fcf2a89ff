import Foundation
import NianbaoGrid
import NianbaoPackage
import NianbaoReport
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

  /// A report read from an input of any carrier, with its findings (import and checks) and where each value cell
  /// was read from.
  struct LoadedReport: Sendable {
    /// The report.
    let report: Report
    /// What the import noticed, then R1–R5 and the softer checks.
    let findings: [Finding]
    /// Where each value cell was read from: the workbook's cells for an imported workbook, the cells of the
    /// official workbook (as `export` writes it) for JSON.
    let locations: [ReportKeyPath: SourceLocation]
  }

  /// Reads a report from a path or standard input, whatever carries it, recognised by its content (not its name):
  /// canonical JSON (the first character after white space is `{`), else a document of any carrier
  /// (``ReportImporter/importDocument(bytes:name:previous:limits:)`` picks the reader). Every command that takes a
  /// report loads it here.
  static func load(_ path: String, previous: Report? = nil) throws -> LoadedReport {
    let bytes = try readBytes(path)
    let name = path == "-" ? "standard input" : path
    let loaded = try ReportImporter.load(bytes: bytes, name: name, previous: previous)
    return LoadedReport(report: loaded.report, findings: loaded.findings, locations: loaded.locations)
  }

  /// Imports a report from a workbook path or standard input.
  static func importReport(_ path: String, previous: Report?) throws -> ReportImport {
    if path == "-" {
      let bytes = try readStandardInput(limit: ReadLimits.default.maxInputBytes)
      return try ReportImporter.importDocument(bytes: bytes, name: "standard input", previous: previous)
    }
    return try ReportImporter.importDocument(at: path, previous: previous)
  }

  /// Reads a report from JSON, or imports it from a workbook, by the file's first bytes.
  static func readReport(_ path: String) throws -> Report {
    try load(path).report
  }

  /// The bytes of a file or of standard input.
  static func readBytes(_ path: String, limit: Int = ReadLimits.default.maxInputBytes) throws -> [UInt8] {
    if path == "-" { return try readStandardInput(limit: limit) }
    do {
      return try FileBytes.read(path: path, limit: limit)
    } catch {
      throw XLSXError(error)
    }
  }
}
