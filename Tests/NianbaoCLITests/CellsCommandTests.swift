import Foundation
import Testing

@Suite struct CellsCommandTests {
  let workbook = CLIRunner.sharedFixtures.appendingPathComponent("xlsx/hongzequ_2023.official.xlsx")

  @Test func listsCellsAndMergesAsJSON() throws {
    let result = try CLIRunner.run(["cells", workbook.path])
    #expect(result.status == 0, "\(result.standardError)")
    let document = try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any]
    let sheets = document?["sheets"] as? [[String: Any]] ?? []
    #expect(sheets.count == 1)
    #expect((sheets.first?["cells"] as? [Any])?.count == 266)
    #expect((sheets.first?["merges"] as? [Any])?.count == 37)
    let first = (sheets.first?["cells"] as? [[String: Any]])?.first
    #expect(first?["ref"] as? String == "A1")
    #expect(first?["type"] as? String == "string")
  }

  @Test func listsCellsAsTSVFromStandardInput() throws {
    let result = try CLIRunner.run(["cells", "--format", "tsv", "-"], input: try Data(contentsOf: workbook))
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.first == "sheet\tref\ttype\tvalue\tformula\tcached")
    #expect(lines.count == 1 + 266 + 37)
    #expect(lines.contains { $0.hasSuffix("\tmerge\t\t\t") })
  }

  @Test func showsFormulasWithTheirCachedValues() throws {
    let crafted = CLIRunner.repository.appendingPathComponent(
      "Tests/NianbaoXLSXTests/Fixtures/crafted/every-cell-type.xlsx")
    let result = try CLIRunner.run(["cells", crafted.path])
    #expect(result.output.contains(#""ref":"A3","type":"formula","formula":"SUM(A2:C2)","cached":24234.312082"#))
    #expect(result.output.contains(#""ref":"B3","type":"formula","formula":"A2*2","cached":null"#))
  }

  @Test func hostileInputExitsTwo() throws {
    let result = try CLIRunner.run(["cells", CLIRunner.sharedFixtures.appendingPathComponent("bad/xxe.xlsx").path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("DOCTYPE"))
    #expect(result.output.isEmpty)
  }
}
