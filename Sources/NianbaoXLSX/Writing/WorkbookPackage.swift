/// One part of the package: its name in the zip and its bytes.
struct PackagePart: Equatable {
  /// The part name, such as `xl/workbook.xml`.
  var name: String
  /// The part's XML.
  var bytes: [UInt8]
}

/// Turns a document into the parts of an XLSX package, in memory.
enum WorkbookPackage {
  /// Validates the document and returns its parts in the order they are stored in the zip:
  /// `[Content_Types].xml`, `_rels/.rels`, the workbook and its relationships, the worksheets, styles, shared
  /// strings, then the document properties.
  static func parts(_ document: WorkbookDocument) throws -> [PackagePart] {
    try DocumentValidator.validate(document)
    return try entries(document, storage: .memory).map { entry in
      PackagePart(
        name: entry.name,
        bytes: entry.pieces.flatMap { piece -> [UInt8] in
          guard case .bytes(let bytes) = piece else { preconditionFailure("a spooled piece in memory") }
          return bytes
        })
    }
  }

  /// The zip entries of a validated document's package, the sheets' rows kept as `storage` says.
  static func entries(_ document: WorkbookDocument, storage: WorkbookAssembly.Storage) throws -> [ZipWriter.Entry] {
    var assembly = WorkbookAssembly(storage: storage, checksSheets: false)
    for sheet in document.sheets { try assembly.addSheet(sheet) { _ in } }
    return try assembly.entries(definedNames: document.definedNames, properties: document.properties)
  }
}
