import Foundation
import Testing

/// `nianbao cells` on a sheet whose merged ranges overlap: both listed, the overlap said in the listing and on
/// standard error; `import` and `check` refuse the file.
@Suite struct CellsOverlapsTests {
  static let file = CLIRunner.repository.appendingPathComponent(
    "Tests/NianbaoXLSXTests/Fixtures/hostile/overlapping-merges.xlsx"
  ).path

  @Test func tsvListsBothMergesAndTheirOverlap() throws {
    let result = try CLIRunner.run(["cells", "--format", "tsv", Self.file])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains("Sheet1\tA1:C3\tmerge\t\t\t"))
    #expect(lines.contains("Sheet1\tB2:D4\tmerge\t\t\t"))
    #expect(lines.contains("Sheet1\tB2:D4\toverlap\tA1:C3\t\t"))
    #expect(result.standardError.contains("A1:C3 and B2:D4 overlap"))
  }

  @Test func jsonListsTheOverlappingPair() throws {
    let result = try CLIRunner.run(["cells", Self.file])
    #expect(result.status == 0)
    #expect(result.output.contains(#""merges":["A1:C3","B2:D4"]"#))
    #expect(result.output.contains(#""overlappingMerges":[["A1:C3","B2:D4"]]"#))
  }

  @Test func checkRefusesTheFileNamingBothRanges() throws {
    let result = try CLIRunner.run(["check", Self.file])
    #expect(result.status == 2)
    #expect(result.standardError.contains("The merged ranges A1:C3 and B2:D4 of sheet 'Sheet1' overlap"))
  }
}
