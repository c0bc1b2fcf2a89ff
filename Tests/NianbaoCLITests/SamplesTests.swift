import Foundation
import Testing

/// The bundled samples are current (what nianbao writes today), round-trip, and give their expected findings.
@Suite struct SamplesTests {
  static let samples = CLIRunner.repository.appendingPathComponent("Samples")

  func sample(_ name: String) -> String { Self.samples.appendingPathComponent(name).path }

  @Test func theOfficialWorkbookIsTheExportOfTheJSON() throws {
    let result = try CLIRunner.run(["export", sample("xiasizhen_2021.json")])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == (try Data(contentsOf: Self.samples.appendingPathComponent("xiasizhen_2021.xlsx"))))
  }

  @Test(arguments: ["2019", "2021"])
  func theTemplatesAreCurrent(_ version: String) throws {
    let result = try CLIRunner.run(["template", "--version", version])
    #expect(result.status == 0)
    let committed = try Data(contentsOf: Self.samples.appendingPathComponent("template_\(version).xlsx"))
    #expect(result.standardOutput == committed)
  }

  @Test(arguments: ["xiasizhen_2021.xlsx", "clerk_imbalance_2022.xlsx", "template_2019.xlsx", "template_2021.xlsx"])
  func everySampleWorkbookRoundTrips(_ name: String) throws {
    let result = try CLIRunner.run(["roundtrip", sample(name)])
    #expect(result.status == 0, "\(name): \(result.output)")
  }

  /// The 下司镇 report as a Word file, a PDF and a page saved as text, beside its workbook.
  static let documents = ["xiasizhen_2021.docx", "xiasizhen_2021.pdf", "xiasizhen_2021.txt"]

  @Test(arguments: documents)
  func everySampleDocumentImportsToTheTablesOfTheSampleJSON(_ name: String) throws {
    let result = try CLIRunner.run(["import", sample(name)])
    #expect(result.status == 0, "\(name): \(result.standardError)")
    let imported = try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any]
    let expected =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: Self.samples.appendingPathComponent("xiasizhen_2021.json")))
      as? [String: Any]
    for key in ["formatVersion", "year", "proactive", "applications", "appeals"] {
      #expect(
        (imported?[key] as? NSObject)?.isEqual(expected?[key]) == true, "\(name): \(key)")
    }
  }

  @Test(arguments: documents + ["pingtan_2024.html"])
  func everySampleDocumentRoundTrips(_ name: String) throws {
    let result = try CLIRunner.run(["roundtrip", sample(name)])
    #expect(result.status == 0, "\(name): \(result.output)")
  }

  @Test func aFolderOfReportsInEveryCarrierConvertsWithoutOverwritingOneAnother() throws {
    let output = try CLIRunner.temporaryFolder()
    let result = try CLIRunner.run(["import", Self.samples.path, "-o", output.path])
    #expect(result.status == 1, "\(result.standardError)")  // the clerk sample breaks rules on purpose
    let written = Set(try FileManager.default.contentsOfDirectory(atPath: output.path))
    for name in Self.documents + ["xiasizhen_2021.xlsx"] {
      #expect(written.contains(name + ".json"), "\(name)")
      #expect(written.contains(name + ".findings.json"), "\(name)")
    }
    #expect(written.contains("pingtan_2024.json"))
    #expect(written.contains("clerk_imbalance_2022.json"))
  }

  @Test func theClerkSampleGivesItsExpectedFindings() throws {
    let result = try CLIRunner.run(["check", sample("clerk_imbalance_2022.xlsx"), "--format", "json"])
    #expect(result.status == 1)
    let expected = try Data(contentsOf: Self.samples.appendingPathComponent("clerk_imbalance_2022.findings.json"))
    #expect(result.output == String(decoding: expected, as: UTF8.self))
    for rule in ["\"R2\"", "\"R3\"", "\"R4\"", "\"notAValue\"", "\"formulaEvaluated\""] {
      #expect(result.output.contains(rule), "\(rule)")
    }
  }

  @Test func theSampleJSONImportsFromItsWorkbook() throws {
    let result = try CLIRunner.run(["import", sample("xiasizhen_2021.xlsx")])
    #expect(result.status == 0)
    let committed = try String(contentsOf: Self.samples.appendingPathComponent("xiasizhen_2021.json"), encoding: .utf8)
    #expect(result.output == committed)
  }
}
