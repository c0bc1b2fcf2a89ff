import Testing

@testable import NianbaoReport

@Suite struct HTMLTableTests {
  @Test func cellsCarryTheirSpansLabelsAndValues() throws {
    var report = Report(formatVersion: .v2021)
    try report.set(.amount(Amount("24252.311082")!), at: "proactive.fees.amount")
    let table = report.layout.table(.proactive)
    let markup = HTMLTable.markup(
      table, report: report, marks: CellMarks(findings: [], layout: report.layout, language: .chinese))
    #expect(markup.hasPrefix("<table>\n<colgroup>"))
    #expect(markup.contains("<td class=\"label\" colspan=\"4\">第二十条第（一）项</td>"))
    #expect(markup.contains("<td id=\"cell-proactive.fees.amount\" class=\"value\" colspan=\"3\">24252.311082</td>"))
    #expect(markup.contains("<td id=\"cell-proactive.regulations.issued\" class=\"value\"></td>"))
    #expect(markup.contains("<td class=\"row-label\">行政事业性收费</td>"))
    #expect(markup.components(separatedBy: "<tr>").count - 1 == table.grid.rowCount)
    let wide = HTMLTable.markup(
      report.layout.table(.applications), report: report,
      marks: CellMarks(findings: [], layout: report.layout, language: .chinese))
    #expect(wide.hasPrefix("<table class=\"wide\">"))
    #expect(wide.contains("rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为"))
  }

  @Test func sharesAreWrittenShort() {
    #expect(HTMLTable.formatted(12.5) == "12.5")
    #expect(HTMLTable.formatted(10) == "10")
    #expect(HTMLTable.formatted(7.0049) == "7")
    #expect(HTMLTable.formatted(7.05) == "7.05")
    #expect(HTMLTable.formatted(33.333) == "33.33")
  }
}
