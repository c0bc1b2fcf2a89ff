import NianbaoGrid
import Testing

@testable import NianbaoReport

@Suite struct TextSectionLocatorTests {
  @Test func readsSectionsBesideOrBelowTheirTitles() {
    let grid = SourceGrid(
      name: "文字",
      cells: [
        SourceCell(row: 1, column: 1, content: .text("一、总体情况")),
        SourceCell(row: 1, column: 2, content: .text("全年主动公开信息81条。")),
        SourceCell(row: 3, column: 1, content: .text("五、存在的主要问题及改进情况")),
        SourceCell(row: 4, column: 1, content: .text("队伍建设有待加强。")),
        SourceCell(row: 6, column: 1, content: .text("六、其他需要报告的事项")),
      ])
    let (text, locations) = TextSectionLocator.read([grid])
    #expect(text.overview == "全年主动公开信息81条。")
    #expect(text.problems == "队伍建设有待加强。")
    #expect(text.other == nil)
    #expect(locations[.problems]?.description == "'文字'!A4")
  }
}
