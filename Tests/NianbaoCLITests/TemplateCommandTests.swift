import Foundation
import Testing

@Suite struct TemplateCommandTests {
  @Test(arguments: ["2019", "2021"])
  func aBlankTemplateImportsAsAnAllBlankReport(_ version: String) throws {
    let folder = try CLIRunner.temporaryFolder()
    let template = folder.appendingPathComponent("t.xlsx")
    #expect(try CLIRunner.run(["template", "--version", version, "-o", template.path]).status == 0)
    let imported = try CLIRunner.run(["import", template.path, "--format", "json"])
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(imported.output.contains("\"formatVersion\": \(version)"))
    #expect(!imported.output.contains(": 0"))
    #expect(!imported.standardError.contains("notAValue"))
    #expect(!imported.standardError.contains("unmappedValue"))
  }

  @Test func anUnknownVersionIsAUsageError() throws {
    #expect(try CLIRunner.run(["template", "--version", "2020"]).status == 64)
  }
}
