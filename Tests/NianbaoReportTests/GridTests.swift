import NianbaoGrid
import Testing

@testable import NianbaoReport

/// A compact rendering of a grid cell for comparisons: `r,c rs×cs content` with 1-based
/// positions as format.md numbers them.
private func render(_ cell: GridCell) -> String {
  let content: String
  switch cell.content {
  case .label(let label): content = label.text
  case .value(let slot): content = "=" + slot.keyPath.description
  case .empty: content = "∅"
  }
  return "\(cell.row + 1),\(cell.column + 1) \(cell.rowSpan)×\(cell.columnSpan) \(content)"
}

/// Checks that the cells tile the rectangle exactly once.
private func expectTiling(_ grid: TableGrid, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  var covered = [[Int]](repeating: [Int](repeating: 0, count: grid.columnCount), count: grid.rowCount)
  for cell in grid.cells {
    for row in cell.row..<cell.row + cell.rowSpan {
      for column in cell.column..<cell.column + cell.columnSpan {
        covered[row][column] += 1
      }
    }
  }
  #expect(covered.allSatisfy { $0.allSatisfy { $0 == 1 } }, sourceLocation: sourceLocation)
}

@Suite("Official grids")
struct GridTests {
  @Test("table 二, 2021: the 4-column grid of format.md")
  func proactive2021() {
    let grid = ReportLayout.v2021.table(.proactive).grid
    #expect(grid.rowCount == 14)
    #expect(grid.columnCount == 4)
    expectTiling(grid)
    let expected = [
      "1,1 1×4 第二十条第（一）项",
      "2,1 1×1 信息内容", "2,2 1×1 本年制发件数", "2,3 1×1 本年废止件数", "2,4 1×1 现行有效件数",
      "3,1 1×1 规章", "3,2 1×1 =proactive.regulations.issued", "3,3 1×1 =proactive.regulations.repealed",
      "3,4 1×1 =proactive.regulations.inForce",
      "4,1 1×1 行政规范性文件", "4,2 1×1 =proactive.normativeDocuments.issued",
      "4,3 1×1 =proactive.normativeDocuments.repealed", "4,4 1×1 =proactive.normativeDocuments.inForce",
      "5,1 1×4 第二十条第（五）项",
      "6,1 1×1 信息内容", "6,2 1×3 本年处理决定数量",
      "7,1 1×1 行政许可", "7,2 1×3 =proactive.licensing.decisions",
      "8,1 1×4 第二十条第（六）项",
      "9,1 1×1 信息内容", "9,2 1×3 本年处理决定数量",
      "10,1 1×1 行政处罚", "10,2 1×3 =proactive.penalties.decisions",
      "11,1 1×1 行政强制", "11,2 1×3 =proactive.coercion.decisions",
      "12,1 1×4 第二十条第（八）项",
      "13,1 1×1 信息内容", "13,2 1×3 本年收费金额（单位：万元）",
      "14,1 1×1 行政事业性收费", "14,2 1×3 =proactive.fees.amount",
    ]
    #expect(grid.cells.map(render) == expected)
    #expect(ReportLayout.v2021.table(.proactive).slots.count == 10)
  }

  @Test("table 二, 2019: five blocks on a 5-column grid (1+1+2+1 and 1+2+2)")
  func proactive2019() {
    let grid = ReportLayout.v2019.table(.proactive).grid
    #expect(grid.columnCount == 5)
    #expect(grid.rowCount == 5 * 2 + 2 + 2 + 2 + 1 + 1)
    expectTiling(grid)
    let expected = [
      "1,1 1×5 第二十条第（一）项",
      "2,1 1×1 信息内容", "2,2 1×1 本年新制作数量", "2,3 1×2 本年新公开数量", "2,5 1×1 对外公开总数量",
      "3,1 1×1 规章", "3,2 1×1 =proactive.regulations.newlyMade", "3,3 1×2 =proactive.regulations.newlyPublished",
      "3,5 1×1 =proactive.regulations.totalPublished",
      "4,1 1×1 规范性文件", "4,2 1×1 =proactive.normativeDocuments.newlyMade",
      "4,3 1×2 =proactive.normativeDocuments.newlyPublished", "4,5 1×1 =proactive.normativeDocuments.totalPublished",
      "5,1 1×5 第二十条第（五）项",
      "6,1 1×1 信息内容", "6,2 1×1 上一年项目数量", "6,3 1×2 本年增/减", "6,5 1×1 处理决定数量",
      "7,1 1×1 行政许可", "7,2 1×1 =proactive.licensing.previousYearItems", "7,3 1×2 =proactive.licensing.change",
      "7,5 1×1 =proactive.licensing.decisions",
      "8,1 1×1 其他对外管理服务事项", "8,2 1×1 =proactive.otherServices.previousYearItems",
      "8,3 1×2 =proactive.otherServices.change", "8,5 1×1 =proactive.otherServices.decisions",
      "9,1 1×5 第二十条第（六）项",
      "10,1 1×1 信息内容", "10,2 1×1 上一年项目数量", "10,3 1×2 本年增/减", "10,5 1×1 处理决定数量",
      "11,1 1×1 行政处罚", "11,2 1×1 =proactive.penalties.previousYearItems", "11,3 1×2 =proactive.penalties.change",
      "11,5 1×1 =proactive.penalties.decisions",
      "12,1 1×1 行政强制", "12,2 1×1 =proactive.coercion.previousYearItems", "12,3 1×2 =proactive.coercion.change",
      "12,5 1×1 =proactive.coercion.decisions",
      "13,1 1×5 第二十条第（八）项",
      "14,1 1×1 信息内容", "14,2 1×2 上一年项目数量", "14,4 1×2 本年增/减",
      "15,1 1×1 行政事业性收费", "15,2 1×2 =proactive.fees.previousYearItems", "15,4 1×2 =proactive.fees.change",
      "16,1 1×5 第二十条第（九）项",
      "17,1 1×1 信息内容", "17,2 1×2 采购项目数量", "17,4 1×2 采购总金额",
      "18,1 1×1 政府集中采购", "18,2 1×2 =proactive.procurement.items", "18,4 1×2 =proactive.procurement.amount",
    ]
    #expect(grid.cells.map(render) == expected)
    let slots = ReportLayout.v2019.table(.proactive).slots
    #expect(slots.count == 22)
    #expect(slots.filter { $0.kind == .signedCount }.map(\.keyPath.description).allSatisfy { $0.hasSuffix(".change") })
    #expect(slots.filter { $0.kind == .amount }.map(\.keyPath) == ["proactive.procurement.amount"])
  }

  @Test("table 三: header rows 1–3 with the 3×3 note", arguments: FormatVersion.allCases)
  func applicationsHeader(version: FormatVersion) {
    let grid = version.layout.table(.applications).grid
    #expect(grid.columnCount == 10)
    expectTiling(grid)
    let header = grid.cells.filter { $0.row < 3 }.map(render)
    #expect(
      header == [
        "1,1 3×3 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "1,4 1×7 申请人情况",
        "2,4 2×1 自然人", "2,5 1×5 法人或其他组织", "2,10 2×1 总计",
        "3,5 1×1 商业企业", "3,6 1×1 科研机构", "3,7 1×1 社会公益组织", "3,8 1×1 法律服务机构", "3,9 1×1 其他",
      ])
  }

  @Test("table 三, 2021: body rows 4–28 with the vertical merges")
  func applicationsBody2021() {
    let grid = ReportLayout.v2021.table(.applications).grid
    #expect(grid.rowCount == 28)
    let labels = grid.cells.filter { $0.row >= 3 && $0.label != nil }.map(render)
    #expect(
      labels == [
        "4,1 1×3 一、本年新收政府信息公开申请数量",
        "5,1 1×3 二、上年结转政府信息公开申请数量",
        "6,1 22×1 三、本年度办理结果", "6,2 1×2 （一）予以公开",
        "7,2 1×2 （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "8,2 8×1 （三）不予公开", "8,3 1×1 1.属于国家秘密",
        "9,3 1×1 2.其他法律行政法规禁止公开",
        "10,3 1×1 3.危及“三安全一稳定”",
        "11,3 1×1 4.保护第三方合法权益",
        "12,3 1×1 5.属于三类内部事务信息",
        "13,3 1×1 6.属于四类过程性信息",
        "14,3 1×1 7.属于行政执法案卷",
        "15,3 1×1 8.属于行政查询事项",
        "16,2 3×1 （四）无法提供", "16,3 1×1 1.本机关不掌握相关政府信息",
        "17,3 1×1 2.没有现成信息需要另行制作",
        "18,3 1×1 3.补正后申请内容仍不明确",
        "19,2 5×1 （五）不予处理", "19,3 1×1 1.信访举报投诉类申请",
        "20,3 1×1 2.重复申请",
        "21,3 1×1 3.要求提供公开出版物",
        "22,3 1×1 4.无正当理由大量反复申请",
        "23,3 1×1 5.要求行政机关确认或重新出具已获取信息",
        "24,2 3×1 （六）其他处理", "24,3 1×1 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "25,3 1×1 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "26,3 1×1 3.其他",
        "27,2 1×2 （七）总计",
        "28,1 1×3 四、结转下年度继续办理",
      ])
    let values = grid.cells.filter { $0.slot != nil }
    #expect(values.count == 25 * 7)
    #expect(values.allSatisfy { $0.column >= 3 && !$0.isMerged })
    #expect(grid.cells.filter { $0.content == .empty }.isEmpty)
  }

  @Test("table 三, 2019: （六）其他处理 is one row; 26 rows; 三、本年度办理结果 spans 20")
  func applicationsBody2019() throws {
    let grid = ReportLayout.v2019.table(.applications).grid
    #expect(grid.rowCount == 26)
    let outcomes = try #require(grid.cells.first { $0.label?.text == "三、本年度办理结果" })
    #expect(outcomes.rowSpan == 20)
    #expect(outcomes.row == 5)
    let other = try #require(grid.cells.first { $0.label?.text == "（六）其他处理" })
    #expect(render(other) == "24,2 1×2 （六）其他处理")
    #expect(
      render(try #require(grid.cell(row: 23, column: 3)))
        == "24,4 1×1 =applications.outcomes.otherHandling.naturalPerson")
    #expect(render(try #require(grid.cell(row: 25, column: 0))) == "26,1 1×3 四、结转下年度继续办理")
  }

  @Test("table 四: 15 columns, 4 rows", arguments: FormatVersion.allCases)
  func appeals(version: FormatVersion) {
    let grid = version.layout.table(.appeals).grid
    #expect(grid.rowCount == 4)
    #expect(grid.columnCount == 15)
    expectTiling(grid)
    let results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    var expected = ["1,1 1×5 行政复议"]
    expected += results.enumerated().map { "2,\($0.offset + 1) 2×1 \($0.element)" }
    expected += ["1,6 1×10 行政诉讼", "2,6 1×5 未经复议直接起诉"]
    expected += results.enumerated().map { "3,\($0.offset + 6) 1×1 \($0.element)" }
    expected += ["2,11 1×5 复议后起诉"]
    expected += results.enumerated().map { "3,\($0.offset + 11) 1×1 \($0.element)" }
    let labels = grid.cells.filter { $0.label != nil }.map(render)
    #expect(Set(labels) == Set(expected))
    #expect(labels.count == expected.count)
    let values = grid.cells.compactMap(\.slot)
    #expect(values.map(\.row) == [Int](repeating: 3, count: 15))
    #expect(
      values.map(\.keyPath.description).prefix(5) == [
        "appeals.administrativeReview.upheld", "appeals.administrativeReview.corrected",
        "appeals.administrativeReview.other", "appeals.administrativeReview.pending",
        "appeals.administrativeReview.total",
      ])
    #expect(values.last?.keyPath == "appeals.litigationAfterReview.total")
  }

  @Test("titles, sheet names and the shared table 四")
  func titles() {
    for layout in [ReportLayout.v2019, .v2021] {
      #expect(
        layout.tables.map(\.title.text) == [
          "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        ])
      #expect(layout.tables.map(\.sheetName) == ["表二", "表三", "表四"])
    }
    #expect(ReportLayout.v2019.table(.appeals) == ReportLayout.v2021.table(.appeals))
    #expect(ReportLayout.v2019.table(.applications) != ReportLayout.v2021.table(.applications))
  }

  @Test("official cell references come from the grid")
  func officialReferences() throws {
    let slot = try #require(ReportLayout.v2019.slot(at: "applications.outcomes.withheld.internalAffairs.total"))
    #expect(slot.officialLocation.description == "'表三'!J12")
    let fee = try #require(ReportLayout.v2021.feeSlot)
    #expect(fee.officialLocation.description == "'表二'!B14")
    #expect(ReportLayout.v2019.feeSlot == nil)
    let appeal = try #require(ReportLayout.v2021.slot(at: "appeals.litigationAfterReview.total"))
    #expect(appeal.officialLocation.description == "'表四'!O4")
    #expect(appeal.rowLabel == "行政诉讼 · 复议后起诉")
    #expect(appeal.columnLabel == "总计")
    #expect(CellAddress.columnLetters(27) == "AA")
    #expect(CellAddress.columnLetters(16384) == "XFD")
    #expect(NianbaoGrid.SourceLocation(sheet: "O'Brien", reference: "A1").description == "'O''Brien'!A1")
  }

  @Test("the hybrid （六）其他处理 row collapses into 3.其他")
  func collapsedRow() throws {
    guard case .matrix(let matrix) = ReportLayout.v2021.table(.applications).structure else {
      Issue.record("table 三 is a matrix")
      return
    }
    let outcomes = try #require(matrix.rows.first { $0.key == "outcomes" })
    let otherHandling = try #require(outcomes.children.first { $0.key == "otherHandling" })
    #expect(otherHandling.collapsedKey == "other")
    #expect(otherHandling.children.map(\.key) == ["noCorrection", "unpaidFee", "other"])
  }
}
