import Foundation
import Testing

/// `nianbao import` as a user runs it: exit codes, outputs, standard input, batches.
@Suite struct ImportCommandTests {
  let fixtures = CLIRunner.sharedFixtures

  @Test func convertsCleanlyWithExitZero() throws {
    let folder = try CLIRunner.temporaryFolder()
    let output = folder.appendingPathComponent("out.json")
    let result = try CLIRunner.run([
      "import", fixtures.appendingPathComponent("xlsx/xiasizhen_2021.official.xlsx").path, "-o", output.path,
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let json = try String(contentsOf: output, encoding: .utf8)
    #expect(json.contains("\"organ\": \"凯里市下司镇\""))
  }

  @Test func brokenRulesExitOneAndNameTheCells() throws {
    let result = try CLIRunner.run(["import", fixtures.appendingPathComponent("xlsx/hongzequ_2023.official.xlsx").path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("'Sheet1'!E51"))
    #expect(result.output.hasPrefix("{"))
  }

  @Test func readsStandardInput() throws {
    let data = try Data(contentsOf: fixtures.appendingPathComponent("xlsx/xiasizhen_2021.libreoffice.xlsx"))
    let result = try CLIRunner.run(["import", "-"], input: data)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.output.contains("\"formatVersion\": 2021"))
  }

  @Test func unreadableInputExitsTwoWithoutOutput() throws {
    let folder = try CLIRunner.temporaryFolder()
    let output = folder.appendingPathComponent("out.json")
    let result = try CLIRunner.run([
      "import", fixtures.appendingPathComponent("bad/legacy.xls").path, "-o", output.path,
    ])
    #expect(result.status == 2)
    #expect(result.standardError.contains(".xls"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func convertsAFolderInParallel() throws {
    let folder = try CLIRunner.temporaryFolder()
    let result = try CLIRunner.run([
      "import", fixtures.appendingPathComponent("xlsx").path, "-o", folder.path, "--jobs", "2",
    ])
    #expect(result.status == 1, "two fixtures break R2–R4")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.filter { $0.hasSuffix(".findings.json") }.count == 6)
    #expect(names.filter { !$0.hasSuffix(".findings.json") && $0.hasSuffix(".json") }.count == 6)
  }

  @Test func usageErrorsExit64() throws {
    let result = try CLIRunner.run(["import"])
    #expect(result.status == 64)
  }
}
