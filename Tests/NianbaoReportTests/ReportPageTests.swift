import Foundation
import Testing

@testable import NianbaoReport

@Suite struct ReportPageTests {
  static let headings = [
    "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
  ]

  /// The grid of one rendered `<table>`: each `<td>` placed at the first free position of its row, as a browser
  /// lays it out, checked to fill the width exactly once.
  static func placed(_ table: XMLNode, columns: Int) -> [(row: Int, column: Int, td: XMLNode)] {
    var taken: [[Bool]] = []
    var result: [(row: Int, column: Int, td: XMLNode)] = []
    for (row, tr) in table.all("tr").enumerated() {
      while taken.count <= row { taken.append(Array(repeating: false, count: columns)) }
      var column = 0
      for td in tr.children where td.name == "td" {
        while column < columns, taken[row][column] { column += 1 }
        let rowSpan = Int(td.attributes["rowspan"] ?? "1")!
        let columnSpan = Int(td.attributes["colspan"] ?? "1")!
        for r in row..<row + rowSpan {
          while taken.count <= r { taken.append(Array(repeating: false, count: columns)) }
          for c in column..<column + columnSpan {
            #expect(c < columns, "row \(row): a cell past the table's width")
            if c < columns {
              #expect(!taken[r][c], "row \(r), column \(c) covered twice")
              taken[r][c] = true
            }
          }
        }
        result.append((row, column, td))
        column += columnSpan
      }
    }
    #expect(taken.allSatisfy { $0.allSatisfy { $0 } }, "every position covered")
    return result
  }

  @Test(arguments: FormatVersion.allCases)
  func theTablesAreTheLayoutsGridCellForCell(_ version: FormatVersion) throws {
    var report = try ImportFixtures.patterned(version)
    let blank = version.layout.slots[5].keyPath
    try report.set(nil, at: blank)
    let root = try XMLNode.parse(ReportPage.html(for: report))
    let tables = root.all("table")
    #expect(tables.count == 3)
    for (layout, table) in zip(version.layout.tables, tables) {
      let cells = Self.placed(table, columns: layout.grid.columnCount)
      #expect(table.all("tr").count == layout.grid.rowCount)
      #expect(table.all("col").count == layout.grid.columnCount)
      #expect(cells.count == layout.grid.cells.count, "\(layout.id)")
      for ((row, column, td), cell) in zip(cells, layout.grid.cells) {
        #expect(row == cell.row && column == cell.column, "\(layout.id) \(cell)")
        #expect(
          Int(td.attributes["rowspan"] ?? "1") == cell.rowSpan
            && Int(td.attributes["colspan"] ?? "1") == cell.columnSpan)
        switch cell.content {
        case .label(let label): #expect(td.text == label.text)
        case .value(let slot):
          #expect(td.text == (report[slot.keyPath]?.description ?? ""), "\(slot.keyPath)")
          #expect(td.attributes["id"] == "cell-" + slot.keyPath.description)
        case .empty: #expect(td.text.isEmpty)
        }
      }
    }
    #expect(root.all("td").first { $0.attributes["id"] == "cell-\(blank)" }?.text == "", "blank stays empty")
  }

  @Test func titleHeadingsAndParagraphs() throws {
    var report = try ImportFixtures.patterned(.v2021)
    report.text = ReportText(overview: "第一段。\n\n  第三段。", problems: "", other: nil)
    let root = try XMLNode.parse(ReportPage.html(for: report))
    #expect(root.all("h1").map(\.text) == ["测试县人民政府2022年政府信息公开工作年度报告"])
    #expect(root.all("title").map(\.text) == ["测试县人民政府2022年政府信息公开工作年度报告"])
    #expect(root.all("h2").map(\.text) == Self.headings)
    let sections = root.all("section")
    #expect(
      sections.compactMap { $0.attributes["id"] } == [
        "overview", "proactive", "applications", "appeals", "problems", "other",
      ])
    #expect(sections[0].all("p").map(\.text) == ["第一段。", "", "  第三段。"])
    #expect(sections[4].all("p").map(\.text) == [""], "an empty section: one empty paragraph")
    #expect(sections[5].all("p").isEmpty, "a null section: none")
  }

  @Test func titlesOfUnknownOrganOrYear() {
    #expect(ReportPage.title(of: Report(formatVersion: .v2021)) == "政府信息公开工作年度报告")
    #expect(ReportPage.title(of: Report(formatVersion: .v2021, year: 2023)) == "2023年政府信息公开工作年度报告")
    #expect(ReportPage.title(of: Report(formatVersion: .v2021, organ: "甲镇")) == "甲镇政府信息公开工作年度报告")
  }

  @Test func selfContainedAndEveryValueEscaped() throws {
    var report = Report(formatVersion: .v2021, organ: "<script>alert(\"x\")</script>&'", year: 2024)
    report.text = ReportText(overview: "</p><img src=x onerror=alert(1)>", problems: nil, other: nil)
    let html = ReportPage.html(for: report, findings: report.check())
    #expect(!html.contains("<script") && !html.contains("<img"))
    #expect(
      !html.contains("http://") && !html.contains("https://") && !html.contains("@import") && !html.contains("url("))
    let root = try XMLNode.parse(html)
    #expect(root.all("h1").first?.text == "<script>alert(\"x\")</script>&'2024年政府信息公开工作年度报告")
    #expect(root.all("p").first?.text == "</p><img src=x onerror=alert(1)>")
    #expect(root.all("script").isEmpty && root.all("link").isEmpty)
  }

  @Test func findingsMarkTheirCellsAndLinkToThem() throws {
    var report = Report(formatVersion: .v2021, organ: "甲镇", year: 2023)
    let total: ReportKeyPath = "appeals.administrativeReview.total"
    try report.setCount(5, at: "appeals.administrativeReview.upheld")
    try report.setCount(999, at: total)
    let findings = report.check()
    let root = try XMLNode.parse(ReportPage.html(for: report, findings: findings))
    let cell = try #require(root.all("td").first { $0.attributes["id"] == "cell-\(total)" })
    #expect(cell.attributes["class"]?.contains("mark-error") == true)
    #expect(cell.attributes["title"]?.contains("999") == true)
    let part = root.all("td").first { $0.attributes["id"] == "cell-appeals.administrativeReview.upheld" }
    #expect(part?.attributes["class"] == "value involved")
    let ids = Set(
      root.all("td").compactMap { $0.attributes["id"] } + root.all("section").compactMap { $0.attributes["id"] })
    let links = root.all("a").compactMap { $0.attributes["href"] }
    #expect(links.contains("#cell-\(total)"))
    #expect(links.allSatisfy { ids.contains(String($0.dropFirst())) }, "\(links)")
    let appeals = try #require(root.all("section").first { $0.attributes["id"] == "appeals" })
    #expect(appeals.all("li").count == findings.filter { $0.table == .appeals }.count)
    #expect(root.all("li").count == findings.count, "every finding listed once")
    let clean = try XMLNode.parse(ReportPage.html(for: report))
    #expect(clean.all("aside").isEmpty && clean.all("a").isEmpty)
    #expect(!ReportPage.html(for: report).contains("class=\"value mark-"))
  }

  @Test func theSamplesRenderAndParse() throws {
    for name in Fixtures.reportNames {
      let report = try Fixtures.report(name)
      let root = try XMLNode.parse(ReportPage.html(for: report, findings: report.check(), language: .english))
      #expect(root.all("h2").map(\.text) == Self.headings, "\(name)")
    }
  }
}
