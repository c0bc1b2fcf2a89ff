import Testing

@testable import NianbaoReport

@Suite struct CellValueParserTests {
  @Test(arguments: [
    ("13", 13), ("１３", 13), ("\u{3000}0\u{3000}", 0), (" 7 ", 7), ("1,234", 1234), ("+1036", 1036), ("12件", 12),
    ("3.0", 3),
  ])
  func countsFromText(_ text: String, _ value: Int) {
    #expect(CellValueParser.parse(text: text, kind: .count) == .value(.count(value)))
  }

  @Test func signedCounts() {
    #expect(CellValueParser.parse(text: "-18", kind: .signedCount) == .value(.count(-18)))
    #expect(CellValueParser.parse(text: "\u{2212}18", kind: .signedCount) == .value(.count(-18)))
    #expect(CellValueParser.parse(text: "－18", kind: .signedCount) == .value(.count(-18)))
    #expect(CellValueParser.parse(number: "-18", kind: .signedCount) == .value(.count(-18)))
  }

  @Test func amountsKeepTheirDigits() {
    #expect(CellValueParser.parse(text: "251000元", kind: .amount) == .value(.amount(Amount("251000")!)))
    #expect(CellValueParser.parse(number: "24252.311082", kind: .amount) == .value(.amount(Amount("24252.311082")!)))
    #expect(CellValueParser.parse(text: "7730.280万元", kind: .amount).amountText == "7730.280")
    #expect(CellValueParser.parse(number: "1.5E-3", kind: .amount).amountText == "0.0015")
  }

  @Test(arguments: ["/", "—", "-", "无", "——", "／"])
  func blankMarkers(_ text: String) {
    #expect(CellValueParser.parse(text: text, kind: .count) == .blankMarker(text))
  }

  @Test func emptyTextIsBlankWithoutFinding() {
    #expect(CellValueParser.parse(text: " \u{3000}\n", kind: .count) == .blank)
  }

  @Test func nonValuesSayWhy() {
    #expect(CellValueParser.parse(text: "见附件", kind: .count) == .notAValue("见附件", reason: "not a number"))
    #expect(CellValueParser.parse(text: "2.5", kind: .count) == .notAValue("2.5", reason: "not a whole number"))
    #expect(CellValueParser.parse(text: "-3", kind: .count) == .notAValue("-3", reason: "a negative count"))
    #expect(CellValueParser.parse(text: "-3", kind: .amount) == .notAValue("-3", reason: "a negative amount"))
    #expect(CellValueParser.parse(text: "1,23,4", kind: .count) == .notAValue("1,23,4", reason: "not a number"))
  }
}

extension CellValueParser.Outcome {
  /// The amount's digits, for an amount value.
  fileprivate var amountText: String? {
    if case .value(.amount(let amount)) = self { return amount.text }
    return nil
  }
}

@Suite struct CellValueParserBoundsTests {
  @Test func hugeExponentsAreRefusedWithoutBeingWrittenOut() {
    #expect(
      CellValueParser.parse(number: "1E+400000000", kind: .amount) == .notAValue("1E+400000000", reason: "too long"))
    #expect(
      CellValueParser.parse(number: "1E-400000000", kind: .amount) == .notAValue("1E-400000000", reason: "too long"))
    #expect(
      CellValueParser.parse(number: "1E+400000000", kind: .count) == .notAValue("1E+400000000", reason: "too large"))
  }

  @Test func amountsAddKeepingTheLongerFraction() {
    #expect(Amount.adding(Amount("1.10")!, Amount("2")!)?.text == "3.10")
    #expect(Amount.adding(Amount("0.5")!, Amount("1.25")!)?.text == "1.75")
    #expect(Amount.adding(Amount("0")!, Amount("0.000")!)?.text == "0.000")
    #expect(Amount.adding(Amount("99.99")!, Amount("0.01")!)?.text == "100.00")
  }
}
