import Foundation
import Testing

@testable import NianbaoReport

/// Every document nianbao writes validates against the committed schema: reports and findings of every fixture
/// import, of generated reports, and the bundled samples.
@Suite struct SchemaOutputTests {
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples")

  let validator: SchemaValidator

  init() throws {
    validator = try SchemaValidator(schema: JSONValue.parse(ReportSchema.bundledText()))
  }

  func expectValid(_ text: String, against pointer: String? = nil, _ context: String) throws {
    let value = try JSONValue.parse(text)
    let violations = try pointer.map { try validator.validate(value, against: $0) } ?? validator.validate(value)
    #expect(violations.isEmpty, "\(context): \(violations)")
  }

  @Test(arguments: ImportFixtures.workbooks.map(\.file))
  func importedReportsAndFindingsValidate(_ file: String) throws {
    let imported = try ReportImporter.importWorkbook(at: ImportFixtures.workbook(file))
    try expectValid(imported.report.jsonText(), file)
    let findings = FindingsDocument.json(for: imported.report, findings: imported.findings).prettyPrinted()
    try expectValid(findings, against: "#/$defs/findingsDocument", file + " findings")
  }

  @Test(arguments: FormatVersion.allCases)
  func generatedReportsValidate(_ version: FormatVersion) throws {
    let report = try ImportFixtures.patterned(version)
    try expectValid(report.jsonText(), "patterned \(version)")
    try expectValid(Report(formatVersion: version).jsonText(), "blank \(version)")
  }

  @Test func samplesValidate() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter { $0.hasSuffix(".json") }
    #expect(!names.isEmpty)
    for name in names {
      let text = try String(contentsOf: Self.samples.appendingPathComponent(name), encoding: .utf8)
      try expectValid(text, against: name.hasSuffix(".findings.json") ? "#/$defs/findingsDocument" : nil, name)
    }
  }
}
