import Testing

@testable import NianbaoXLSX

@Suite struct WorksheetPartTests {
  static let schemaOrder = [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetProtection", "mergeCells",
    "conditionalFormatting", "dataValidations", "printOptions", "pageMargins", "pageSetup",
  ]

  static func sheetXML(_ sheet: SheetDocument) throws -> String {
    String(decoding: try part("xl/worksheets/sheet1.xml", of: WorkbookDocument(sheets: [sheet])), as: UTF8.self)
  }

  @Test func firstSheetMatchesGolden() throws {
    try Golden.verify(try part("xl/worksheets/sheet1.xml", of: SampleDocuments.small), "sheet1.xml")
  }

  @Test func secondSheetMatchesGolden() throws {
    try Golden.verify(try part("xl/worksheets/sheet2.xml", of: SampleDocuments.small), "sheet2.xml")
  }

  @Test func childrenAreInSchemaOrder() throws {
    let names = childElementNames(try part("xl/worksheets/sheet1.xml", of: SampleDocuments.small))
    #expect(names == Self.schemaOrder)
    let plain = childElementNames(try part("xl/worksheets/sheet2.xml", of: SampleDocuments.small))
    #expect(plain == ["dimension", "sheetViews", "sheetFormatPr", "sheetData", "pageMargins"])
    #expect(follows(plain, order: Self.schemaOrder))
  }

  @Test func cellsAreWrittenInRowMajorOrderWhateverTheInputOrder() throws {
    let sheet = SheetDocument(
      name: "S",
      cells: [
        WriteCell(ref("B2"), .number("4")), WriteCell(ref("A2"), .number("3")), WriteCell(ref("B1"), .number("2")),
        WriteCell(ref("A1"), .number("1")),
      ])
    let xml = try Self.sheetXML(sheet)
    #expect(
      xml.contains(
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\"><v>3</v></c><c r=\"B2\"><v>4</v></c></row></sheetData>"))
    #expect(xml.contains("<dimension ref=\"A1:B2\"/>"))
  }

  @Test func pageBreaksFollowPageSetup() throws {
    let sheet = SheetDocument(
      name: "S", cells: [WriteCell(ref("A1"), .number("1"))], pageSetup: PageSetup(), pageBreakRows: [20, 41])
    let xml = try Self.sheetXML(sheet)
    #expect(
      xml.contains(
        "/><rowBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"19\" max=\"16383\" man=\"1\"/>"
          + "<brk id=\"40\" max=\"16383\" man=\"1\"/></rowBreaks></worksheet>"))
    #expect(follows(childElementNames(Array(xml.utf8)), order: Self.schemaOrder + ["rowBreaks"]))
    let unordered = SheetDocument(name: "S", pageBreakRows: [5, 3])
    #expect(throws: XLSXError.self) { try Self.sheetXML(unordered) }
    #expect(throws: XLSXError.self) { try Self.sheetXML(SheetDocument(name: "S", pageBreakRows: [1])) }
  }

  @Test func emptySheetHasDimensionA1AndNoRows() throws {
    let xml = try Self.sheetXML(SheetDocument(name: "S", cells: [WriteCell(ref("C3"), .empty)]))
    #expect(xml.contains("<dimension ref=\"A1\"/>"))
    #expect(xml.contains("<sheetData/>"))
  }

  @Test func numbersKeepTheirExactText() throws {
    let texts = ["24252.311082", "-18", "1E-3", "0.10", "3985758", "1.5e+300"]
    let cells = texts.enumerated().map { WriteCell(CellReference(row: $0.offset + 1, column: 1)!, .number($0.element)) }
    let xml = try Self.sheetXML(SheetDocument(name: "S", cells: cells))
    for text in texts { #expect(xml.contains("<v>\(text)</v>")) }
  }

  @Test func formulasWithAndWithoutCachedValues() throws {
    let sheet = SheetDocument(
      name: "S",
      cells: [
        WriteCell(ref("A1"), .number("3"), formula: "=1+2"),
        WriteCell(ref("A2"), .empty, formula: "A1*2"),
        WriteCell(ref("A3"), .string("x"), formula: "\"x\""),
        WriteCell(ref("A4"), .boolean(true), formula: "A1>0"),
        WriteCell(ref("A5"), .error("#DIV/0!"), formula: "1/0"),
      ])
    let xml = try Self.sheetXML(sheet)
    #expect(xml.contains("<c r=\"A1\"><f>1+2</f><v>3</v></c>"))
    #expect(xml.contains("<c r=\"A2\"><f>A1*2</f></c>"))
    #expect(xml.contains("<c r=\"A3\" t=\"str\"><f>&quot;x&quot;</f><v>x</v></c>"))
    #expect(xml.contains("<c r=\"A4\" t=\"b\"><f>A1&gt;0</f><v>1</v></c>"))
    #expect(xml.contains("<c r=\"A5\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"))
  }

  @Test func frozenPanesPickTheirActivePane() throws {
    func pane(_ cell: String) throws -> String {
      try Self.sheetXML(SheetDocument(name: "S", frozenPane: ref(cell)))
    }
    #expect(
      try pane("A4").contains("<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    #expect(try pane("C1").contains("<pane xSplit=\"2\" topLeftCell=\"C1\" activePane=\"topRight\" state=\"frozen\"/>"))
    #expect(
      try pane("D5").contains(
        "<pane xSplit=\"3\" ySplit=\"4\" topLeftCell=\"D5\" activePane=\"bottomRight\" state=\"frozen\"/>"
          + "<selection pane=\"bottomRight\" activeCell=\"D5\" sqref=\"D5\"/>"))
    #expect(try !pane("A1").contains("<pane"))
  }

  @Test func equalAdjacentWidthsShareOneColumnRun() throws {
    let xml = try Self.sheetXML(SheetDocument(name: "S", columnWidths: [1: 9, 2: 9, 3: 12.25, 5: 9]))
    #expect(
      xml.contains(
        "<cols><col min=\"1\" max=\"2\" width=\"9\" customWidth=\"1\"/><col min=\"3\" max=\"3\" width=\"12.25\" "
          + "customWidth=\"1\"/><col min=\"5\" max=\"5\" width=\"9\" customWidth=\"1\"/></cols>"))
  }

  @Test func protectionWritesOnlyWhatDiffersFromTheDefaults() throws {
    let locked = try Self.sheetXML(SheetDocument(name: "S", protection: SheetProtection()))
    #expect(locked.contains("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>"))
    let open = SheetProtection(
      protectsObjects: false, protectsScenarios: false, allowsFormattingCells: true, allowsInsertingRows: true,
      allowsSelectingLockedCells: false, allowsSorting: true)
    let xml = try Self.sheetXML(SheetDocument(name: "S", protection: open))
    #expect(
      xml.contains(
        "<sheetProtection sheet=\"1\" formatCells=\"0\" insertRows=\"0\" selectLockedCells=\"1\" sort=\"0\"/>"))
  }

  @Test func pageSetupWithoutFitHasNoSheetProperties() throws {
    let xml = try Self.sheetXML(SheetDocument(name: "S", pageSetup: PageSetup(paperSize: PageSetup.a3)))
    #expect(!xml.contains("<sheetPr"))
    #expect(xml.contains("<pageSetup paperSize=\"8\" orientation=\"portrait\"/>"))
  }

  @Test func unstyledEmptyCellsAreLeftOutAndStyledOnesKept() throws {
    let sheet = SheetDocument(
      name: "S", cells: [WriteCell(ref("A1"), .empty), WriteCell(ref("B1"), .empty, style: CellStyle(border: .thin))])
    let xml = try Self.sheetXML(sheet)
    #expect(xml.contains("<row r=\"1\"><c r=\"B1\" s=\"1\"/></row>"))
    #expect(!xml.contains("r=\"A1\""))
    #expect(xml.contains("<dimension ref=\"B1\"/>"))
  }
}
