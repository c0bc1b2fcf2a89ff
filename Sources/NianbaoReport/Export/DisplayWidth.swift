/// How wide text shows in a spreadsheet column, in Excel's width unit (one digit `0` of the default font).
///
/// A CJK character, full-width punctuation and the curly quotes of the official labels take two units; every other
/// character takes one. Text with line breaks is as wide as its longest line.
enum DisplayWidth {
  /// The width of the longest line of `text` at 11 points.
  static func units(of text: String) -> Double {
    lines(of: text).map(units(ofLine:)).max() ?? 0
  }

  /// The width of one line (no line breaks) at 11 points.
  static func units(ofLine line: Substring) -> Double {
    line.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
  }

  /// The lines of `text`, split at line breaks.
  static func lines(of text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
  }

  /// Whether a character takes two units: East Asian wide or full-width, or a curly quotation mark or ellipsis,
  /// which Chinese fonts draw full-width.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2014, 0x2018...0x201F, 0x2026, 0x2713...0x2717, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      true
    default:
      false
    }
  }
}
