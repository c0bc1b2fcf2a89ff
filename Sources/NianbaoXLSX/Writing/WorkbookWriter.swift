/// Writes a ``WorkbookDocument`` as an XLSX file, or a workbook whose cells are produced while it is written.
///
/// The output is deterministic (the same cells always give the same bytes) and a file is written atomically: the
/// archive goes to a hidden temporary file in the target's folder, which is renamed into place once complete. On any
/// failure no output is left behind and an existing file at the path is untouched.
public enum WorkbookWriter {
  /// Writes the workbook to `path`, replacing any file there.
  ///
  /// The document is validated in full before anything is written. The sheets' rows are compressed as they are
  /// written and kept in temporary files beside the output, so that beyond the document itself memory holds only
  /// the workbook's shared strings and styles.
  ///
  /// - Throws: ``XLSXError`` — `.invalidWorkbook` or `.overlappingMerges` for a document that cannot be written,
  ///   `.writeFailed` (naming the path) when the file cannot be written.
  public static func write(_ document: WorkbookDocument, to path: String) throws {
    try DocumentValidator.validate(document)
    try AtomicFile.write(to: path) { temporary in
      try ZipWriter.write(
        WorkbookPackage.entries(document, storage: .spool(beside: path)), to: temporary, reportingAs: path)
    }
  }

  /// Writes a workbook whose sheets `sheets` adds to the ``WorkbookStream`` it is given, each with its cells
  /// appended one by one, to `path`, replacing any file there.
  ///
  /// Memory grows with one row, the shared strings and the styles, not with the number of rows: each sheet's rows are
  /// compressed on a second thread as they come and kept in a temporary file beside the output until the workbook
  /// is complete.
  /// The file is the one ``write(_:to:)`` writes for a document with the same sheets and cells.
  ///
  /// ```swift
  /// try WorkbookWriter.write(to: "big.xlsx") { workbook in
  ///   try workbook.addSheet(SheetDocument(name: "Data")) { sheet in
  ///     for (row, record) in records.enumerated() {
  ///       try sheet.append(WriteCell(CellReference(row: row + 1, column: 1)!, .string(record.name)))
  ///     }
  ///   }
  /// }
  /// ```
  ///
  /// - Throws: ``XLSXError`` — `.invalidWorkbook` or `.overlappingMerges` naming the sheet (and cell) that cannot be
  ///   written, `.writeFailed` (naming the path) when the file cannot be written — or whatever `sheets` throws.
  public static func write(
    to path: String, definedNames: [DefinedName] = [], properties: DocumentProperties = DocumentProperties(),
    sheets: (inout WorkbookStream) throws -> Void
  ) throws {
    try DocumentValidator.validate(properties)
    try AtomicFile.write(to: path) { temporary in
      var workbook = WorkbookStream(assembly: WorkbookAssembly(storage: .spool(beside: path), checksSheets: true))
      try sheets(&workbook)
      let entries = try workbook.assembly.entries(definedNames: definedNames, properties: properties)
      try ZipWriter.write(entries, to: temporary, reportingAs: path)
    }
  }

  /// The bytes of the XLSX file, for writing to standard output or elsewhere.
  ///
  /// - Throws: ``XLSXError`` — `.invalidWorkbook` or `.overlappingMerges` for a document that cannot be written,
  ///   `.writeFailed` when libxml2 or libzip fails.
  public static func data(_ document: WorkbookDocument) throws -> [UInt8] {
    try DocumentValidator.validate(document)
    return try ZipWriter.archive(WorkbookPackage.entries(document, storage: .memory))
  }
}
