import NianbaoGrid
import NianbaoPackage
import NianbaoText
import NianbaoXLSX

/// The carriers a report arrives in, told apart by content (never by the file's extension alone).
public enum ReportCarrier: String, Sendable, CaseIterable {
  /// An XLSX workbook.
  case xlsx
  /// A page of text: a web page saved as text, one table cell per line.
  case text

  /// The file name endings of every carrier, for picking a folder's reports (the reader is then chosen by
  /// content).
  public static var fileExtensions: [String] { allCases.flatMap(\.extensions) }

  /// The file name endings of this carrier.
  public var extensions: [String] {
    switch self {
    case .xlsx: [".xlsx"]
    case .text: [".txt"]
    }
  }

  /// What the carrier is called in messages.
  public var displayName: String {
    switch self {
    case .xlsx: "XLSX workbook"
    case .text: "text"
    }
  }

  /// The carrier of a file by its first bytes (and, for a zip package, its entry names); `nil` when no carrier
  /// reads it (the importer then says what the file is).
  static func detect(_ bytes: [UInt8]) -> ReportCarrier? {
    switch FileKind.detect(bytes) {
    case .zip: return .xlsx
    case .text: return .text
    default: return nil
    }
  }
}

extension ReportImporter {
  /// Imports a report from a file in any carrier, chosen by content: an XLSX workbook is streamed from the file,
  /// other carriers are read whole (up to `limits.maxInputBytes`).
  public static func importDocument(at path: String, previous: Report? = nil, limits: ReadLimits = .default)
    throws(ImportError) -> ReportImport
  {
    let kind: FileKind
    do {
      kind = try FileKind.detect(path: path)
    } catch let error as PackageError {
      throw .unreadable(XLSXError(error))
    } catch {
      throw .unreadable(XLSXError(.unreadableFile, "The file \(path) cannot be read."))
    }
    guard kind == .text else {
      // Workbooks are streamed from the file; anything else gets the XLSX reader's sentence naming what it is.
      return try importWorkbook(at: path, previous: previous, limits: limits)
    }
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path: path, limit: limits.maxInputBytes)
    } catch {
      throw .unreadable(XLSXError(error))
    }
    return try importDocument(bytes: bytes, name: path, previous: previous, limits: limits)
  }

  /// Imports a report held in memory in any carrier, chosen by content; `name` names it in messages.
  public static func importDocument(
    bytes: [UInt8], name: String, previous: Report? = nil, limits: ReadLimits = .default
  ) throws(ImportError) -> ReportImport {
    let (carrier, grids) = try readGrids(bytes: bytes, name: name, limits: limits)
    guard carrier != .xlsx else {
      return try importWorkbook(bytes: bytes, name: name, previous: previous, limits: limits)
    }
    return try importReport(from: grids, source: name, previous: previous)
  }

  /// The grids of a document and its carrier. XLSX yields no grids here: workbooks are read by
  /// ``importWorkbook(bytes:name:previous:limits:)``, which names its own errors.
  static func readGrids(bytes: [UInt8], name: String, limits: ReadLimits) throws(ImportError)
    -> (ReportCarrier, [SourceGrid])
  {
    switch ReportCarrier.detect(bytes) {
    case .text:
      do {
        return (.text, try TextReader.read(bytes: bytes, name: name, limits: limits))
      } catch {
        throw .unreadableDocument(carrier: .text, kind: error.kind.rawValue, message: error.message)
      }
    case .xlsx, nil:
      // A zip is a workbook here; anything else gets the XLSX reader's sentence naming what the file is.
      return (.xlsx, [])
    }
  }
}
