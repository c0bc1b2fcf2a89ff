/// Bounds the PDF reader keeps to, so that a hostile or broken file costs bounded memory and time.
public struct PDFLimits: Sendable, Equatable {
  /// The most bytes the file may have. The PDF library keeps its own copy of the bytes while the file is read, so
  /// the default of 32 MiB keeps the whole read near 64 MiB.
  public var maxBytes: Int
  /// The most pages the document may have.
  public var maxPages: Int
  /// The most bytes one stream may inflate to (checked before the PDF library reads the file).
  public var maxStreamBytes: Int
  /// The most characters one page may hold.
  public var maxCharactersPerPage: Int
  /// The most seconds reading one page may take.
  public var maxSecondsPerPage: Double
  /// The most seconds reading the whole document may take.
  public var maxSeconds: Double

  /// Creates limits; every value has a safe default.
  public init(
    maxBytes: Int = 32 << 20, maxPages: Int = 200, maxStreamBytes: Int = 32 << 20,
    maxCharactersPerPage: Int = 50_000, maxSecondsPerPage: Double = 2, maxSeconds: Double = 10
  ) {
    self.maxBytes = maxBytes
    self.maxPages = maxPages
    self.maxStreamBytes = maxStreamBytes
    self.maxCharactersPerPage = maxCharactersPerPage
    self.maxSecondsPerPage = maxSecondsPerPage
    self.maxSeconds = maxSeconds
  }

  /// The default limits: generous for a report of a few dozen pages (a text PDF of a report is well under 1 MiB).
  public static let `default` = PDFLimits()
}
