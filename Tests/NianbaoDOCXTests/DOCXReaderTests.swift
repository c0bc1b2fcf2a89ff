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
