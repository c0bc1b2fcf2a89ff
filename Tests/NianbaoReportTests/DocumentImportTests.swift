import Foundation
import Testing

@testable import NianbaoReport

/// Reports read from documents (here: pages saved as text) through the one locator, against their canonical JSON.
@Suite struct DocumentImportTests {
  /// `../shared/reports` beside the checkout.
  static let reports = ImportFixtures.shared.deletingLastPathComponent().appendingPathComponent("reports")

  /// The texts of ../shared/reports with their report, and the organ their own title names (the 下司镇 page's
  /// title leaves out 凯里市, which the canonical JSON carries).
  static let texts: [(file: String, report: String, organ: String)] = [
    ("xiasizhen_2021.txt", "xiasizhen_2021", "下司镇"),
    ("shanghai_szfbgt_2019.txt", "shanghai_szfbgt_2019", "上海市人民政府办公厅"),
    // pdftotext's reading order; the PDF's title names 洪泽区人民政府 without 淮安市.
    ("hongzequ_2023.pdf-text.txt", "hongzequ_2023", "洪泽区人民政府"),
  ]

  @Test(arguments: texts)
  func pagesSavedAsTextImportToTheirCanonicalJSON(_ file: String, _ name: String, _ organ: String) throws {
    let imported = try ReportImporter.importDocument(at: Self.reports.appendingPathComponent(file).path)
    let expected = try Fixtures.report(name)
    #expect(imported.report.formatVersion == expected.formatVersion)
    #expect(imported.report.year == expected.year)
    #expect(imported.report.organ == organ)
    #expect(imported.report.text == expected.text)
    for slot in expected.layout.slots {
      #expect(imported.report[slot.keyPath] == expected[slot.keyPath], "\(file): \(slot.keyPath)")
    }
    let balance = imported.findings.filter { [.r1, .r2, .r3, .r4].contains($0.rule) }.map(\.asExpected)
    #expect(Set(balance) == Set(try Fixtures.expectedFindings(name)))
    #expect(balance.count == (try Fixtures.expectedFindings(name)).count)
  }

  @Test func theTextAndTheWorkbookOfOneReportGiveTheSameTables() throws {
    let text = try ReportImporter.importDocument(at: Self.reports.appendingPathComponent("xiasizhen_2021.txt").path)
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Samples/xiasizhen_2021.xlsx")
    let workbook = try ReportImporter.importDocument(at: sample.path)
    for slot in text.report.layout.slots {
      #expect(text.report[slot.keyPath] == workbook.report[slot.keyPath], "\(slot.keyPath)")
    }
    #expect(text.report.text == workbook.report.text)
  }

  /// The Word, web-page and PDF forms of the real reports: (file, report, what the text sections may differ in).
  /// The 平潭 page's canonical text runs a section's paragraphs together where the reader joins them with "\n"; the
  /// PDF has no mark for the one space at a wrapped line's end in 下司镇's section 一.
  static let documents: [(file: String, report: String, textDifference: String)] = [
    ("xiasizhen_2021.docx", "xiasizhen_2021", ""),
    ("pingtan_2024.html", "pingtan_2024", "\n"),
    ("xiasizhen_2021.pdf", "xiasizhen_2021", " "),
  ]

  @Test(arguments: documents)
  func documentsImportToTheirCanonicalJSONByContent(_ file: String, _ name: String, _ textDifference: String) throws {
    let imported = try ReportImporter.importDocument(at: Self.reports.appendingPathComponent(file).path)
    let expected = try Fixtures.report(name)
    #expect(imported.report.formatVersion == expected.formatVersion)
    #expect(imported.report.organ == expected.organ)
    #expect(imported.report.year == expected.year)
    for slot in expected.layout.slots {
      #expect(imported.report[slot.keyPath] == expected[slot.keyPath], "\(file): \(slot.keyPath)")
    }
    for section in TextSection.allCases {
      let read = imported.report.text[section]
      let canonical = expected.text[section]
      #expect(read != nil, "\(file): \(section)")
      if textDifference.isEmpty {
        #expect(read == canonical, "\(file): \(section)")
      } else {
        let strip = { (text: String?) in text?.replacingOccurrences(of: textDifference, with: "") }
        #expect(strip(read) == strip(canonical), "\(file): \(section)")
      }
    }
    let balance = imported.findings.filter { [.r1, .r2, .r3, .r4].contains($0.rule) }.map(\.asExpected)
    #expect(Set(balance) == Set(try Fixtures.expectedFindings(name)))
  }

  @Test func theTextTheWordFileAndTheWorkbookOfOneReportGiveTheSameTables() throws {
    let word = try ReportImporter.importDocument(at: Self.reports.appendingPathComponent("xiasizhen_2021.docx").path)
    let text = try ReportImporter.importDocument(at: Self.reports.appendingPathComponent("xiasizhen_2021.txt").path)
    #expect(word.report.values == text.report.values)
  }

  @Test(arguments: ["xiasizhen_2021", "shanghai_szfbgt_2019", "pingtan_2024", "hongzequ_2023"])
  func aRenderedPageImportsBackToTheSameReport(_ name: String) throws {
    var report = try Fixtures.report(name)
    // The page prints a section as one paragraph a line; the canonical 平潭 text has no line breaks to keep.
    let page = ReportPage.html(for: report)
    let imported = try ReportImporter.importDocument(bytes: Array(page.utf8), name: "\(name).html")
    if name == "hongzequ_2023" { report.text = ReportText() }
    #expect(imported.report.formatVersion == report.formatVersion)
    #expect(imported.report.organ == report.organ)
    #expect(imported.report.year == report.year)
    #expect(imported.report.values == report.values)
    #expect(imported.report.text == report.text)
  }

  @Test func readingOrderTextWithAMissingNumberLeavesThatTableMissing() throws {
    let path = Self.reports.appendingPathComponent("hongzequ_2023.pdf-text.txt").path
    var text = try String(contentsOfFile: path, encoding: .utf8)
    // Table 二's 行政许可 value (550) printed nothing, as a blank cell does in a PDF.
    text = text.replacingOccurrences(of: "本年处理决定数量\n550\n", with: "本年处理决定数量\n")
    let imported = try ReportImporter.importDocument(bytes: Array(text.utf8), name: "blank.txt")
    #expect(imported.findings.contains { $0.rule == .tableMissing && $0.table == .proactive })
    #expect(imported.report[ReportKeyPath(parsing: "proactive.penalties.decisions")] == nil)
    #expect(imported.report[ReportKeyPath(parsing: "appeals.administrativeReview.upheld")] == .count(10))
  }

  @Test func aWorkbookIsStillReadAsAWorkbook() throws {
    let imported = try ReportImporter.importDocument(at: ImportFixtures.workbook("hongzequ_2023.official.xlsx"))
    #expect(imported.locations.values.allSatisfy { $0.sheet == "Sheet1" })
  }

  @Test func textWithTheHeadingsButNoTablesSaysTheTablesAreProbablyImages() throws {
    let page =
      "某县2022年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n\n"
      + "三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n\n无。\n"
    #expect {
      try ReportImporter.importDocument(bytes: Array(page.utf8), name: "page.txt")
    } throws: { error in
      guard case .noReportTables(let source, let reason?) = error as? ImportError else { return false }
      return source == "page.txt" && reason.contains("probably images") && reason.contains("三、收到和处理政府信息公开申请情况")
    }
  }

  @Test func bytesThatAreNeitherAWorkbookNorTextNameWhatTheyAre() {
    #expect {
      try ReportImporter.importDocument(bytes: Array("%PDF-1.7\n".utf8) + [0, 1, 2], name: "a.bin")
    } throws: { error in
      "\(error)".contains("PDF")
    }
  }
}
