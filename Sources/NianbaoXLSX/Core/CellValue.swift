/// What a cell holds, as the file stores it.
///
/// Numbers keep the exact text of the source (`24252.311082`, `1E-3`), so that no digit is lost
/// through a binary floating-point value.
public enum CellValue: Hashable, Sendable {
  /// No value: an empty cell, or a formula without a cached value.
  case empty
  /// Text: a shared string (rich-text runs joined), an inline string or a formula's string result.
  case string(String)
  /// A number as its exact source text.
  case number(String)
  /// A boolean.
  case boolean(Bool)
  /// An error value such as `#DIV/0!`.
  case error(String)

  /// The text of the value, as a person would read it (`TRUE`/`FALSE` for booleans, empty for `.empty`).
  public var text: String {
    switch self {
    case .empty: return ""
    case .string(let text), .number(let text), .error(let text): return text
    case .boolean(let flag): return flag ? "TRUE" : "FALSE"
    }
  }

  /// A short name for the kind of value: `empty`, `string`, `number`, `boolean` or `error`.
  public var kindName: String {
    switch self {
    case .empty: return "empty"
    case .string: return "string"
    case .number: return "number"
    case .boolean: return "boolean"
    case .error: return "error"
    }
  }
}
