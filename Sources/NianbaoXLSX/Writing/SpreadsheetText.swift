/// SpreadsheetML's escaping of text (ECMA-376 Part 1, 22.9.2.19 `ST_Xstring`).
///
/// XML 1.0 cannot carry most control characters, so SpreadsheetML writes a character `U+HHHH` as the literal
/// text `_xHHHH_`. A literal `_x` that would be read as the start of such an escape (`_x000D_` typed by a person)
/// is itself escaped by writing its underscore as `_x005F_`.
enum SpreadsheetText {
  /// The text with every character XML 1.0 cannot carry written as `_xHHHH_`, and every literal `_xHHHH_`
  /// protected as `_x005F_xHHHH_`.
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0) || $0 == "_" }) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if needsEscape(scalar) {
        result.append(contentsOf: escape(scalar.value).unicodeScalars)
      } else if scalar == "_", startsEscape(scalars, at: index) {
        result.append(contentsOf: escape(0x5F).unicodeScalars)
      } else {
        result.append(scalar)
      }
      index += 1
    }
    return String(result)
  }

  /// Whether XML 1.0 cannot carry the character in element or attribute content
  /// (C0 controls other than tab, line feed and carriage return, and the noncharacters U+FFFE and U+FFFF).
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return false
    case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  /// Whether the text has a character that XML 1.0 cannot carry at all.
  static func hasUnrepresentableCharacter(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: needsEscape)
  }

  /// Whether `_xHHHH_` starts at `index` (the underscore).
  private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
    return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  private static func escape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
  }
}
