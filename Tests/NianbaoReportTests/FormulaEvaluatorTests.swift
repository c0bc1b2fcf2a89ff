import NianbaoGrid
import Testing

@testable import NianbaoReport

@Suite struct FormulaEvaluatorTests {
  let evaluator = FormulaEvaluator(grids: [
    "S": SourceGrid(
      name: "S",
      cells: [
        SourceCell(row: 1, column: 1, content: .number("1.5")),
        SourceCell(row: 1, column: 2, content: .number("2")),
        SourceCell(row: 2, column: 1, content: .text("说明")),
        SourceCell(row: 2, column: 2, content: .formula("A1+B1", cached: nil)),
        SourceCell(row: 3, column: 1, content: .formula("A3", cached: nil)),
        SourceCell(row: 3, column: 2, content: .text("12")),
      ]),
    "表 二": SourceGrid(name: "表 二", cells: [SourceCell(row: 1, column: 1, content: .number("10"))]),
  ])

  func value(_ formula: String) -> String? {
    if case .success(let number) = evaluator.evaluate(formula, grid: "S", row: 9, column: 9) {
      return number.description
    }
    return nil
  }

  @Test func arithmeticOverCells() {
    #expect(value("A1+B1") == "3.5")
    #expect(value("=SUM(A1:B2)") == "7")
    #expect(value("SUM(A1,B1,1)-(B1-A1)") == "4")
    #expect(value("-A1+'表 二'!A1") == "8.5")
    #expect(value("B2+B3") == "15.5")
    #expect(value("$A$1+B$1") == "3.5")
    #expect(value("Z99") == "0")
  }

  @Test func otherFormulasAreRefused() {
    #expect(value("A1*2") == nil)
    #expect(value("VLOOKUP(A1,A1:B2,2)") == nil)
    #expect(value("A1:B2") == nil)
    #expect(value("A2+1") == nil)
    #expect(value("missing!A1") == nil)
  }

  @Test func cyclesAreRefused() {
    guard case .failure(let failure) = evaluator.evaluate("A3", grid: "S", row: 3, column: 1) else {
      Issue.record("a cycle was evaluated")
      return
    }
    #expect(failure.reason.contains("circular"))
  }
}
