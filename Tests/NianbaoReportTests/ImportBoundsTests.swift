import Foundation
import NianbaoGrid
import Testing

@testable import NianbaoReport

/// The import stays within bounds on hostile grids: merges of the whole sheet and formulas that would take
/// exponential time to evaluate. (`scripts/hostile_memory.sh` measures the same through the CLI.)
@Suite struct ImportBoundsTests {
  /// A1 = A2 + A2, A2 = A3 + A3, …, down to A`depth` = 1; none has a cached value.
  static func doublingChain(depth: Int) -> FormulaEvaluator {
    var cells = (1..<depth).map { row in
      SourceCell(row: row, column: 1, content: .formula("A\(row + 1)+A\(row + 1)", cached: nil))
    }
    cells.append(SourceCell(row: depth, column: 1, content: .formula("1", cached: nil)))
    return FormulaEvaluator(grids: ["S": SourceGrid(name: "S", cells: cells)])
  }

  @Test func aShortDoublingChainEvaluates() throws {
    let result = Self.doublingChain(depth: 11).evaluate("A1", grid: "S", row: 100, column: 1)
    #expect(try result.get() == DecimalNumber(1024))
  }

  @Test func aDeepDoublingChainStopsAtTheBudget() {
    // 60 levels would be 2⁶⁰ evaluations; the evaluator gives up after FormulaEvaluator.maxSteps.
    let result = Self.doublingChain(depth: 60).evaluate("A1", grid: "S", row: 100, column: 1)
    guard case .failure(let failure) = result else {
      Issue.record("a 2⁶⁰-step chain evaluated to \(result)")
      return
    }
    #expect(failure.reason.contains("\(FormulaEvaluator.maxSteps) steps"), "\(failure.reason)")
  }

  @Test func aMergeOfTheWholeSheetIsReadAsUnmerged() {
    let grid = SourceGrid(
      name: "S",
      cells: [
        SourceCell(row: 1, column: 1, rowSpan: 1_048_576, columnSpan: 16_384, content: .text("everything")),
        SourceCell(row: 3, column: 3, rowSpan: 2, columnSpan: 2, content: .text("small")),
        SourceCell(row: 9, column: 9, rowSpan: .max, columnSpan: .max, content: .text("overflowing")),
      ])
    #expect(grid.cells.map(\.text) == ["everything", "small", "overflowing"])
    #expect(grid.cells.map(\.isMerged) == [false, true, false])
    #expect(grid.covering(row: 2, column: 2) == nil)
    #expect(grid.covering(row: 4, column: 4)?.text == "small")
  }

  @Test func mergesWithinTheBudgetStayMerged() {
    // 100 merges of 1,000 cells each: 100,000 positions, inside SourceGrid.maxMergedPositions.
    let cells = (0..<100).map { index in
      SourceCell(row: index * 10 + 1, column: 1, rowSpan: 10, columnSpan: 100, content: .number("\(index)"))
    }
    let grid = SourceGrid(name: "S", cells: cells)
    #expect(grid.cells.filter(\.isMerged).count == 100)
    #expect(grid.covering(row: 1000, column: 100)?.text == "99")
  }

  /// `Tests/NianbaoXLSXTests/Fixtures/fuzz`: the fuzz targets' regression inputs.
  static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("NianbaoXLSXTests/Fixtures/fuzz")

  static var fuzzInputs: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: fuzzFolder.path)) ?? []).filter { !$0.hasPrefix(".") }
      .sorted()
  }

  @Test(arguments: fuzzInputs)
  func fuzzRegressionInputsImportOrAreRefused(_ name: String) {
    // The import returns or throws its typed ImportError; a crash would end the test run.
    do {
      let result = try ReportImporter.importWorkbook(at: Self.fuzzFolder.appendingPathComponent(name).path)
      _ = result.report.jsonText()
    } catch {
      #expect(!error.description.isEmpty)
    }
  }

  @Test func exponentialFormulasInAWorkbookEndAsAFinding() throws {
    // 下司镇 2021 with B10 = AZ1+AZ1, AZ1 = AZ2+AZ2, … AZ60 = 1, none with a saved result (2⁵⁹ evaluations).
    let result = try ReportImporter.importWorkbook(
      at: Self.fuzzFolder.appendingPathComponent("import-exponential-formulas.xlsx").path)
    let messages = result.findings.map { $0.message(in: .english) }
    #expect(messages.contains { $0.contains("'Sheet1'!B10") && $0.contains("\(FormulaEvaluator.maxSteps) steps") })
  }
}
