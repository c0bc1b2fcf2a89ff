import NianbaoGrid
import NianbaoPackage

/// Reads a Word document (`.docx`) into grids: its body paragraphs in a grid named `正文` (one paragraph per row,
/// in column 1, in document order) and each of its tables in a grid of its own, `表格1`, `表格2`, … in the order the
/// tables begin (see ``DocumentGridBuilder``).
///
/// The package is read through libzip with the inflation limits of ``ReadLimits`` and its main document part
/// (found through `_rels/.rels`, else `word/document.xml`) is streamed through libxml2's SAX2 parser: no DOCTYPE,
/// no entities, no network, at most ``maxElementDepth`` nested elements, ``maxTableNesting`` nested tables and
/// ``maxCells`` cells and paragraphs. Legacy `.doc` and `.wps` files, other zips and non-zip files are refused with a
/// ``DOCXError`` that says what the file is.
public enum DOCXReader {
  /// The most table cells and paragraphs one document may hold together (a report holds a few hundred).
  public static let maxCells = 50_000
  /// The most bytes of text one document may hold (a report holds tens of kilobytes), below `ReadLimits.maxTextBytes`
  /// when that is larger, so that a huge document is refused before its text costs much memory.
  public static let maxDocumentTextBytes = 4 << 20
  /// The most tables that may nest inside each other.
  public static let maxTableNesting = DocumentPartHandler.maxTableNesting
  /// The most elements that may nest inside each other in the document part.
  public static let maxElementDepth = DocumentPartHandler.maxElementDepth

  /// Reads the document at `path`.
  public static func read(path: String, limits: ReadLimits = .default) throws(DOCXError) -> [SourceGrid] {
    try DOCXError.translating {
      if let rejection = try FileKind.detect(path: path).docxRejection(file: path) { throw rejection }
      return try read(ZipArchive(path: path, limits: limits))
    }
  }

  /// Reads a document held in memory (for example read from standard input); `name` is used in messages.
  public static func read(bytes: [UInt8], name: String, limits: ReadLimits = .default) throws(DOCXError)
    -> [SourceGrid]
  {
    guard bytes.count <= limits.maxInputBytes else {
      throw DOCXError(.packageTooLarge, "The input \(name) is larger than \(limits.maxInputBytes) bytes.")
    }
    return try DOCXError.translating {
      if let rejection = FileKind.detect(bytes).docxRejection(file: name) { throw rejection }
      return try read(ZipArchive(bytes: bytes, displayName: name, limits: limits))
    }
  }

  /// Reads the document in a zip package already opened (the importer opens a package once to tell a Word document
  /// from a workbook by its entries).
  package static func read(archive: ZipArchive) throws(DOCXError) -> [SourceGrid] {
    try DOCXError.translating { try read(archive) }
  }

  private static func read(_ archive: ZipArchive) throws -> [SourceGrid] {
    let part = try MainDocumentPart.find(in: archive)
    let stream = try archive.open(part)
    var handler = try XMLEventParser.parse(
      stream,
      with: DocumentPartHandler(
        part: stream.part, maxCells: maxCells, maxTextBytes: min(archive.limits.maxTextBytes, maxDocumentTextBytes)))
    return handler.grids()
  }
}
