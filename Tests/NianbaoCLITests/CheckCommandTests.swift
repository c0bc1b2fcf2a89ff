import Foundation
import Testing

@Suite struct CheckCommandTests {
  let expected = CLIRunner.sharedFixtures.appendingPathComponent("expected")

  @Test func checksJSONAndNamesTheRules() throws {
    let result = try CLIRunner.run([
      "check", expected.appendingPathComponent("hongzequ_2023.json").path, "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.output.components(separatedBy: "[R4]").count == 3)
    #expect(result.output.contains("findings:"))
  }

  @Test func checksWorkbooksAsJSONFindings() throws {
    let workbook = CLIRunner.sharedFixtures.appendingPathComponent("xlsx/shanghai_szfbgt_2019.official.xlsx")
    let result = try CLIRunner.run(["check", workbook.path, "--format", "json"])
    #expect(result.status == 1)
    let document = try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any]
    let findings = document?["findings"] as? [[String: Any]] ?? []
    #expect(findings.filter { $0["rule"] as? String == "R2" }.count == 11)
    #expect(findings.filter { $0["rule"] as? String == "R3" }.count == 1)
  }

  @Test func aCleanReportExitsZero() throws {
    let result = try CLIRunner.run(["check", expected.appendingPathComponent("xiasizhen_2021.json").path])
    #expect(result.status == 0)
  }

  @Test func previousYearIsCheckedForContinuity() throws {
    let folder = try CLIRunner.temporaryFolder()
    var previous = try String(contentsOf: expected.appendingPathComponent("xiasizhen_2021.json"), encoding: .utf8)
    previous = previous.replacingOccurrences(of: "\"year\": 2021", with: "\"year\": 2020")
    let path = folder.appendingPathComponent("2020.json")
    try previous.write(to: path, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run([
      "check", expected.appendingPathComponent("xiasizhen_2021.json").path, "--previous", path.path, "--format", "json",
    ])
    #expect(result.status == 0, "\(result.output)")
    #expect(!result.output.contains("\"R5\""))
  }
}
