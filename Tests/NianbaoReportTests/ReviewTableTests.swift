import Testing

@testable import NianbaoReport

@Suite struct ReviewTableTests {
  @Test func alignedWorstFirstWithTheFirstErrorInWords() {
    let clean = ReviewEntry(
      file: "long-name.json",
      outcome: .checked(report: Report(formatVersion: .v2019, organ: "甲镇", year: 2020), findings: []))
    let review = ReportReview(entries: [
      clean, ReviewEntryTests.entry("b.xlsx", [.r5, .r3]),
      ReviewEntry(file: "c.xlsx", outcome: .unreadable(message: "damaged\nbadly")),
    ])
    let lines = ReviewTable.text(for: review, language: .chinese).split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("文件            机关"))
    #expect(lines[1].hasPrefix("c.xlsx") && lines[1].hasSuffix("无法读取：damaged badly"))
    #expect(lines[2].hasPrefix("b.xlsx") && lines[2].hasSuffix("1     1  R3句"))
    #expect(lines[3].hasPrefix("long-name.json  甲镇") && lines[3].hasSuffix("2020  2019     0     0"))
    // Columns line up on display width: a Chinese character takes two columns.
    for line in lines.dropLast() {
      let file = line.prefix { $0 != " " }
      let gap = line.dropFirst(file.count).prefix { $0 == " " }
      #expect(DisplayWidth.units(of: String(file)) + Double(gap.count) == 16, "\(line)")
      let organ = line.dropFirst(file.count + gap.count).prefix { $0 != " " }
      let next = line.dropFirst(file.count + gap.count + organ.count).prefix { $0 == " " }
      #expect(DisplayWidth.units(of: String(organ)) + Double(next.count) >= 6, "\(line)")
    }
    #expect(lines[4] == "共 3 个文件：1 个无错误和警告，0 个仅有警告，1 个有错误，1 个无法读取。")
    let english = ReviewTable.text(for: review, language: .english)
    #expect(
      english.hasPrefix("file")
        && english.hasSuffix("3 files: 1 clean, 0 with warnings only, 1 with errors, 1 unreadable.\n"))
  }
}
