import Testing

@testable import NianbaoXLSX

@Suite struct WorkbookPartTests {
  @Test func matchesGolden() throws {
    try Golden.verify(try part("xl/workbook.xml", of: SampleDocuments.small), "workbook.xml")
  }

  @Test func childrenAreInSchemaOrder() throws {
    let names = childElementNames(try part("xl/workbook.xml", of: SampleDocuments.small))
    #expect(names == ["workbookPr", "bookViews", "sheets", "definedNames", "calcPr"])
  }

  @Test func hiddenFirstSheetMakesTheNextVisibleOneActive() throws {
    let document = WorkbookDocument(sheets: [
      SheetDocument(name: "隐藏", visibility: .hidden), SheetDocument(name: "Shown"),
    ])
    let xml = String(decoding: try part("xl/workbook.xml", of: document), as: UTF8.self)
    #expect(xml.contains("<workbookView activeTab=\"1\"/>"))
    #expect(xml.contains("<sheet name=\"隐藏\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"))
    let second = String(decoding: try part("xl/worksheets/sheet2.xml", of: document), as: UTF8.self)
    #expect(second.contains("<sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"))
  }

  @Test func recalculatesOnlyWhenAFormulaLacksItsValue() throws {
    var sheet = SheetDocument(name: "S", cells: [WriteCell(ref("A1"), .number("2"), formula: "1+1")])
    let cached = String(decoding: try part("xl/workbook.xml", of: WorkbookDocument(sheets: [sheet])), as: UTF8.self)
    #expect(cached.contains("<calcPr calcId=\"191029\"/>"))
    sheet.cells.append(WriteCell(ref("A2"), .empty, formula: "A1*2"))
    let uncached = String(decoding: try part("xl/workbook.xml", of: WorkbookDocument(sheets: [sheet])), as: UTF8.self)
    #expect(uncached.contains("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>"))
  }

  @Test func printNamesQuoteTheSheetName() throws {
    let sheet = SheetDocument(name: "O'Brien 表", printArea: range("A1:C9"), printTitleRows: 3...3)
    let names = WorkbookPart.definedNames(WorkbookDocument(sheets: [SheetDocument(name: "First"), sheet]))
    #expect(names.map(\.formula) == ["'O''Brien 表'!$A$1:$C$9", "'O''Brien 表'!$3:$3"])
    #expect(names.map(\.localSheetIndex) == [1, 1])
  }
}
