import Testing

@testable import NianbaoXLSX

@Suite struct SpreadsheetTextTests {
  /// A reference decoder: every `_xHHHH_` becomes its character, as Excel, calamine and the reader decode.
  static func decoded(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_",
        let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        result.append(scalar)
        index += 7
      } else {
        result.append(scalars[index])
        index += 1
      }
    }
    return String(result)
  }

  @Test func leavesOrdinaryTextAlone() {
    for text in ["", "规章", "  行政事业性收费 ", "a\tb\nc\rd", "_xlnm.Print_Area", "_xlfn.CONCAT", "_x12_", "_x000", "x000D_"] {
      #expect(SpreadsheetText.escaped(text) == text)
    }
  }

  @Test func escapesCharactersXMLCannotCarry() {
    #expect(SpreadsheetText.escaped("a\u{0}b") == "a_x0000_b")
    #expect(SpreadsheetText.escaped("bell\u{7}") == "bell_x0007_")
    #expect(SpreadsheetText.escaped("\u{B}\u{C}\u{1F}") == "_x000B__x000C__x001F_")
    #expect(SpreadsheetText.escaped("\u{FFFE}\u{FFFF}") == "_xFFFE__xFFFF_")
  }

  @Test func protectsLiteralEscapeSequences() {
    #expect(SpreadsheetText.escaped("_x000D_") == "_x005F_x000D_")
    #expect(SpreadsheetText.escaped("a_x005F_b") == "a_x005F_x005F_b")
    #expect(SpreadsheetText.escaped("__x0041_") == "__x005F_x0041_")
    #expect(SpreadsheetText.escaped("_x00ad_") == "_x005F_x00ad_")
    #expect(SpreadsheetText.escaped("_x000D__x000A_") == "_x005F_x000D__x005F_x000A_")
  }

  @Test func decodingTheEscapedTextGivesTheOriginal() {
    let texts = [
      "_x000D_", "literal _x000D_ and bell \u{7}", "\u{1}_x0001_\u{1}", "_x005F_", "__x005F__", "_x_x0041__",
      "end_x", "表_x4E09_三", "\u{0}\u{8}\u{B}\u{1F}\u{FFFF}",
    ]
    for text in texts {
      #expect(Self.decoded(SpreadsheetText.escaped(text)) == text, "\(text.debugDescription)")
    }
  }
}
