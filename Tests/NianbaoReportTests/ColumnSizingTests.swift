import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Column widths and row heights derived from the texts a sheet shows.
@Suite struct ColumnSizingTests {
  private func text(_ range: String, _ text: String, wraps: Bool = true, setsWidth: Bool = true, size: Double = 11)
    -> SizedText
  {
    SizedText(range: CellRange(range)!, text: text, fontSize: size, wraps: wraps, setsWidth: setsWidth)
  }

  @Test func aShortLabelGetsItsWidthPlusPadding() {
    #expect(ColumnSizing.widths(for: [text("B2", "结果维持")]) == [2: 10])
    #expect(ColumnSizing.widths(for: [text("B2", "结果维持"), text("B3", "社会公益组织")]) == [2: 14])
  }

  @Test func aLongLabelIsCappedAndWraps() {
    let label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    let widths = ColumnSizing.widths(for: [text("C5", label)])
    #expect(widths == [3: ColumnSizing.maximumWidth])
    let heights = ColumnSizing.heights(for: [text("C5", label)], widths: widths, minimum: [:])
    let lines = (DisplayWidth.units(of: label) / (ColumnSizing.maximumWidth - ColumnSizing.padding)).rounded(.up)
    #expect(lines > 1)
    #expect(heights == [5: lines * ColumnSizing.lineHeight(fontSize: 11) + ColumnSizing.verticalPadding])
  }

  @Test func aValueIsNeverCappedOrWrapped() {
    let widths = ColumnSizing.widths(for: [text("D4", String(repeating: "9", count: 40), wraps: false)])
    #expect(widths == [4: 42])
  }

  @Test func aWideLabelSpreadsWhatItsColumnsLackEvenly() {
    let widths = ColumnSizing.widths(for: [
      text("B2", "规章"), text("C2", "规章"), text("B3:C3", "本年收费金额（单位：万元）"),
    ])
    // 26 units + 2 padding over B and C, which had 6 each: 16 missing, 8 to each.
    #expect(widths == [2: 14, 3: 14])
  }

  @Test func aWideLabelThatFitsChangesNothing() {
    let widths = ColumnSizing.widths(for: [text("B2", "本年新制作数量"), text("C2", "本年新制作数量"), text("B1:C1", "申请人情况")])
    #expect(widths == [2: 16, 3: 16])
  }

  @Test func titlesSetHeightsButNotWidths() {
    let title = text("A1:C1", String(repeating: "报", count: 30), setsWidth: false, size: 16)
    let widths = ColumnSizing.widths(for: [title, text("A2", "规章"), text("B2", "规章"), text("C2", "规章")])
    #expect(widths == [1: 6, 2: 6, 3: 6])
    let heights = ColumnSizing.heights(for: [title], widths: widths, minimum: [1: 32])
    #expect(heights[1]! > 32)
  }

  @Test func aLabelSpanningRowsSharesItsHeightAndMinimumsHold() {
    let label = String(repeating: "不予公开", count: 12)
    let widths: [Int: Double] = [1: 10]
    let heights = ColumnSizing.heights(for: [text("A1:A4", label)], widths: widths, minimum: [2: 100, 5: 20])
    let total =
      (DisplayWidth.units(of: label) / 8).rounded(.up) * ColumnSizing.lineHeight(fontSize: 11)
      + ColumnSizing.verticalPadding
    #expect(heights[1] == total / 4)
    #expect(heights[2] == 100)
    #expect(heights[5] == 20)
  }

  @Test func heightsStopAtExcelsLimit() {
    let heights = ColumnSizing.heights(
      for: [text("A1", String(repeating: "字", count: 5000))], widths: [1: 10], minimum: [:])
    #expect(heights == [1: ColumnSizing.maximumHeight])
  }
}
