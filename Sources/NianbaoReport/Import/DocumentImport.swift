import NianbaoDOCX
import NianbaoGrid
import NianbaoHTML
import NianbaoPDF
import NianbaoPackage
import NianbaoText
import NianbaoXLSX

/// The carriers a report arrives in, told apart by content (never by the file's extension alone).
public enum ReportCarrier: String, Sendable, CaseIterable {
  /// An XLSX workbook.
  case xlsx
  /// A Word document (`.docx`; a legacy `.doc` or `.wps` is named and refused by this reader).
  case docx
  /// A web page (HTML, in UTF-8 or GB18030/GBK/GB2312 as it declares).
  case html
  /// A PDF with a text layer (a scan is named and refused).
  case pdf
  /// A page of text: a web page saved as text (one table cell per line), or a PDF's text in reading order.
  case text

  /// The file name endings of every carrier, for picking a folder's reports (the reader is then chosen by
  /// content).
  public static var fileExtensions: [String] { allCases.flatMap(\.extensions) }

  /// The file name endings of this carrier.
  public var extensions: [String] {
    switch self {
    case .xlsx: [".xlsx"]
    case .docx: [".docx", ".doc", ".wps"]
    case .html: [".html", ".htm", ".shtml"]
    case .pdf: [".pdf"]
    case .text: [".txt"]
    }
  }

  /// What the carrier is called in messages.
  public var displayName: String {
    switch self {
    case .xlsx: "XLSX workbook"
    case .docx: "Word document"
    case .html: "web page"
    case .pdf: "PDF"
    case .text: "text"
    }
  }

  /// The carrier of a file of `kind` (for a zip package, by its entry names: `word/` is a Word document; for text,
  /// by its first bytes: a page that starts like HTML is a web page); `nil` when no carrier reads it (the XLSX
  /// reader then says what the file is).
  static func detect(_ kind: FileKind, head: [UInt8] = [], entries: () -> [String]?) -> ReportCarrier? {
    switch kind {
    case .zip:
      let names = entries() ?? []
      let isWord =
        names.contains { $0.lowercased() == "word/document.xml" }
        && !names.contains { $0.lowercased() == "xl/workbook.xml" }
      return isWord ? .docx : .xlsx
    case .legacyWord: return .docx
    case .pdf: return .pdf
    case .text: return HTMLReader.looksLikeHTML(head) ? .html : .text
    default: return nil
    }
  }
}

/// A carrier's typed error: a stable kind and a sentence, passed on by the importer as
/// ``ImportError/unreadableDocument(carrier:kind:message:)``.
protocol CarrierReadError: Error, CustomStringConvertible {
  /// The carrier's stable error kinds.
  associatedtype Kind: RawRepresentable where Kind.RawValue == String
  /// What went wrong, as a stable name.
  var kind: Kind { get }
}

extension DOCXError: CarrierReadError {}
extension HTMLError: CarrierReadError {}
extension PDFError: CarrierReadError {}
extension TextError: CarrierReadError {}

extension ReportImporter {
  /// The largest file read whole before importing; larger ones are streamed from the file.
  static let smallFileLimit = 1 << 20

  /// Imports a report from a file in any carrier, chosen by content: an XLSX workbook, a Word document and a web
  /// page are streamed from the file, other carriers are read whole (up to `limits.maxInputBytes`). A zip package is
  /// opened once: its entries tell a Word document from a workbook, and the same package is then read.
  public static func importDocument(at path: String, previous: Report? = nil, limits: ReadLimits = .default)
    throws(ImportError) -> ReportImport
  {
    // A small file (a report is some ten kilobytes) is read in one call and imported from memory.
    if let bytes = FileBytes.small(path: path, limit: min(limits.maxInputBytes, smallFileLimit)) {
      return try importDocument(bytes: bytes, name: path, previous: previous, limits: limits)
    }
    let kind: FileKind
    do {
      kind = try FileKind.detect(path: path)
    } catch let error as PackageError {
      throw .unreadable(XLSXError(error))
    } catch {
      throw .unreadable(XLSXError(.unreadableFile, "The file \(path) cannot be read."))
    }
    if kind == .zip, let archive = try? ZipArchive(path: path, limits: limits) {
      return try importPackage(archive, source: path, previous: previous)
    }
    switch ReportCarrier.detect(kind, entries: { nil }) {
    case .pdf:
      return try importReport(
        from: reading(.pdf) { () throws(PDFError) in try PDFReader.read(path: path) }, source: path,
        previous: previous)
    case .text, .html:
      if HTMLReader.looksLikeHTML(FileBytes.head(path: path, count: 4096)) {
        // A page is streamed from the file: a 50 MB page costs a few megabytes.
        return try importReport(
          from: reading(.html) { () throws(HTMLError) in try HTMLReader.read(path: path, limits: limits) },
          source: path, previous: previous)
      }
      let bytes: [UInt8]
      do {
        bytes = try FileBytes.read(path: path, limit: limits.maxInputBytes)
      } catch {
        throw .unreadable(XLSXError(error))
      }
      return try importDocument(bytes: bytes, name: path, previous: previous, limits: limits)
    case .docx:
      // A legacy Word file: the Word reader names it.
      return try importReport(
        from: reading(.docx) { () throws(DOCXError) in try DOCXReader.read(path: path, limits: limits) },
        source: path, previous: previous)
    case .xlsx, nil:
      // A package libzip refuses, or anything else: the XLSX reader's sentence names what it is.
      return try importWorkbook(at: path, previous: previous, limits: limits)
    }
  }

  /// Imports a report held in memory in any carrier, chosen by content; `name` names it in messages.
  public static func importDocument(
    bytes: [UInt8], name: String, previous: Report? = nil, limits: ReadLimits = .default
  ) throws(ImportError) -> ReportImport {
    let kind = FileKind.detect(bytes)
    if kind == .zip, bytes.count <= limits.maxInputBytes,
      let archive = try? ZipArchive(bytes: bytes, displayName: name, limits: limits)
    {
      return try importPackage(archive, source: name, previous: previous)
    }
    let grids: [SourceGrid]
    switch ReportCarrier.detect(kind, head: bytes, entries: { nil }) {
    case .docx:
      grids = try reading(.docx) { () throws(DOCXError) in
        try DOCXReader.read(bytes: bytes, name: name, limits: limits)
      }
    case .pdf:
      grids = try reading(.pdf) { () throws(PDFError) in try PDFReader.read(bytes: bytes, name: name) }
    case .html:
      grids = try reading(.html) { () throws(HTMLError) in
        try HTMLReader.read(bytes: bytes, name: name, limits: limits)
      }
    case .text:
      grids = try reading(.text) { () throws(TextError) in
        try TextReader.read(bytes: bytes, name: name, limits: limits)
      }
    case .xlsx, nil:
      return try importWorkbook(bytes: bytes, name: name, previous: previous, limits: limits)
    }
    return try importReport(from: grids, source: name, previous: previous)
  }

  /// Imports the Word document or workbook in an opened zip package, told apart by its entries.
  private static func importPackage(_ archive: ZipArchive, source: String, previous: Report?) throws(ImportError)
    -> ReportImport
  {
    if ReportCarrier.detect(.zip, entries: { archive.names }) == .docx {
      return try importReport(
        from: reading(.docx) { () throws(DOCXError) in try DOCXReader.read(archive: archive) }, source: source,
        previous: previous)
    }
    let reader: WorkbookReader
    do {
      reader = try WorkbookReader(archive: archive)
    } catch let error as XLSXError {
      throw .unreadable(error)
    } catch {
      throw .unreadable(XLSXError(.unreadableFile, "\(error)"))
    }
    return try BoundedWorkbookImport.importReport(from: reader, source: source, previous: previous)
  }

  /// The grids a carrier's reader yields, its typed error made an ``ImportError`` naming the carrier.
  private static func reading<Failure: CarrierReadError>(
    _ carrier: ReportCarrier, _ read: () throws(Failure) -> [SourceGrid]
  ) throws(ImportError) -> [SourceGrid] {
    do {
      return try read()
    } catch {
      throw .unreadableDocument(carrier: carrier, kind: error.kind.rawValue, message: error.description)
    }
  }
}
