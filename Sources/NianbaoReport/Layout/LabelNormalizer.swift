import Foundation

/// Brings the text of a header cell to a canonical form so that the spellings seen in real
/// reports compare equal to the official labels.
///
/// The steps, in order:
/// 1. Unicode NFKC (full-width letters, digits, brackets, colons and slashes become ASCII);
/// 2. every whitespace character is removed, including U+3000, line breaks and no-break
///    spaces, as are invisible format characters (zero-width space, byte order mark);
/// 3. curly, low and prime quotation marks become `"` (double) or `'` (single);
/// 4. the comma (`，` or `,`) becomes the enumeration comma `、`;
/// 5. a list number written `1、` becomes `1.`.
public enum LabelNormalizer {
  /// Returns the canonical form of `text`.
  public static func normalize(_ text: String) -> String {
    normalize(text, shortcut: true)
  }

  /// ``normalize(_:)``, with the shortcut for common scalars taken or not (the tests compare both ways).
  static func normalize(_ text: String, shortcut: Bool) -> String {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(text.utf8.count)
    if !shortcut || !appendCommonScalars(of: text, to: &output) {
      output.removeAll(keepingCapacity: true)
      for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars where !isDropped(scalar) {
        output.append(scalar)
      }
    }
    for index in output.indices {
      output[index] = replacement(for: output[index])
      if index > 0, output[index] == "、", isASCIIDigit(output[index - 1]) { output[index] = "." }
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: output)
    return String(result)
  }

  /// Steps 1 and 2 without Foundation for the text of nearly every header: appends the NFKC form of `text` without
  /// whitespace and control characters to `output` and returns `true` when every scalar is printable ASCII, an
  /// ASCII space or control, U+3000, a CJK unified ideograph (U+4E00–U+9FFF), `、。`, the brackets U+3008–U+3011,
  /// `—`, a curly quotation mark or a full-width ASCII form (U+FF01–U+FF5E, which NFKC maps to ASCII). These are
  /// their own NFKC form (or map one to one), combine with nothing, and hold no format character; any other scalar
  /// returns `false` and leaves the rest to Foundation.
  private static func appendCommonScalars(of text: String, to output: inout [Unicode.Scalar]) -> Bool {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00...0x20, 0x7F, 0x3000:
        continue
      case 0x21...0x7E, 0x4E00...0x9FFF, 0x3001...0x3002, 0x3008...0x3011, 0x2014, 0x2018...0x201D:
        output.append(scalar)
      case 0xFF01...0xFF5E:
        output.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
      default:
        return false
      }
    }
    return true
  }

  /// Whether step 2 removes `scalar`: whitespace, a format character or a control character.
  static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isWhitespace || properties.generalCategory == .format || properties.generalCategory == .control
  }

  private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{301D}", "\u{301E}", "\u{301F}", "\u{2033}":
      "\""
    case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}":
      "'"
    case ",":
      "、"
    default:
      scalar
    }
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
