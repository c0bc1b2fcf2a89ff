import Testing

@testable import NianbaoReport

/// A prepared label set answers exactly like trying each label in turn.
@Suite struct LabelSetTests {
  static let texts = [
    "自然人", "总 计", "商业\n企业", "2、其他法律行政止公开", "（一）予以公开", "(一)予以公开", "1.属于国家秘密", "13", "", "行政复议",
    "第二十条第（一）项", "四、结转下年度继续办理", "结转下年度", "/", "本年新制作数量",
  ]

  @Test(arguments: FormatVersion.allCases)
  func agreesWithTryingEveryLabel(_ version: FormatVersion) {
    let labels = version.layout.tables.flatMap { table in table.grid.cells.compactMap(\.label) }
    let set = LabelSet(labels)
    for text in Self.texts {
      let form = LabelLookup.form(text)
      #expect(set.contains(form) == labels.contains { $0.matches(text) }, "\(text)")
    }
  }

  @Test func anEmptySetContainsNothing() {
    #expect(!LabelSet([]).contains(LabelLookup.form("自然人")))
  }
}
