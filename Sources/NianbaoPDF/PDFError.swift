/// Why a PDF could not be read: a stable kind, the page concerned (1-based) where there is one, and a plain
/// English sentence.
public struct PDFError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong, as a stable identifier.
  public enum Kind: String, Sendable, CaseIterable {
    /// The file cannot be opened or read.
    case unreadableFile
    /// The bytes are not a PDF (no `%PDF` header).
    case notPDF
    /// The PDF is encrypted and needs a password to be opened.
    case encrypted
    /// The PDF is damaged (truncated, broken cross references, invalid objects).
    case damaged
    /// The file, a stream or a page is larger than the limits allow.
    case tooLarge
    /// The PDF has more pages than the limits allow.
    case tooManyPages
    /// Reading took longer than the limits allow.
    case tooSlow
    /// The pages are images (a scan): there is no text to read.
    case imagesOnly
    /// poppler, which PDFs are read through, is not installed on this machine.
    case unavailable
  }

  /// What went wrong.
  public let kind: Kind
  /// The 1-based page concerned, when one is.
  public let page: Int?
  /// A plain English sentence for a person.
  public let message: String

  /// Creates an error.
  public init(_ kind: Kind, page: Int? = nil, _ message: String) {
    self.kind = kind
    self.page = page
    self.message = message
  }

  /// The sentence.
  public var description: String { message }
}
