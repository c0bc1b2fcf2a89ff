/// Bounds the reader keeps to, so that a hostile or broken file costs bounded memory and time.
///
/// The defaults are generous for real report workbooks and sheets of a few hundred thousand rows.
public struct ReadLimits: Sendable, Equatable {
  /// The most bytes one part may inflate to.
  public var maxPartBytes: Int64
  /// The most bytes all parts read together may inflate to.
  public var maxTotalBytes: Int64
  /// The largest inflated/compressed ratio allowed for parts larger than `ratioThresholdBytes`.
  public var maxCompressionRatio: Double
  /// Parts that inflate to fewer bytes than this are not held to `maxCompressionRatio`.
  public var ratioThresholdBytes: Int64
  /// The most entries the zip may hold.
  public var maxEntries: Int
  /// The most shared strings.
  public var maxSharedStrings: Int
  /// The most characters of text (shared strings and inline strings of one row) kept at once, in UTF-8 bytes.
  public var maxTextBytes: Int
  /// The most merged ranges on one sheet.
  public var maxMerges: Int
  /// The most bytes one input file may have when read whole (standard input).
  public var maxInputBytes: Int

  /// Creates limits; every value has a safe default.
  public init(
    maxPartBytes: Int64 = 1 << 30,
    maxTotalBytes: Int64 = 2 << 30,
    maxCompressionRatio: Double = 100,
    ratioThresholdBytes: Int64 = 100 * 1024,
    maxEntries: Int = 10_000,
    maxSharedStrings: Int = 5_000_000,
    maxTextBytes: Int = 256 << 20,
    maxMerges: Int = 100_000,
    maxInputBytes: Int = 512 << 20
  ) {
    self.maxPartBytes = maxPartBytes
    self.maxTotalBytes = maxTotalBytes
    self.maxCompressionRatio = maxCompressionRatio
    self.ratioThresholdBytes = ratioThresholdBytes
    self.maxEntries = maxEntries
    self.maxSharedStrings = maxSharedStrings
    self.maxTextBytes = maxTextBytes
    self.maxMerges = maxMerges
    self.maxInputBytes = maxInputBytes
  }

  /// The default limits.
  public static let `default` = ReadLimits()
}
