import NianbaoPackage

/// An error of the XLSX layer: what went wrong, where (file part, sheet, cell) and a sentence for a person.
///
/// `kind` is stable and meant for programs and tests; `description` is meant for people.
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of failure the XLSX layer reports.
  public enum Kind: String, Sendable, CaseIterable {
    /// The file could not be opened or read.
    case unreadableFile
    /// The file is empty (zero bytes).
    case emptyFile
    /// The file is text (CSV, TSV, HTML or similar), not a zip package.
    case textFile
    /// The file is a legacy Excel 97–2003 workbook (.xls, BIFF in an OLE2 container).
    case legacyXLS
    /// The workbook is password-protected (an encrypted OLE2 container).
    case encryptedWorkbook
    /// The file is of another known kind (an image, a PDF, an OLE2 document that is not a workbook…).
    case otherFileType
    /// The file is a zip package but not a spreadsheet (a Word document, a presentation, a plain zip).
    case notSpreadsheetPackage
    /// The zip is cut short: its central directory is missing.
    case truncatedZip
    /// The zip is damaged in another way.
    case corruptZip
    /// A part's data does not match its checksum.
    case checksumMismatch
    /// Two entries share a name, or names that differ only in letter case.
    case duplicateEntry
    /// An entry name is absolute or climbs out of the package (`../`).
    case unsafeEntryName
    /// The package has more entries than allowed.
    case tooManyEntries
    /// A part inflates to more bytes than allowed.
    case partTooLarge
    /// All parts together inflate to more bytes than allowed.
    case packageTooLarge
    /// A part inflates far more than real spreadsheets do (a zip bomb).
    case compressionRatioExceeded
    /// A part declares a DOCTYPE (DTDs and entities are refused).
    case doctypeRejected
    /// A part is not well-formed XML, or not the XML expected there.
    case malformedXML
    /// A part the package needs is missing.
    case missingPart
    /// A cell or range reference is malformed or beyond `XFD1048576`.
    case invalidReference
    /// A cell points at a shared string that does not exist.
    case sharedStringOutOfRange
    /// More shared strings, text, rows, cells or merges than allowed.
    case contentLimitExceeded
    /// Merged ranges overlap each other (refused when writing).
    case overlappingMerges
    /// The workbook to write is not valid (an empty or duplicate sheet name, a bad value).
    case invalidWorkbook
    /// The output could not be written.
    case writeFailed
  }

  /// What went wrong.
  public let kind: Kind
  /// The package part concerned, such as `xl/worksheets/sheet1.xml`.
  public let part: String?
  /// The sheet concerned, by name.
  public let sheet: String?
  /// The cell concerned, in A1 notation.
  public let cell: String?
  /// A plain sentence that says what is wrong.
  public let message: String

  /// Creates an error.
  public init(_ kind: Kind, _ message: String, part: String? = nil, sheet: String? = nil, cell: String? = nil) {
    self.kind = kind
    self.message = message
    self.part = part
    self.sheet = sheet
    self.cell = cell
  }

  /// The error with a sheet name (and cell) added where it was not known when the error was raised.
  public func located(sheet: String?, cell: String? = nil) -> XLSXError {
    XLSXError(kind, message, part: part, sheet: self.sheet ?? sheet, cell: self.cell ?? cell)
  }

  /// The place (`'表三'!J12 in xl/worksheets/sheet1.xml`) followed by the message.
  public var description: String {
    var place: [String] = []
    switch (sheet, cell) {
    case (let sheet?, let cell?): place.append("'\(sheet)'!\(cell)")
    case (let sheet?, nil): place.append("sheet '\(sheet)'")
    case (nil, let cell?): place.append("cell \(cell)")
    case (nil, nil): break
    }
    if let part { place.append("part \(part)") }
    return place.isEmpty ? message : place.joined(separator: ", ") + ": " + message
  }
}

extension XLSXError {
  /// The package layer's error as an error of the XLSX layer, with the same kind, part and sentence.
  public init(_ error: PackageError) {
    let kind: Kind =
      switch error.kind {
      case .unreadableFile: .unreadableFile
      case .truncatedZip: .truncatedZip
      case .corruptZip: .corruptZip
      case .checksumMismatch: .checksumMismatch
      case .duplicateEntry: .duplicateEntry
      case .unsafeEntryName: .unsafeEntryName
      case .tooManyEntries: .tooManyEntries
      case .partTooLarge: .partTooLarge
      case .packageTooLarge: .packageTooLarge
      case .compressionRatioExceeded: .compressionRatioExceeded
      case .encryptedPart: .encryptedWorkbook
      case .doctypeRejected: .doctypeRejected
      case .malformedXML: .malformedXML
      case .missingPart: .missingPart
      case .contentLimitExceeded: .contentLimitExceeded
      }
    self.init(kind, error.message, part: error.part)
  }

  /// Runs `body`, turning any ``PackageError`` it throws into an ``XLSXError``: what the XLSX reader's public calls
  /// throw is always of this layer.
  static func translating<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as PackageError {
      throw XLSXError(error)
    }
  }
}
