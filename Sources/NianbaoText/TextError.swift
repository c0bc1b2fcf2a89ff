/// An error of the text carrier: what is wrong with a text file, in a sentence for a person.
///
/// `kind` is stable and meant for programs and tests; `description` is meant for people.
public struct TextError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of failure the text reader reports.
  public enum Kind: String, Sendable, CaseIterable {
    /// The file could not be opened or read.
    case unreadableFile
    /// The file is larger than the reader accepts.
    case tooLarge
    /// The bytes are not text in an encoding the reader knows (UTF-8, or UTF-16 with a byte order mark).
    case notText
    /// The text holds more lines or cells than the reader accepts.
    case contentLimitExceeded
  }

  /// What went wrong.
  public let kind: Kind
  /// A plain sentence that says what is wrong.
  public let message: String

  /// Creates an error.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The sentence.
  public var description: String { message }
}
