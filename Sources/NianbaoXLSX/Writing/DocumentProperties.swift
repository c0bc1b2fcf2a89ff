/// The package's descriptive properties (`docProps/core.xml` and `docProps/app.xml`).
///
/// Dates are fixed text rather than the clock, so that the same document always gives the same bytes.
public struct DocumentProperties: Hashable, Sendable {
  /// The title, or `nil`.
  public var title: String?
  /// The subject, or `nil`.
  public var subject: String?
  /// The author, or `nil`.
  public var creator: String?
  /// Keywords, or `nil`.
  public var keywords: String?
  /// A description (Excel's "Comments"), or `nil`.
  public var comments: String?
  /// When the document was created, in UTC as `YYYY-MM-DDThh:mm:ssZ`.
  public var created: String
  /// When the document was last modified, in UTC as `YYYY-MM-DDThh:mm:ssZ`.
  public var modified: String
  /// The application recorded in `docProps/app.xml`.
  public var application: String

  /// Creates properties; both dates default to `1980-01-01T00:00:00Z`, the zip epoch.
  public init(
    title: String? = nil, subject: String? = nil, creator: String? = nil, keywords: String? = nil,
    comments: String? = nil, created: String = DocumentProperties.epoch, modified: String = DocumentProperties.epoch,
    application: String = "nianbao"
  ) {
    self.title = title
    self.subject = subject
    self.creator = creator
    self.keywords = keywords
    self.comments = comments
    self.created = created
    self.modified = modified
    self.application = application
  }

  /// The fixed default date, `1980-01-01T00:00:00Z`.
  public static let epoch = "1980-01-01T00:00:00Z"
}
