/// An error of the HTML carrier: what went wrong with a web page, where, and a sentence for a person.
///
/// `kind` is stable and meant for programs and tests; `description` is meant for people and names the page.
public struct HTMLError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of failure the HTML reader reports.
  public enum Kind: String, Sendable, CaseIterable {
    /// The file could not be opened or read.
    case unreadableFile
    /// The page has more bytes than `ReadLimits.maxInputBytes`.
    case inputTooLarge
    /// The page declares an encoding the reader does not know.
    case unsupportedEncoding
    /// The page's bytes are not valid in its declared (or detected) encoding.
    case invalidEncoding
    /// Elements nest deeper than ``HTMLReader/maxDepth``.
    case tooDeep
    /// A tag or comment is longer than ``HTMLReader/maxTagBytes``, or a script or style than
    /// ``HTMLReader/maxRawTextBytes`` (no real page writes one).
    case tagTooLong
    /// More table cells than ``HTMLReader/maxCells``, or more text than `ReadLimits.maxTextBytes`.
    case contentLimitExceeded
    /// libxml2's HTML parser could not be started or gave up on the page.
    case parserFailed
  }

  /// What went wrong.
  public let kind: Kind
  /// A plain sentence that says what is wrong, naming the page.
  public let message: String

  /// Creates an error.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
