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

extension ReportImporter {
  /// Imports a report from a file in any carrier, chosen by content: an XLSX workbook and a Word document are
  /// streamed from the file, other carriers are read whole (up to `limits.maxInputBytes`).
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
    let carrier = ReportCarrier.detect(kind) { try? ZipArchive(path: path, limits: limits).names }
    switch carrier {
    case .docx:
      return try importReport(
        from: readWord { () throws(DOCXError) in try DOCXReader.read(path: path, limits: limits) },
        source: path, previous: previous)
    case .pdf:
      return try importReport(
        from: readPDF { () throws(PDFError) in try PDFReader.read(path: path) }, source: path, previous: previous)
    case .text, .html:
      if HTMLReader.looksLikeHTML(FileBytes.head(path: path, count: 4096)) {
        // A page is streamed from the file: a 50 MB page costs a few megabytes.
        let grids: [SourceGrid]
        do {
          grids = try HTMLReader.read(path: path, limits: limits)
        } catch {
          throw .unreadableDocument(carrier: .html, kind: error.kind.rawValue, message: error.description)
        }
        return try importReport(from: grids, source: path, previous: previous)
      }
      let bytes: [UInt8]
      do {
        bytes = try FileBytes.read(path: path, limit: limits.maxInputBytes)
      } catch {
        throw .unreadable(XLSXError(error))
      }
      return try importDocument(bytes: bytes, name: path, previous: previous, limits: limits)
    case .xlsx, nil:
      // Workbooks are streamed from the file; anything else gets the XLSX reader's sentence naming what it is.
      return try importWorkbook(at: path, previous: previous, limits: limits)
    }
  }

  /// Imports a report held in memory in any carrier, chosen by content; `name` names it in messages.
  public static func importDocument(
    bytes: [UInt8], name: String, previous: Report? = nil, limits: ReadLimits = .default
  ) throws(ImportError) -> ReportImport {
    let kind = FileKind.detect(bytes)
    let carrier = ReportCarrier.detect(kind, head: bytes) {
      try? ZipArchive(bytes: bytes, displayName: name, limits: limits).names
    }
    switch carrier {
    case .docx:
      let grids = try readWord { () throws(DOCXError) in try DOCXReader.read(bytes: bytes, name: name, limits: limits) }
      return try importReport(from: grids, source: name, previous: previous)
    case .pdf:
      let grids = try readPDF { () throws(PDFError) in try PDFReader.read(bytes: bytes, name: name) }
      return try importReport(from: grids, source: name, previous: previous)
    case .html:
      let grids: [SourceGrid]
      do {
        grids = try HTMLReader.read(bytes: bytes, name: name, limits: limits)
      } catch {
        throw .unreadableDocument(carrier: .html, kind: error.kind.rawValue, message: error.description)
      }
      return try importReport(from: grids, source: name, previous: previous)
    case .text:
      let grids: [SourceGrid]
      do {
        grids = try TextReader.read(bytes: bytes, name: name, limits: limits)
      } catch {
        throw .unreadableDocument(carrier: .text, kind: error.kind.rawValue, message: error.message)
      }
      return try importReport(from: grids, source: name, previous: previous)
    case .xlsx, nil:
      return try importWorkbook(bytes: bytes, name: name, previous: previous, limits: limits)
    }
  }

  /// The grids a Word reader yields, its error made an ``ImportError``.
  private static func readWord(_ read: () throws(DOCXError) -> [SourceGrid]) throws(ImportError) -> [SourceGrid] {
    do {
      return try read()
    } catch {
      throw .unreadableDocument(carrier: .docx, kind: error.kind.rawValue, message: error.description)
    }
  }

  /// The grids the PDF reader yields, its error made an ``ImportError``.
  private static func readPDF(_ read: () throws(PDFError) -> [SourceGrid]) throws(ImportError) -> [SourceGrid] {
    do {
      return try read()
    } catch {
      throw .unreadableDocument(carrier: .pdf, kind: error.kind.rawValue, message: error.description)
    }
  }
}
