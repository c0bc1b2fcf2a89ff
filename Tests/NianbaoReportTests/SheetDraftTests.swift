import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Assembling a sheet: merged areas, styles on covered cells, sizes from the placed texts.
@Suite struct SheetDraftTests {
  @Test func fillingAnAreaStylesEveryCellAndMergesIt() {
    var draft = SheetDraft()
    draft.fill(CellRange("B2:C3")!, .string("申请人情况"), style: ReportStyles.header, fontSize: 11, sizing: .wrapped)
    let sheet = draft.sheet(named: "表")
    #expect(sheet.merges == [CellRange("B2:C3")!])
    #expect(sheet.cells.map(\.reference.a1) == ["B2", "C2", "B3", "C3"])
    #expect(sheet.cells.allSatisfy { $0.style == ReportStyles.header })
    #expect(sheet.cells.map(\.value) == [.string("申请人情况"), .empty, .empty, .empty])
  }

  @Test func aSingleCellIsNotMergedAndKeepsItsFormula() {
    var draft = SheetDraft()
    draft.fill(
      CellRange("Q6")!, .string("✓"), formula: "IF(1=1,\"✓\",\"✗\")", style: .normal, fontSize: 11, sizing: .singleLine)
    let sheet = draft.sheet(named: "表")
    #expect(sheet.merges.isEmpty)
    #expect(sheet.cells == [WriteCell(CellReference("Q6")!, .string("✓"), formula: "IF(1=1,\"✓\",\"✗\")")])
  }

  @Test func sizingRolesDecideWhatTheTextSets() {
    var draft = SheetDraft()
    draft.fill(CellRange("A1")!, .string("总计"), style: .normal, fontSize: 11, sizing: .wrapped)
    draft.fill(CellRange("B1")!, .number("123456789012"), style: .normal, fontSize: 11, sizing: .singleLine)
    draft.fill(CellRange("C1")!, .string("很长的标题文字很长的标题文字"), style: .normal, fontSize: 11, sizing: .none)
    draft.fill(CellRange("A2:B2")!, .string("标题"), style: .normal, fontSize: 16, sizing: .heightOnly)
    draft.minimumColumnWidths[4] = 9
    draft.minimumColumnWidths[1] = 3
    draft.fixedColumnWidths[5] = 90
    let sheet = draft.sheet(named: "表")
    #expect(sheet.columnWidths == [1: 6, 2: 14, 4: 9, 5: 90])
    #expect(sheet.rowHeights.keys.sorted() == [1, 2])
  }
}
