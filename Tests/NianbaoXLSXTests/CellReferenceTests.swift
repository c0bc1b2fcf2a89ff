import Testing

@testable import NianbaoXLSX

@Suite struct CellReferenceTests {
  @Test func parsesAndPrintsBounds() {
    #expect(CellReference("A1")?.a1 == "A1")
    #expect(CellReference("xfd1048576")?.a1 == "XFD1048576")
    #expect(CellReference("$J$12") == CellReference(row: 12, column: 10))
    #expect(CellReference("XFE1") == nil)
    #expect(CellReference("A1048577") == nil)
    #expect(CellReference("A0") == nil)
    #expect(CellReference("A01") == nil)
    #expect(CellReference("1A") == nil)
    #expect(CellReference("") == nil)
    #expect(CellReference("AAAA1") == nil)
  }

  @Test func columnNamesRoundTrip() {
    for column in [1, 26, 27, 52, 53, 702, 703, 16_384] {
      let name = CellReference.columnName(column)
      #expect(CellReference.columnNumber(name) == column)
    }
    #expect(CellReference.columnName(28) == "AB")
    #expect(CellReference.columnNumber("XFE") == nil)
  }

  @Test func rangesRejectInversion() {
    #expect(CellRange("A1:D3")?.columnCount == 4)
    #expect(CellRange("D3:A1") == nil)
    #expect(CellRange("A1:B2")!.overlaps(CellRange("B2:C3")!))
    #expect(!CellRange("A1:B2")!.overlaps(CellRange("C1:D2")!))
  }
}
