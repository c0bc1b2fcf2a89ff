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
    let composed = text.precomposedStringWithCompatibilityMapping
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(composed.unicodeScalars.count)
    for scalar in composed.unicodeScalars {
      let properties = scalar.properties
      if properties.isWhitespace || properties.generalCategory == .format || properties.generalCategory == .control {
        continue
      }
      output.append(replacement(for: scalar))
    }
    for index in output.indices.dropFirst() where output[index] == "、" && isASCIIDigit(output[index - 1]) {
      output[index] = "."
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: output)
    return String(result)
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
