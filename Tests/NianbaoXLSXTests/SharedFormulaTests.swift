import Testing

@testable import NianbaoXLSX

@Suite struct SharedFormulaTests {
  @Test func movesRelativeReferencesOnly() {
    #expect(SharedFormula.shift("SUM(A1:B2)+$C$3+C$4+$D5", rows: 2, columns: 1) == "SUM(B3:C4)+$C$3+D$4+$D7")
  }

  @Test func leavesStringsFunctionsAndSheetNamesAlone() {
    #expect(
      SharedFormula.shift("IF(A1=\"A1\",LOG10(A2),'表三 A1'!B2)", rows: 1, columns: 0)
        == "IF(A2=\"A1\",LOG10(A3),'表三 A1'!B3)")
  }

  @Test func referencesMovedOffTheSheetBecomeRefErrors() {
    #expect(SharedFormula.shift("A1+1", rows: -1, columns: 0) == "#REF!+1")
  }
}
