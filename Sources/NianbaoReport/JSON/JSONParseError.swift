/// Why a text is not a JSON document, and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong, in a plain sentence.
  public let message: String
  /// The 1-based line of the problem.
  public let line: Int
  /// The 1-based column of the problem, counted in characters (Unicode scalars) from the start
  /// of the line.
  public let column: Int
  /// The 0-based byte offset of the problem in the UTF-8 input.
  public let offset: Int

  /// Creates an error.
  public init(message: String, line: Int, column: Int, offset: Int) {
    self.message = message
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// `line L, column C: message`.
  public var description: String { "line \(line), column \(column): \(message)" }
}
