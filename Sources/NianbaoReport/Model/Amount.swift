/// A non-negative decimal amount held as its exact digits, e.g. `24252.311082` or `251000`.
///
/// The digits are never converted to binary floating point: `text` is what the source wrote,
/// minus a sign, redundant leading zeros and any exponent. Equality compares values
/// (`7730.28` equals `7730.280`); ``text`` keeps the spelling.
public struct Amount: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The digits: `0` or digits without leading zero, optionally `.` and at least one digit.
  public let text: String

  /// The most digits an amount may have (a bound against absurd inputs).
  public static let maximumDigits = 64

  /// Zero.
  public static let zero = Amount(validated: "0")

  private init(validated text: String) {
    self.text = text
  }

  /// Parses plain decimal digits (`251000`, `0.5`, `0024.10`); `nil` for anything else,
  /// including signs, exponents, separators, units and more than ``maximumDigits`` digits.
  public init?(_ text: String) {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let integerPart = parts.first, !integerPart.isEmpty else { return nil }
    let fractionPart = parts.count == 2 ? parts[1] : nil
    if let fractionPart, fractionPart.isEmpty { return nil }
    let allDigits =
      integerPart.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
      && (fractionPart?.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } ?? true)
    guard allDigits, integerPart.count + (fractionPart?.count ?? 0) <= Self.maximumDigits else { return nil }
    var integer = String(integerPart.drop { $0 == "0" })
    if integer.isEmpty { integer = "0" }
    self.text = fractionPart.map { integer + "." + $0 } ?? integer
  }

  /// Converts a JSON number exactly, keeping its digits (`2.50e1` gives `25.0`); `nil` when it
  /// is negative (other than `-0`) or too long.
  public init?(_ number: JSONNumber) {
    guard let lexeme = JSONNumberLexeme(number.text) else { return nil }
    guard !lexeme.isNegative || (lexeme.integer + lexeme.fraction).allSatisfy({ $0 == 0 }) else { return nil }
    guard abs(lexeme.exponent) <= Self.maximumDigits else { return nil }
    let digits = String(decoding: (lexeme.integer + lexeme.fraction).map { $0 + 48 }, as: UTF8.self)
    let point = lexeme.integer.count + lexeme.exponent
    let plain: String
    if point <= 0 {
      plain = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      plain = digits + String(repeating: "0", count: point - digits.count)
    } else {
      plain = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }
    self.init(plain)
  }

  /// The amount as an exact decimal.
  public var decimal: DecimalNumber { DecimalNumber(jsonText: text)! }

  /// Whether the amount is zero.
  public var isZero: Bool { decimal.isZero }

  /// The amount as a JSON number with the same digits.
  public var jsonNumber: JSONNumber { JSONNumber(text)! }

  /// The digits.
  public var description: String { text }

  /// Compares values.
  public static func == (lhs: Amount, rhs: Amount) -> Bool { lhs.decimal == rhs.decimal }

  /// Hashes the value (not the spelling).
  public func hash(into hasher: inout Hasher) { hasher.combine(decimal) }

  /// Orders values.
  public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.decimal < rhs.decimal }

  /// The exact sum, keeping the longer fraction (`0.5 + 1.25` is `1.75`, `1.10 + 2` is `3.10`);
  /// `nil` when the result exceeds ``maximumDigits``.
  public static func adding(_ lhs: Amount, _ rhs: Amount) -> Amount? {
    let fractionDigits = max(lhs.fractionDigitCount, rhs.fractionDigitCount)
    return Amount((lhs.decimal + rhs.decimal).plainText(minimumFractionDigits: fractionDigits))
  }

  /// The number of digits after the point, as written.
  private var fractionDigitCount: Int {
    text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
  }

}
