import Testing

@testable import NianbaoXLSX

@Suite struct DocumentValidatorTests {
  /// The error writing the document throws, if any.
  static func error(_ document: WorkbookDocument) -> XLSXError? {
    do {
      _ = try WorkbookWriter.data(document)
      return nil
    } catch let error as XLSXError {
      return error
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  static func error(_ sheet: SheetDocument) -> XLSXError? { error(WorkbookDocument(sheets: [sheet])) }

  // MARK: Merges

  @Test func overlappingMergesAreRefusedNamingBothRanges() throws {
    let sheet = SheetDocument(name: "表三", merges: [range("A1:C3"), range("E1:F1"), range("C3:D4")])
    let error = try #require(Self.error(sheet))
    #expect(error.kind == .overlappingMerges)
    #expect(error.sheet == "表三")
    #expect(error.message.contains("A1:C3"))
    #expect(error.message.contains("C3:D4"))
    #expect(error.part == "xl/worksheets/sheet1.xml")
  }

  @Test func overlapsAreFoundWhateverTheOrder() {
    let orders = [
      [range("C3:D4"), range("A1:B2"), range("B2:C3")], [range("A5:A9"), range("A1:A10")],
      [range("B1:B100"), range("A50:C50")],
    ]
    for merges in orders {
      #expect(Self.error(SheetDocument(name: "S", merges: merges))?.kind == .overlappingMerges, "\(merges)")
    }
  }

  @Test func touchingMergesAreFine() {
    let merges = [range("A1:B2"), range("C1:D2"), range("A3:D3"), range("E1:E3")]
    #expect(Self.error(SheetDocument(name: "S", merges: merges)) == nil)
  }

  @Test func singleCellMergeIsRefused() {
    let error = Self.error(SheetDocument(name: "S", merges: [range("B2:B2")]))
    #expect(error?.kind == .invalidWorkbook)
    #expect(error?.message.contains("B2") == true)
  }

  // MARK: Sheet names

  @Test func acceptsOrdinarySheetNames() {
    for name in ["Sheet1", "表三（续）", "Notes & 'quoted' text", String(repeating: "表", count: 31), "a b", "_xlnm"] {
      #expect(DocumentValidator.sheetNameProblem(name) == nil, "\(name)")
    }
  }

  @Test func refusesBadSheetNames() {
    var names = ["", String(repeating: "x", count: 32), "'quoted'", "quote'", "History", "HISTORY", "tab\tname"]
    names += ["[", "]", ":", "*", "?", "/", "\\"].map { "a\($0)b" }
    names.append("_x0041_")
    for name in names {
      #expect(DocumentValidator.sheetNameProblem(name) != nil, "\(name.debugDescription)")
      let error = Self.error(SheetDocument(name: name))
      #expect(error?.kind == .invalidWorkbook, "\(name.debugDescription)")
    }
  }

  @Test func refusesSheetNamesThatDifferOnlyInCase() throws {
    let document = WorkbookDocument(sheets: [SheetDocument(name: "Summary"), SheetDocument(name: "SUMMARY")])
    let error = try #require(Self.error(document))
    #expect(error.kind == .invalidWorkbook)
    #expect(error.message.contains("'Summary'") && error.message.contains("'SUMMARY'"))
  }

  @Test func refusesEmptyWorkbookAndAllHiddenSheets() {
    #expect(Self.error(WorkbookDocument(sheets: []))?.kind == .invalidWorkbook)
    let hidden = WorkbookDocument(sheets: [SheetDocument(name: "S", visibility: .hidden)])
    #expect(Self.error(hidden)?.kind == .invalidWorkbook)
  }

  // MARK: Cells

  @Test func numberTextMustBePlainDecimalOrScientific() {
    let digits300 = String(repeating: "9", count: 300)
    for text in [
      "0", "-18", "24252.311082", "1E-3", "1e+5", "007", "3985758", "1.7976931348623157E308", digits300,
      "1" + String(repeating: "0", count: 308),
    ] {
      #expect(DocumentValidator.isPlainNumber(text), "\(text)")
    }
    for text in [
      "", "+5", ".5", "5.", "1e", "1E+", "--1", "1,000", " 1", "1 ", "0x10", "NaN", "inf", "1E400", "１３", "251000元",
      "1" + String(repeating: "0", count: 309), "-" + String(repeating: "9", count: 400) + ".5", "1.5e", "1e5.5",
    ] {
      #expect(!DocumentValidator.isPlainNumber(text), "\(text)")
    }
  }

  @Test func badNumberIsRefusedNamingTheCell() throws {
    let sheet = SheetDocument(name: "表二", cells: [WriteCell(ref("C7"), .number("251000元"))])
    let error = try #require(Self.error(sheet))
    #expect(error.kind == .invalidWorkbook)
    #expect(error.cell == "C7")
    #expect(error.sheet == "表二")
    #expect(error.description.contains("'表二'!C7"))
  }

  @Test func refusesUnknownErrorValuesDuplicateCellsAndEmptyFormulas() {
    #expect(Self.error(SheetDocument(name: "S", cells: [WriteCell(ref("A1"), .error("#OOPS"))]))?.cell == "A1")
    let twice = [WriteCell(ref("B2"), .number("1")), WriteCell(ref("B2"), .number("2"))]
    #expect(Self.error(SheetDocument(name: "S", cells: twice))?.cell == "B2")
    #expect(Self.error(SheetDocument(name: "S", cells: [WriteCell(ref("A1"), .empty, formula: "=")]))?.cell == "A1")
    let long = String(repeating: "x", count: 32_768)
    #expect(Self.error(SheetDocument(name: "S", cells: [WriteCell(ref("A1"), .string(long))]))?.cell == "A1")
  }

  @Test func refusesBadStyles() {
    let badFont = CellStyle(font: FontStyle(name: ""))
    #expect(Self.error(SheetDocument(name: "S", cells: [WriteCell(ref("A1"), .empty, style: badFont)])) != nil)
    let badSize = CellStyle(font: FontStyle(size: 0))
    #expect(Self.error(SheetDocument(name: "S", cells: [WriteCell(ref("A1"), .empty, style: badSize)])) != nil)
    let badFormat = CellStyle(numberFormat: "")
    #expect(Self.error(SheetDocument(name: "S", cells: [WriteCell(ref("A1"), .empty, style: badFormat)])) != nil)
  }

  // MARK: Layout

  @Test func refusesWidthsAndHeightsOutOfRange() {
    #expect(Self.error(SheetDocument(name: "S", columnWidths: [1: 256])) != nil)
    #expect(Self.error(SheetDocument(name: "S", columnWidths: [0: 10])) != nil)
    #expect(Self.error(SheetDocument(name: "S", columnWidths: [1: .nan])) != nil)
    #expect(Self.error(SheetDocument(name: "S", rowHeights: [2: 410])) != nil)
    #expect(Self.error(SheetDocument(name: "S", rowHeights: [1_048_577: 10])) != nil)
    #expect(Self.error(SheetDocument(name: "S", columnWidths: [16_384: 255], rowHeights: [1_048_576: 0])) == nil)
  }

  @Test func refusesValidationTextsExcelWouldTruncate() {
    let title = String(repeating: "题", count: 33)
    let rule = DataValidation.nonNegativeWholeNumber([range("A1")], errorTitle: title)
    #expect(Self.error(SheetDocument(name: "S", dataValidations: [rule]))?.kind == .invalidWorkbook)
    #expect(Self.error(SheetDocument(name: "S", dataValidations: [DataValidation.nonNegativeDecimal([])])) != nil)
  }

  @Test func refusesEmptyConditionalFormats() {
    let empty = ConditionalFormat(ranges: [range("A1")], rules: [ConditionalRule(formula: "A1<0", style: .init())])
    #expect(Self.error(SheetDocument(name: "S", conditionalFormats: [empty])) != nil)
    let noRules = ConditionalFormat(ranges: [range("A1")], rules: [])
    #expect(Self.error(SheetDocument(name: "S", conditionalFormats: [noRules])) != nil)
  }

  // MARK: Defined names

  @Test func definedNamesFollowExcelsRules() {
    for name in ["Fees", "_xlnm.Print_Area", "\\backslash", "表三.合计", "Total2021", "RC1x"] {
      #expect(DocumentValidator.definedNameProblem(name) == nil, "\(name)")
    }
    for name in ["", "1abc", "A1", "xfd1048576", "R1C1", "R", "c", "RC", "has space", "a-b"] {
      #expect(DocumentValidator.definedNameProblem(name) != nil, "\(name)")
    }
  }

  @Test func refusesDuplicateNamesInOneScopeAndBadSheetIndexes() {
    let sheet = SheetDocument(name: "S", printArea: range("A1:B2"))
    let clash = WorkbookDocument(
      sheets: [sheet], definedNames: [DefinedName(name: "_XLNM.print_area", formula: "S!$A$1", localSheetIndex: 0)])
    #expect(Self.error(clash)?.kind == .invalidWorkbook)
    let otherScope = WorkbookDocument(
      sheets: [sheet], definedNames: [DefinedName(name: "_xlnm.Print_Area", formula: "S!$A$1")])
    #expect(Self.error(otherScope) == nil)
    let badIndex = WorkbookDocument(
      sheets: [sheet], definedNames: [DefinedName(name: "Fees", formula: "S!$A$1", localSheetIndex: 1)])
    #expect(Self.error(badIndex)?.kind == .invalidWorkbook)
  }
}
