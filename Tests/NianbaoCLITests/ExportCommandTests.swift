import Foundation
import Testing

@Suite struct ExportCommandTests {
  let sample = CLIRunner.repository.appendingPathComponent("Samples/xiasizhen_2021.json")

  @Test func writesTheSameBytesTwice() throws {
    let folder = try CLIRunner.temporaryFolder()
    let first = folder.appendingPathComponent("a.xlsx")
    let second = folder.appendingPathComponent("b.xlsx")
    #expect(try CLIRunner.run(["export", sample.path, "-o", first.path]).status == 0)
    #expect(try CLIRunner.run(["export", sample.path, "-o", second.path]).status == 0)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
  }

  @Test func writesToStandardOutputFromStandardInput() throws {
    let result = try CLIRunner.run(["export", "-"], input: try Data(contentsOf: sample))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }

  @Test func brokenJSONExitsTwoNamingThePlaceAndWritesNothing() throws {
    let folder = try CLIRunner.temporaryFolder()
    let output = folder.appendingPathComponent("out.xlsx")
    let broken = Data(#"{"formatVersion": 2021, "organ": 5}"#.utf8)
    let result = try CLIRunner.run(["export", "-", "-o", output.path], input: broken)
    #expect(result.status == 2)
    #expect(result.standardError.contains("year"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func findingsNameTheWrittenCells() throws {
    let report = CLIRunner.sharedFixtures.appendingPathComponent("expected/hongzequ_2023.json")
    let folder = try CLIRunner.temporaryFolder()
    let result = try CLIRunner.run(["export", report.path, "-o", folder.appendingPathComponent("h.xlsx").path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("'年度报告'!E"))
  }
}
