/// An exact decimal number: `digits × 10^exponent`, with a sign.
///
/// Used to compare and convert JSON numbers without going through binary floating point. The
/// form is canonical: no leading or trailing zeros in `digits`, and zero is `digits == []`,
/// `exponent == 0`, not negative — so equal values have equal representations.
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Whether the number is below zero.
  public let isNegative: Bool
  /// The significant decimal digits (each 0…9), most significant first; empty for zero.
  public let digits: [UInt8]
  /// The power of ten the digits are scaled by.
  public let exponent: Int

  /// The largest exponent magnitude kept; larger exponents in the source are clamped (such
  /// numbers are out of every range this package accepts anyway).
  static let exponentLimit = 1_000_000_000

  /// Creates a number from sign, digits and exponent, bringing it to canonical form.
  public init(isNegative: Bool, digits: [UInt8], exponent: Int) {
    var significant = Array(digits.drop { $0 == 0 })
    var scale = exponent
    while let last = significant.last, last == 0 {
      significant.removeLast()
      scale += 1
    }
    if significant.isEmpty {
      self.isNegative = false
      self.digits = []
      self.exponent = 0
    } else {
      self.isNegative = isNegative
      self.digits = significant
      self.exponent = scale
    }
  }

  /// Creates the number an integer denotes.
  public init(_ value: Int) {
    let magnitude = value.magnitude
    self.init(isNegative: value < 0, digits: String(magnitude).utf8.map { $0 - 48 }, exponent: 0)
  }

  /// Parses a JSON number lexeme (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`); `nil`
  /// when `text` is not one.
  public init?(jsonText text: String) {
    guard let parts = JSONNumberLexeme(text) else { return nil }
    var exponent = parts.exponent - parts.fraction.count
    exponent = max(-Self.exponentLimit * 2, min(Self.exponentLimit * 2, exponent))
    self.init(isNegative: parts.isNegative, digits: parts.integer + parts.fraction, exponent: exponent)
  }

  /// Whether the number is zero.
  public var isZero: Bool { digits.isEmpty }

  /// Whether the number has no fractional part.
  public var isInteger: Bool { exponent >= 0 }

  /// The exact value as an `Int`, or `nil` when it has a fractional part or does not fit.
  public var intValue: Int? {
    guard isInteger else { return nil }
    guard digits.count + exponent <= 19 else { return nil }
    var magnitude: UInt64 = 0
    for digit in digits + [UInt8](repeating: 0, count: exponent) {
      let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (plus, overflow2) = times.addingReportingOverflow(UInt64(digit))
      guard !overflow1, !overflow2 else { return nil }
      magnitude = plus
    }
    if isNegative {
      guard magnitude <= UInt64(Int.max) + 1 else { return nil }
      return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
    }
    guard magnitude <= UInt64(Int.max) else { return nil }
    return Int(magnitude)
  }

  /// A plain rendering, e.g. `-12.5` or `3E+40` for very long numbers.
  public var description: String {
    if isZero { return "0" }
    let sign = isNegative ? "-" : ""
    let text = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
    if exponent >= 0, exponent <= 30 {
      return sign + text + String(repeating: "0", count: exponent)
    }
    if exponent < 0, -exponent <= 30 {
      let point = digits.count + exponent
      if point > 0 {
        return sign + String(text.prefix(point)) + "." + String(text.dropFirst(point))
      }
      return sign + "0." + String(repeating: "0", count: -point) + text
    }
    return sign + text + "E" + (exponent >= 0 ? "+" : "") + String(exponent)
  }

  /// Orders numbers by value.
  public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
    if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
    let magnitudeLess = compareMagnitude(lhs, rhs) < 0
    let magnitudeGreater = compareMagnitude(lhs, rhs) > 0
    return lhs.isNegative ? magnitudeGreater : magnitudeLess
  }

  /// -1, 0 or 1 as |lhs| is below, equal to or above |rhs|.
  private static func compareMagnitude(_ lhs: DecimalNumber, _ rhs: DecimalNumber) -> Int {
    if lhs.isZero || rhs.isZero { return lhs.isZero ? (rhs.isZero ? 0 : -1) : 1 }
    let lhsMagnitude = lhs.digits.count + lhs.exponent
    let rhsMagnitude = rhs.digits.count + rhs.exponent
    if lhsMagnitude != rhsMagnitude { return lhsMagnitude < rhsMagnitude ? -1 : 1 }
    for index in 0..<max(lhs.digits.count, rhs.digits.count) {
      let left = index < lhs.digits.count ? lhs.digits[index] : 0
      let right = index < rhs.digits.count ? rhs.digits[index] : 0
      if left != right { return left < right ? -1 : 1 }
    }
    return 0
  }
}

/// The parts of a JSON number lexeme, as written.
struct JSONNumberLexeme {
  /// Whether the lexeme starts with `-`.
  let isNegative: Bool
  /// The digits before the decimal point.
  let integer: [UInt8]
  /// The digits after the decimal point (empty without one).
  let fraction: [UInt8]
  /// The exponent (0 without one), clamped to ±``DecimalNumber/exponentLimit``.
  let exponent: Int

  /// Splits a lexeme, or returns `nil` when `text` is not a JSON number.
  init?(_ text: String) {
    let bytes = Array(text.utf8)
    var index = 0
    func digitsRun() -> [UInt8] {
      var run: [UInt8] = []
      while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
        run.append(bytes[index] - 48)
        index += 1
      }
      return run
    }
    isNegative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
    if isNegative { index += 1 }
    integer = digitsRun()
    guard !integer.isEmpty, integer.count == 1 || integer[0] != 0 else { return nil }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      fraction = digitsRun()
      guard !fraction.isEmpty else { return nil }
    } else {
      fraction = []
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      var negativeExponent = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        negativeExponent = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      let run = digitsRun()
      guard !run.isEmpty else { return nil }
      var value = 0
      for digit in run {
        value = min(DecimalNumber.exponentLimit, value * 10 + Int(digit))
      }
      exponent = negativeExponent ? -value : value
    } else {
      exponent = 0
    }
    guard index == bytes.count else { return nil }
  }
}
