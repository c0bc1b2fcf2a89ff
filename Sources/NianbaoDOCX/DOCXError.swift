import NianbaoPackage

/// An error of the DOCX layer: what went wrong, in which part of the package, and a sentence for a person.
///
/// `kind` is stable and meant for programs and tests; `description` is meant for people.
public struct DOCXError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of failure the DOCX reader reports.
  public enum Kind: String, Sendable, CaseIterable {
    /// The file could not be opened or read.
    case unreadableFile
    /// The file is empty (zero bytes).
    case emptyFile
    /// The file is text (a web page, plain text, CSV, JSON), not a zip package.
    case textFile
    /// The file is a legacy Word 97–2003 document (`.doc`) or a WPS Office document (`.wps`): an OLE2 container.
    case legacyWord
    /// The document is password-protected (an encrypted OLE2 container).
    case encryptedDocument
    /// The file is of another known kind (an image, a PDF, a legacy Excel workbook, another OLE2 file).
    case otherFileType
    /// The file is a zip package but not a Word document (an XLSX workbook, a presentation, a plain zip).
    case notWordDocument
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
    /// A part inflates far more than real documents do (a zip bomb).
    case compressionRatioExceeded
    /// A part declares a DOCTYPE or uses an entity (DTDs and entities are refused).
    case doctypeRejected
    /// A part is not well-formed XML.
    case malformedXML
    /// A part the package needs is missing.
    case missingPart
    /// More text, cells, nested tables or nested elements than allowed.
    case contentLimitExceeded
  }

  /// What went wrong.
  public let kind: Kind
  /// The package part concerned, such as `word/document.xml`.
  public let part: String?
  /// A plain sentence that says what is wrong.
  public let message: String

  /// Creates an error.
  public init(_ kind: Kind, _ message: String, part: String? = nil) {
    self.kind = kind
    self.message = message
    self.part = part
  }

  /// The part (`part word/document.xml: …`) followed by the message.
  public var description: String {
    part.map { "part \($0): \(message)" } ?? message
  }
}

extension DOCXError {
  /// The package layer's error as an error of the DOCX layer, with the same part and sentence.
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
      case .encryptedPart: .encryptedDocument
      case .doctypeRejected: .doctypeRejected
      case .malformedXML: .malformedXML
      case .missingPart: .missingPart
      case .contentLimitExceeded: .contentLimitExceeded
      }
    self.init(kind, error.message, part: error.part)
  }

  /// Runs `body`, turning whatever it throws into a ``DOCXError``: what the DOCX reader's public calls throw is
  /// always of this layer.
  static func translating<T>(_ body: () throws -> T) throws(DOCXError) -> T {
    do {
      return try body()
    } catch let error as DOCXError {
      throw error
    } catch let error as PackageError {
      throw DOCXError(error)
    } catch {
      throw DOCXError(.unreadableFile, "The document could not be read (\(error)).")
    }
  }
}
