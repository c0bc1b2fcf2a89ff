/// Writes a ``WorkbookDocument`` as an XLSX file.
///
/// The document is validated in full before any byte is written; the output is deterministic (the same document
/// always gives the same bytes) and a file is written atomically (see ``write(_:to:)``).
public enum WorkbookWriter {
  /// Writes the workbook to `path`, replacing any file there.
  ///
  /// The package is built in memory, written to a hidden temporary file in the same folder and renamed into
  /// place. On any failure no output is left behind and an existing file at `path` is untouched.
  ///
  /// - Throws: ``XLSXError`` — `.invalidWorkbook` or `.overlappingMerges` for a document that cannot be written,
  ///   `.writeFailed` (naming the path) when the file cannot be written.
  public static func write(_ document: WorkbookDocument, to path: String) throws {
    let bytes: [UInt8]
    do {
      bytes = try data(document)
    } catch let error as XLSXError where error.kind == .writeFailed {
      throw XLSXError(.writeFailed, "Cannot write '\(path)': \(error.message)", part: error.part)
    }
    try AtomicFile.write(bytes, to: path)
  }

  /// The bytes of the XLSX file, for writing to standard output or elsewhere.
  ///
  /// - Throws: ``XLSXError`` — `.invalidWorkbook` or `.overlappingMerges` for a document that cannot be written,
  ///   `.writeFailed` when libxml2 or libzip fails.
  public static func data(_ document: WorkbookDocument) throws -> [UInt8] {
    let parts = try WorkbookPackage.parts(document)
    return try ZipWriter.archive(parts.map { ZipWriter.Entry(name: $0.name, bytes: $0.bytes) })
  }
}
