import Testing

@testable import NianbaoReport

@Suite struct CellValueParserTests {
  @Test(arguments: [
    ("13", 13), ("１３", 13), ("\u{3000}0\u{3000}", 0), (" 7 ", 7), ("1,234", 1234), ("+1036", 1036), ("12件", 12),
    ("3.0", 3), ("007", 7),
  ])
  func countsFromText(_ text: String, _ value: Int) {
    #expect(CellValueParser.parse(text: text, kind: .count) == .value(.count(value)))
  }

  @Test func plainDecimalsTakeTheShortcut() {
    for text in ["12", "-3", "0.50", "007", "-0"] { #expect(CellValueParser.isPlainDecimal(text), "\(text)") }
    for text in ["", "-", ".5", "1.", "1.2.3", "１", "1 ", "+1", "1,000", "--1", "1-", "12件"] {
      #expect(!CellValueParser.isPlainDecimal(text), "\(text)")
    }
  }

  @Test func textsThatMayBeNumbers() {
    for text in ["12", "１２件", "-3", "1,234", "+1036", "1e5", "\u{2212}18", "7730.280万元", " 7 "] {
      #expect(CellValueParser.mayBeNumber(normalForm: LabelNormalizer.normalize(text)), "\(text)")
      #expect(CellValueParser.parse(text: text, kind: .signedCount) != .notAValue(text, reason: "not a number"))
    }
    for text in ["1.属于国家秘密", "（一）予以公开", "2021年", "12件件", "N/A", "1 2 3 x"] {
      #expect(!CellValueParser.mayBeNumber(normalForm: LabelNormalizer.normalize(text)), "\(text)")
      guard case .value = CellValueParser.parse(text: text, kind: .signedCount) else { continue }
      Issue.record("\(text) parses as a number")
    }
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
    #expect(CellValueParser.parse(text: "0012.50", kind: .amount).amountText == "12.50")
    #expect(CellValueParser.parse(text: "12.", kind: .amount).amountText == "12")
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
