import Testing

@testable import NianbaoReport

@Suite("Label normalisation and matching")
struct LabelTests {
  @Test(
    "normalisation",
    arguments: [
      ("商业\n企业", "商业企业"),
      ("总 计", "总计"),
      ("三、本年度办\u{3000}理结果", "三、本年度办理结果"),
      ("(一)予以公开", "(一)予以公开"),
      ("（一）予以公开", "(一)予以公开"),
      ("1、属于国家秘密", "1.属于国家秘密"),
      ("１．属于国家秘密", "1.属于国家秘密"),
      ("区分处理的，只计这一情形", "区分处理的、只计这一情形"),
      ("3.危及\"三安全一稳定\"", "3.危及\"三安全一稳定\""),
      ("3.危及“三安全一稳定”", "3.危及\"三安全一稳定\""),
      ("结果\r\n纠正\u{200B}", "结果纠正"),
      ("本年增／减", "本年增/减"),
    ])
  func normalize(input: String, expected: String) {
    #expect(LabelNormalizer.normalize(input) == expected)
    #expect(LabelNormalizer.normalize(input, shortcut: false) == expected)
  }

  @Test("the shortcut for common scalars gives Foundation's NFKC result")
  func shortcutAgreesWithFoundation() {
    var texts = [ReportLayout.v2019, ReportLayout.v2021].flatMap { layout in
      layout.tables.flatMap { table in
        [table.title.text] + table.slots.flatMap { $0.rowHeaders.map(\.text) + $0.columnHeaders.map(\.text) }
      }
    }
    // Every scalar the shortcut accepts, in runs, next to ones it leaves to Foundation (combining marks,
    // compatibility ideographs, circled digits, Roman numerals, no-break and zero-width spaces, half-width kana).
    let accepted = [0x00...0x7F, 0x3000...0x3002, 0x3008...0x3011, 0x2014...0x2014, 0x2018...0x201D, 0xFF01...0xFF5E]
      .map { range in String(String.UnicodeScalarView(range.compactMap(Unicode.Scalar.init))) }
    texts += accepted
    texts.append(String(String.UnicodeScalarView((0x4E00...0x9FFF).compactMap(Unicode.Scalar.init))))
    texts += ["e\u{301}", "\u{F900}行政", "①项", "Ⅲ、结果", "a\u{A0}b", "\u{200B}总计", "ｶﾞ", "１\u{FF0C}２"]
    for text in texts {
      #expect(LabelNormalizer.normalize(text) == LabelNormalizer.normalize(text, shortcut: false), "\(text)")
    }
  }

  @Test("official labels match their real-world spellings")
  func variants() throws {
    let layout = ReportLayout.v2021
    let withheld = try #require(layout.slot(at: "applications.outcomes.withheld.prohibitedByLaw.total"))
    let label = try #require(withheld.rowHeaders.last)
    #expect(label.matches("2.其他法律行政止公开"))
    #expect(label.matches("2、其他法律行政法规禁止公开"))
    #expect(layout.table(.appeals).title.matches("四、政府信息公开行政法复议、行政诉讼情况"))
    #expect(layout.table(.applications).title.matches("三、收到和处理政府信息公开申请情况 "))
    let normative = try #require(layout.slot(at: "proactive.normativeDocuments.issued")?.rowHeaders.last)
    #expect(normative.text == "行政规范性文件")
    #expect(normative.matches("规范性文件"))
    let normative2019 = try #require(
      ReportLayout.v2019.slot(at: "proactive.normativeDocuments.newlyMade")?.rowHeaders.last)
    #expect(normative2019.text == "规范性文件")
    #expect(normative2019.matches("行政规范性文件"))
    let partial = try #require(layout.slot(at: "applications.outcomes.partiallyDisclosed.total")?.rowHeaders.last)
    #expect(partial.matches("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"))
  }

  @Test("short labels match exactly only; long ones tolerate small typos")
  func tolerance() {
    #expect(!Label("行政许可").matches("行政处罚"))
    #expect(!Label("总计").matches("合计"))
    #expect(Label("5.要求行政机关确认或重新出具已获取信息").matches("5.要求行政机关确认或重新出具已获得信息"))
    #expect(!Label("5.要求行政机关确认或重新出具已获取信息").matches("5.要求行政机关确认"))
    #expect(LabelMatcher.tolerance(forLength: 5) == 0)
    #expect(LabelMatcher.tolerance(forLength: 6) == 1)
    #expect(LabelMatcher.tolerance(forLength: 30) == 3)
  }

  @Test("best match: exact first, fuzzy only when unambiguous")
  func bestMatch() {
    let labels: [Label] = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物"]
    #expect(LabelMatcher.bestMatch(for: "2、重复申请", in: labels) == LabelMatch(index: 1, distance: 0))
    #expect(LabelMatcher.bestMatch(for: "1.信访举报投诉申请", in: labels) == LabelMatch(index: 0, distance: 1))
    #expect(LabelMatcher.bestMatch(for: "行政许可", in: labels) == nil)
    #expect(LabelMatcher.bestMatch(for: "  ", in: labels) == nil)
    let twins: [Label] = ["1.属于国家秘密甲", "1.属于国家秘密乙"]
    #expect(LabelMatcher.bestMatch(for: "1.属于国家秘密丙", in: twins) == nil)
  }

  @Test("edit distance")
  func editDistance() {
    func distance(_ a: String, _ b: String, _ limit: Int) -> Int? {
      LabelMatcher.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }
    #expect(distance("kitten", "sitting", 3) == 3)
    #expect(distance("kitten", "sitting", 2) == nil)
    #expect(distance("", "abc", 3) == 3)
    #expect(distance("相同", "相同", 0) == 0)
  }
}
