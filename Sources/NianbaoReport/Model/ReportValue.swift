/// The value of a filled cell. A blank cell has no value (`nil`), which is not zero.
public enum ReportValue: Sendable, Hashable, CustomStringConvertible {
  /// An integer: a count (≥ 0) or, for 本年增/减, a signed change.
  case count(Int)
  /// A decimal amount with exact digits.
  case amount(Amount)

  /// The largest magnitude a count may have: 2^53 − 1, the largest integer every JSON reader
  /// (JavaScript included) represents exactly.
  public static let maximumCount = 9_007_199_254_740_991

  /// The integer, for a count.
  public var count: Int? {
    if case .count(let value) = self { return value }
    return nil
  }

  /// The amount, for an amount.
  public var amount: Amount? {
    if case .amount(let value) = self { return value }
    return nil
  }

  /// Whether the value is zero.
  public var isZero: Bool {
    switch self {
    case .count(let value): value == 0
    case .amount(let value): value.isZero
    }
  }

  /// Whether the value may fill a cell of `kind`.
  public func fits(_ kind: ValueKind) -> Bool {
    switch (self, kind) {
    case (.count(let value), .count): (0...Self.maximumCount).contains(value)
    case (.count(let value), .signedCount): (-Self.maximumCount...Self.maximumCount).contains(value)
    case (.amount, .amount): true
    default: false
    }
  }

  /// The value as JSON.
  public var jsonValue: JSONValue {
    switch self {
    case .count(let value): .integer(value)
    case .amount(let value): .number(value.jsonNumber)
    }
  }

  /// The number as text, e.g. `13`, `-18`, `24252.311082`.
  public var description: String {
    switch self {
    case .count(let value): String(value)
    case .amount(let value): value.text
    }
  }
}
