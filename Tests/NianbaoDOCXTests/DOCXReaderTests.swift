import Foundation
import NianbaoDOCX
import NianbaoGrid
import NianbaoPackage
import NianbaoReport
import Testing

/// The reader's public calls on real documents: the shared 下司镇 report and the blank Word template, by path and
/// from memory, imported end to end.
@Suite struct DOCXReaderTests {
  @Test func xiasizhenImportsToItsExpectedTablesAndText() throws {
    let path = DOCXFixtures.report("xiasizhen_2021.docx")
    let grids = try DOCXReader.read(path: path)
    #expect(grids.map(\.name) == ["正文", "表格1", "表格2", "表格3"])
    try ReportSupport.expectImport(
      grids, source: path, expected: try ReportSupport.expected(atPath: DOCXFixtures.expected("xiasizhen_2021.json")),
      findings: try ReportSupport.findings(atPath: DOCXFixtures.expected("xiasizhen_2021.findings.json")))
  }

  @Test func theBodyHoldsTheTitleAndTheSixHeadingsInOrder() throws {
    let paragraphs = ReportSupport.paragraphs(try DOCXReader.read(path: DOCXFixtures.report("xiasizhen_2021.docx")))
    #expect(paragraphs.first == "凯里市下司镇2021年政府信息公开工作年度报告")
    let headings = [
      "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ]
    let positions = headings.map { heading in paragraphs.firstIndex(of: heading) }
    #expect(positions.allSatisfy { $0 != nil }, "\(paragraphs)")
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
  }

  /// The corpus of scripts/make_docx_corpus.py: each document with the canonical JSON it must import to.
  /// The page saved as Word is checked for its text apart (see ``theWebPageSavedAsWordCarriesItsTextSections()``).
  static let corpus = [
    "template_xiasizhen_2021", "template_xiasizhen_2021.libreoffice", "template_clerk_2022",
    "template_clerk_2022.libreoffice", "pingtan_2024.libreoffice", "template_xiasizhen_2021.tblheader",
  ]

  @Test(arguments: corpus)
  func corpusDocumentsImportToTheirExpectedJSON(_ name: String) throws {
    try expectCorpusImport(name)
  }

  private func expectCorpusImport(_ name: String) throws {
    let path = try DOCXFixtures.fixture("corpus/\(name).docx")
    try ReportSupport.expectImport(
      try DOCXReader.read(path: path), source: path,
      expected: try ReportSupport.expected(atPath: DOCXFixtures.fixture("corpus/\(name).json")),
      findings: try ReportSupport.findings(atPath: DOCXFixtures.fixture("corpus/\(name).findings.json")),
      checksText: !name.hasPrefix("pingtan"))
  }

  @Test func theWebPageSavedAsWordCarriesItsTextSections() throws {
    // The expected JSON of the page joins a section's <p> paragraphs without a separator, and the page's footer
    // follows section 六: the paragraphs are compared as that JSON joins them, and 六 by its first paragraph.
    let paragraphs = ReportSupport.paragraphs(
      try DOCXReader.read(path: DOCXFixtures.fixture("corpus/pingtan_2024.libreoffice.docx")))
    let expected = try ReportSupport.expected(atPath: DOCXFixtures.expected("pingtan_2024.json"))
    func section(_ start: String, _ next: String) -> String? {
      guard let heading = paragraphs.firstIndex(where: { $0.hasPrefix(start) }),
        let end = paragraphs[(heading + 1)...].firstIndex(where: { $0.hasPrefix(next) })
      else { return nil }
      return paragraphs[(heading + 1)..<end].joined()
    }
    #expect(section("一、", "二、") == expected.text.overview)
    #expect(section("五、", "六、") == expected.text.problems)
    let other = paragraphs.firstIndex { $0.hasPrefix("六、") }.map { paragraphs[$0 + 1] }
    #expect(other == expected.text.other)
  }

  @Test func aTableSplitInTwoKeepsBothPartsWithTheirRepeatedHeaders() throws {
    let grids = try DOCXReader.read(path: DOCXFixtures.fixture("corpus/template_xiasizhen_2021.split.docx"))
    // Table 三 cut in two: 表格2 ends with 6.属于四类过程性信息, 表格3 repeats the three header rows and goes on with
    // 7.属于行政执法案卷; table 四 is 表格4.
    #expect(grids.map(\.name) == ["正文", "表格1", "表格2", "表格3", "表格4"])
    let first = try #require(grids.first { $0.name == "表格2" })
    let second = try #require(grids.first { $0.name == "表格3" })
    #expect(first.row(1).map(\.text) == second.row(1).map(\.text))
    #expect(first.row(3).map(\.text) == second.row(3).map(\.text))
    #expect(second.row(4).contains { $0.text.hasPrefix("7.属于行政执法案卷") })
    // The importer joins the second part to the first (its repeated header rows dropped): the import is exact.
    try expectCorpusImport("template_xiasizhen_2021.split")
  }

  @Test func readingFromMemoryGivesTheSameGrids() throws {
    let path = DOCXFixtures.report("xiasizhen_2021.docx")
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(try DOCXReader.read(bytes: bytes, name: "xiasizhen_2021.docx") == (try DOCXReader.read(path: path)))
  }

  @Test func theBlankTemplateReadsAndItsTablesLocateWithBlankValues() throws {
    let path = DOCXFixtures.report("word-template-2021.docx")
    let grids = try DOCXReader.read(path: path)
    let imported = try ReportImporter.importReport(from: grids, source: path)
    #expect(imported.report.formatVersion == .v2021)
    #expect(!imported.findings.contains { $0.rule == .tableMissing })
    #expect(imported.report.values.isEmpty, "\(imported.report.values)")
  }

  @Test func tooLargeInputFromMemoryIsRefused() {
    var limits = ReadLimits.default
    limits.maxInputBytes = 10
    #expect(throws: DOCXError.self) {
      try DOCXReader.read(bytes: Array(repeating: 0, count: 11), name: "x", limits: limits)
    }
    do {
      _ = try DOCXReader.read(bytes: Array(repeating: 0, count: 11), name: "x", limits: limits)
    } catch {
      #expect(error.kind == .packageTooLarge)
    }
  }
}
