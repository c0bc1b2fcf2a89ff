/// An error of the package layer (zip entries, XML parts, limits): what went wrong, in which part, and a sentence for
/// a person. Each carrier (XLSX, DOCX, …) turns it into its own error type at its public edge.
///
/// `kind` is stable and meant for programs and tests; `description` is meant for people.
public struct PackageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of failure the package layer reports.
  public enum Kind: String, Sendable, CaseIterable {
    /// The file could not be opened or read.
    case unreadableFile
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
    /// A part is encrypted (the package is password-protected).
    case encryptedPart
    /// A part declares a DOCTYPE or uses an entity (DTDs and entities are refused).
    case doctypeRejected
    /// A part is not well-formed XML, or nests deeper or holds longer text than allowed.
    case malformedXML
    /// A part the package needs is missing.
    case missingPart
    /// More text, cells or elements than allowed.
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

  /// The part (`part word/document.xml`) followed by the message.
  public var description: String {
    part.map { "part \($0): \(message)" } ?? message
  }
}
