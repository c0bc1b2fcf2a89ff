import Testing

@testable import NianbaoReport

@Suite struct ReportTitleTests {
  @Test func readsOrganAndYear() {
    #expect(ReportTitle.parse("凯里市下司镇2021年政府信息公开工作年度报告")! == ("凯里市下司镇", 2021))
    #expect(ReportTitle.parse(" 上海市人民政府办公厅\n２０１９年度政府信息公开工作年度报告 ")! == ("上海市人民政府办公厅", 2019))
    #expect(ReportTitle.parse("2022年政府信息公开工作年度报告")! == (nil, 2022))
    #expect(ReportTitle.parse("二、主动公开政府信息情况") == nil)
    #expect(ReportTitle.parse("某县999年政府信息公开工作年度报告") == nil)
  }

  @Test func writesTheTitle() {
    #expect(ReportTitle.text(organ: "凯里市下司镇", year: 2021) == "凯里市下司镇2021年政府信息公开工作年度报告")
    #expect(ReportTitle.text(organ: nil, year: 2021) == nil)
  }
}

private func == (lhs: (organ: String?, year: Int), rhs: (String?, Int)) -> Bool {
  lhs.organ == rhs.0 && lhs.year == rhs.1
}

@Suite struct ReportTitleInTextTests {
  @Test func aSentenceQuotingATitleIsNotATitle() {
    #expect(ReportTitle.parse("现将本机关2019年政府信息公开工作年度报告公布如下。") == nil)
  }
}
