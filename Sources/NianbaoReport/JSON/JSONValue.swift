/// A JSON number kept as its exact source text, so that `24252.311082` is never rounded.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
  /// The number as written: a valid RFC 8259 number lexeme.
  public let text: String

  /// Wraps a lexeme, or returns `nil` when `text` is not a JSON number.
  public init?(_ text: String) {
    guard JSONNumberLexeme(text) != nil else { return nil }
    self.text = text
  }

  /// The number an integer denotes.
  public init(_ value: Int) {
    text = String(value)
  }

  /// The exact value.
  public var decimal: DecimalNumber { DecimalNumber(jsonText: text)! }

  /// The exact value as an `Int` (`5`, `5.0` and `5e0` all give 5), or `nil` when the number has
  /// a fractional part or does not fit.
  public var intValue: Int? { decimal.intValue }

  /// The number as written.
  public var description: String { text }
}

/// A member of a JSON object.
public struct JSONMember: Sendable, Hashable {
  /// The member's key.
  public let key: String
  /// The member's value.
  public let value: JSONValue

  /// Creates a member.
  public init(_ key: String, _ value: JSONValue) {
    self.key = key
    self.value = value
  }
}

/// A JSON value. Numbers keep their source text and objects keep their member order.
///
/// `==` compares structure exactly (member order and number spelling included); use
/// ``isSemanticallyEqual(to:)`` to compare meaning.
public enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as written.
  case number(JSONNumber)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object, members in order (keys are unique in parsed documents).
  case object([JSONMember])

  /// A number value from an integer.
  public static func integer(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

  /// The value of an object's member, or `nil` when this is not an object or has no such key.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The members of an object, or `nil` for other values.
  public var members: [JSONMember]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The JSON type name: `null`, `boolean`, `number`, `string`, `array` or `object`.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// A short description for error messages: `null`, `true`, `the number 1.5`,
  /// `the string "12"`, `an array`, `an object`.
  public var briefDescription: String {
    switch self {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .number(let number): "the number \(number.text)"
    case .string(let string):
      "the string \"\(string.count > 40 ? String(string.prefix(40)) + "…" : string)\""
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// Whether two values mean the same: numbers compared by value, objects regardless of member
  /// order, arrays element by element.
  public func isSemanticallyEqual(to other: JSONValue) -> Bool {
    switch (self, other) {
    case (.null, .null): return true
    case (.bool(let lhs), .bool(let rhs)): return lhs == rhs
    case (.number(let lhs), .number(let rhs)): return lhs.decimal == rhs.decimal
    case (.string(let lhs), .string(let rhs)): return lhs == rhs
    case (.array(let lhs), .array(let rhs)):
      return lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.isSemanticallyEqual(to: $1) }
    case (.object(let lhs), .object(let rhs)):
      guard lhs.count == rhs.count else { return false }
      return lhs.allSatisfy { member in
        rhs.first { $0.key == member.key }.map { member.value.isSemanticallyEqual(to: $0.value) } ?? false
      }
    default: return false
    }
  }
}
