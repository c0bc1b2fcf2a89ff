import Testing

@testable import NianbaoXLSX

@Suite struct SheetBuilderTests {
  /// Builds the sheet's rows from `cells` into memory.
  static func build(_ sheet: SheetDocument, _ cells: [WriteCell]) throws -> (SheetBuilder.Result, String, Bool) {
    let sink = MemorySink()
    var builder = SheetBuilder(
      sheet, part: "xl/worksheets/sheet1.xml", into: sink, strings: SharedStringTable(), styles: StyleTable())
    for cell in cells { try builder.append(cell) }
    let result = try builder.finish()
    return (result, String(decoding: sink.bytes, as: UTF8.self), builder.recalculates)
  }

  @Test func rowsWithOnlyAHeightAreWrittenAroundTheCells() throws {
    let sheet = SheetDocument(name: "S", rowHeights: [1: 30, 4: 12, 9: 6])
    let (result, rows, recalculates) = try Self.build(
      sheet, [WriteCell(ref("C4"), .boolean(true)), WriteCell(ref("B6"), .empty, formula: "=C4")])
    #expect(
      rows == "<row r=\"1\" ht=\"30\" customHeight=\"1\"/><row r=\"4\" ht=\"12\" customHeight=\"1\">"
        + "<c r=\"C4\" t=\"b\"><v>1</v></c></row><row r=\"6\"><c r=\"B6\"><f>C4</f></c></row>"
        + "<row r=\"9\" ht=\"6\" customHeight=\"1\"/>")
    #expect(result.dimension == range("B4:C6"))
    #expect(result.hasRows)
    #expect(recalculates)
  }

  @Test func cellsWithoutValueFormulaOrStyleLeaveNoRow() throws {
    let (result, rows, recalculates) = try Self.build(SheetDocument(name: "S"), [WriteCell(ref("B2"), .empty)])
    #expect(rows.isEmpty)
    #expect(!result.hasRows)
    #expect(result.dimension == range("A1"))
    #expect(!recalculates)
  }

  @Test func markupIsFlushedRowByRowAndComesOutWhole() throws {
    let cells = (1...5000).map { WriteCell(CellReference(row: $0, column: 3)!, .number(String($0))) }
    let (result, rows, _) = try Self.build(SheetDocument(name: "S"), cells)
    let expected = (1...5000).map { "<row r=\"\($0)\"><c r=\"C\($0)\"><v>\($0)</v></c></row>" }.joined()
    #expect(rows == expected)
    #expect(result.dimension == range("C1:C5000"))
  }

  @Test func sharedStringsAndStylesAreNumberedInOrderOfFirstUse() throws {
    let bold = CellStyle(font: FontStyle(isBold: true))
    let (_, rows, _) = try Self.build(
      SheetDocument(name: "S"),
      [
        WriteCell(ref("A1"), .string("乙")), WriteCell(ref("B1"), .string("甲"), style: bold),
        WriteCell(ref("A2"), .string("乙"), style: bold),
      ])
    #expect(
      rows == "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\" t=\"s\"><v>1</v></c></row>"
        + "<row r=\"2\"><c r=\"A2\" s=\"1\" t=\"s\"><v>0</v></c></row>")
  }
}
