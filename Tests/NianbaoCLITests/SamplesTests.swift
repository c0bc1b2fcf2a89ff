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
