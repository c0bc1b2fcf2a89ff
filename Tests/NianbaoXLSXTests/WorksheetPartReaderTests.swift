import Testing

@testable import NianbaoXLSX

/// Cell types, formulas, positions and layout as the worksheet reader sees them.
@Suite struct WorksheetPartReaderTests {
  let sheet: Worksheet

  init() throws {
    sheet = try WorkbookReader(path: TestFixtures.path("crafted/every-cell-type.xlsx")).readWorksheet(at: 0)
  }

  func cell(_ reference: String) -> Cell? {
    sheet.cells.first { $0.reference == CellReference(reference) }
  }

  @Test func numbersKeepTheirSourceText() {
    #expect(cell("A2")?.value == .number("24252.311082"))
    #expect(cell("B2")?.value == .number("-18"))
    #expect(cell("C2")?.value == .number("1E-3"))
  }

  @Test func booleansErrorsAndInlineStrings() {
    #expect(cell("D2")?.value == .boolean(true))
    #expect(cell("E2")?.value == .error("#DIV/0!"))
    #expect(cell("F2")?.value == .string("inline"))
  }

  @Test func formulasKeepTextAndCachedValue() {
    #expect(cell("A3")?.formula == "SUM(A2:C2)")
    #expect(cell("A3")?.value == .number("24234.312082"))
    #expect(cell("A3")?.hasCachedValue == true)
    // No <v>: no cached value at all.
    #expect(cell("B3")?.formula == "A2*2")
    #expect(cell("B3")?.value == .empty)
    #expect(cell("B3")?.hasCachedValue == false)
    // An empty <v> on a string formula: a cached empty string, not "no value".
    #expect(cell("C3")?.value == .string(""))
    #expect(cell("D3")?.value == .string("ab"))
  }

  @Test func sharedFormulasAreMovedToEachCell() {
    #expect(cell("A6")?.formula == "B6+$C$1+D$2")
    #expect(cell("A7")?.formula == "B7+$C$1+D$2")
    #expect(cell("A8")?.formula == "B8+$C$1+D$2")
  }

  @Test func rowsAndCellsWithoutReferenceArePlacedByPosition() {
    #expect(cell("A4")?.value == .number("1"))
    #expect(cell("B4")?.value == .number("2"))
    #expect(cell("E4")?.value == .number("5"))
    #expect(cell("F4")?.value == .number("6"))
  }

  @Test func layoutIsRead() {
    #expect(sheet.layout.merges == [CellRange("A10:D10")!, CellRange("B12:B14")!])
    #expect(
      sheet.layout.columns == [
        ColumnInfo(first: 1, last: 1, width: 20.5), ColumnInfo(first: 3, last: 4, width: 9, isHidden: true),
      ])
    #expect(sheet.layout.dimension == CellRange("A1:XFD1048576"))
    #expect(sheet.rows.first { $0.index == 1 }?.height == 30)
    #expect(sheet.rows.first { $0.index == 3 }?.isHidden == true)
    #expect(sheet.rows.first { $0.index == 9 }?.height == 12.75)
  }

  @Test func numberFormatsAreClassified() {
    #expect(cell("G2")?.numberFormat.category == .date)
    #expect(cell("H2")?.numberFormat.category == .percent)
    #expect(cell("H2")?.numberFormat.code == "0.00%")
    #expect(cell("I2")?.numberFormat.category == .text)
    #expect(cell("A2")?.numberFormat == .general)
  }
}
