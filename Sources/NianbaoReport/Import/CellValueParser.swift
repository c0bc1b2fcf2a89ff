import Foundation

/// Reads the value of a table cell: numbers, numeric text (full-width digits, padding, thousands separators,
/// signs, units such as 元 and 万元), and the blank markers clerks type (“/”, “—”, “-”, “无”).
enum CellValueParser {
  /// What a cell holds, for a value slot.
  enum Outcome: Equatable {
    /// Nothing: the cell is blank.
    case blank
    /// A value.
    case value(ReportValue)
    /// A blank marker such as “/” or “无”: blank, and worth a finding naming what it held.
    case blankMarker(String)
    /// Something that is not a value of the slot's kind; blank, with a finding saying why.
    case notAValue(String, reason: String)
  }

  /// The texts clerks type to mean “nothing here”.
  static let blankMarkers: Set<String> = ["/", "-", "--", "—", "——", "–", "―", "无", "空", "\\"]

  /// Units that may follow a number inside a cell; they are dropped (the model's unit is fixed per slot).
  static let units = ["万元", "元", "件", "个", "项", "次", "条", "人"]

  /// Parses a number given as exact text (from a number cell, a cached formula value or a formula result).
  static func parse(number text: String, kind: ValueKind) -> Outcome {
    guard let decimal = DecimalNumber(jsonText: text) ?? DecimalNumber(jsonText: normalizedNumberText(text)) else {
      return .notAValue(text, reason: "not a number")
    }
    return value(decimal, digits: normalizedNumberText(text), source: text, kind: kind)
  }

  /// Parses the text of a text cell.
  static func parse(text original: String, kind: ValueKind) -> Outcome {
    // Most cells hold plain ASCII decimals (`12`, `-3`, `0.50`), which every step below leaves as they are.
    if isPlainDecimal(original) {
      let digits = normalizedNumberText(original)
      guard let decimal = DecimalNumber(jsonText: digits) else { return .notAValue(original, reason: "not a number") }
      return value(decimal, digits: digits, source: original, kind: kind)
    }
    let trimmed = original.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
    if trimmed.isEmpty { return .blank }
    if blankMarkers.contains(trimmed) { return .blankMarker(original) }
    var body = trimmed.replacingOccurrences(of: "\u{2212}", with: "-")
    for unit in units where body.hasSuffix(unit) {
      body.removeLast(unit.count)
      break
    }
    if body.hasPrefix("+") { body.removeFirst() }
    body = removingThousandsSeparators(body)
    let digits = normalizedNumberText(body)
    guard let decimal = DecimalNumber(jsonText: digits) else {
      return .notAValue(original, reason: "not a number")
    }
    return value(decimal, digits: digits, source: original, kind: kind)
  }

  /// Converts an exact decimal to a value of `kind`; an amount keeps the spelling of `digits` when they are plain.
  static func value(_ decimal: DecimalNumber, digits: String, source: String, kind: ValueKind) -> Outcome {
    switch kind {
    case .count, .signedCount:
      guard let integer = decimal.intValue else {
        return .notAValue(source, reason: decimal.isInteger ? "too large" : "not a whole number")
      }
      let value = ReportValue.count(integer)
      guard value.fits(kind) else {
        return .notAValue(source, reason: integer < 0 ? "a negative count" : "too large")
      }
      return .value(value)
    case .amount:
      guard !decimal.isNegative else { return .notAValue(source, reason: "a negative amount") }
      // Bound the digits before writing them out: an exponent such as 1E+400000 must not become a huge string.
      let written = decimal.digits.count + max(decimal.exponent, 0) + max(-decimal.exponent, 0)
      guard written <= Amount.maximumDigits + 1, let amount = Amount(digits) ?? Amount(decimal.plainText()) else {
        return .notAValue(source, reason: "too long")
      }
      return .value(.amount(amount))
    }
  }

  /// Whether a text whose ``LabelNormalizer/normalize(_:)`` form is `normalForm` may hold a number: `false` when that
  /// form holds, besides one unit at its end, a scalar that no number nor thousands separator has (a CJK label such
  /// as `1.属于国家秘密`), for which ``parse(text:kind:)`` cannot find a value either.
  static func mayBeNumber(normalForm: String) -> Bool {
    var body = Substring(normalForm)
    for unit in units where body.hasSuffix(unit) {
      body = body.dropLast(unit.count)
      break
    }
    return body.unicodeScalars.allSatisfy { scalar in
      switch scalar {
      case "0"..."9", "+", "-", ".", "e", "E", "\u{2212}", "、": true
      default: false
      }
    }
  }

  /// Whether `text` is `-`? digits, then optionally `.` and digits, in ASCII: text that Unicode normalisation,
  /// whitespace removal, blank markers, units, a `+` sign and thousands separators all leave unchanged.
  static func isPlainDecimal(_ text: String) -> Bool {
    var digitsBeforePoint = 0
    var digitsAfterPoint = 0
    var seenPoint = false
    for (index, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where index == 0: continue
      case UInt8(ascii: "."):
        guard !seenPoint else { return false }
        seenPoint = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if seenPoint { digitsAfterPoint += 1 } else { digitsBeforePoint += 1 }
      default: return false
      }
    }
    return digitsBeforePoint > 0 && (!seenPoint || digitsAfterPoint > 0)
  }

  /// Text in JSON number form: a leading `.` gets a `0`, a trailing `.` is dropped, leading zeros are removed.
  static func normalizedNumberText(_ text: String) -> String {
    var body = text
    var sign = ""
    if body.hasPrefix("-") {
      sign = "-"
      body.removeFirst()
    }
    if body.hasPrefix(".") { body = "0" + body }
    if body.hasSuffix(".") { body.removeLast() }
    while body.count > 1, body.hasPrefix("0"), !body.hasPrefix("0.") { body.removeFirst() }
    return sign + body
  }

  /// Drops commas that group digits by thousands (`1,234,567`); other commas are kept, so the text stays invalid.
  static func removingThousandsSeparators(_ text: String) -> String {
    guard text.contains(",") else { return text }
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    let head = parts[0].drop { $0 == "-" }
    guard !head.isEmpty, head.count <= 3, head.allSatisfy(\.isASCIIDigit) else { return text }
    for part in parts.dropFirst() {
      let integer = part.prefix { $0 != "." }
      guard integer.count == 3, integer.allSatisfy(\.isASCIIDigit) else { return text }
    }
    return parts.joined()
  }
}

extension Character {
  /// Whether the character is one of `0`…`9`.
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
