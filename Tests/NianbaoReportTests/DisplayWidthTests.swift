import Testing

@testable import NianbaoReport

/// The display width of label and value texts.
@Suite struct DisplayWidthTests {
  @Test func chineseCharactersAndFullWidthPunctuationTakeTwoUnits() {
    #expect(DisplayWidth.units(of: "总计") == 4)
    #expect(DisplayWidth.units(of: "（七）总计") == 10)
    #expect(DisplayWidth.units(of: "3.危及“三安全一稳定”") == 2 + 2 * 10)
    #expect(DisplayWidth.units(of: "本年增/减") == 9)
  }

  @Test func digitsLettersAndSignsTakeOneUnit() {
    #expect(DisplayWidth.units(of: "24252.311082") == 12)
    #expect(DisplayWidth.units(of: "-18") == 3)
    #expect(DisplayWidth.units(of: "✗ R2") == 5)
    #expect(DisplayWidth.units(of: "") == 0)
  }

  @Test func textWithLineBreaksIsAsWideAsItsLongestLine() {
    #expect(DisplayWidth.units(of: "商业\n企业单位") == 8)
    #expect(DisplayWidth.lines(of: "a\n\nb").count == 3)
    #expect(DisplayWidth.lines(of: "一\r\n二").count == 2)
  }
}
