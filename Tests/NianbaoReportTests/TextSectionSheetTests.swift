import NianbaoGrid
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// The sheet of the text sections 一、五、六.
@Suite struct TextSectionSheetTests {
  @Test func onlyPresentSectionsAreWrittenTitleThenText() throws {
    let text = ReportText(overview: nil, problems: "一是……\n二是……", other: "无。")
    let sheet = try #require(TextSectionSheet.sheet(for: text))
    #expect(sheet.name == TextSectionSheet.name)
    let values = sheet.cells.map { "\($0.reference.a1)=\($0.value.text)" }
    #expect(
      values == [
        "A1=\(TextSection.problems.title.text)", "B1=一是……\n二是……", "A2=\(TextSection.other.title.text)", "B2=无。",
      ])
    #expect(sheet.cells.allSatisfy { $0.style.isLocked })
    #expect(sheet.cells[1].style.alignment.wrapsText)
    #expect(sheet.columnWidths[2] == TextSectionSheet.textColumnWidth)
  }

  @Test func noSheetWithoutText() {
    #expect(TextSectionSheet.sheet(for: ReportText()) == nil)
  }

  @Test func theTemplateHasEverySectionWithAnEmptyUnlockedTextCell() {
    let sheet = TextSectionSheet.template()
    #expect(sheet.cells.filter { $0.reference.column == 1 }.map(\.value.text) == TextSection.allCases.map(\.title.text))
    let texts = sheet.cells.filter { $0.reference.column == 2 }
    #expect(texts.count == TextSection.allCases.count)
    #expect(texts.allSatisfy { $0.value == .empty && !$0.style.isLocked })
    #expect(sheet.rowHeights.values.allSatisfy { $0 >= TextSectionSheet.emptyTextHeight })
  }

  @Test func theImporterReadsTheSectionsBack() throws {
    let text = ReportText(overview: "总体情况正文", problems: nil, other: "无。")
    let sheet = try #require(TextSectionSheet.sheet(for: text))
    let bytes = try WorkbookWriter.data(WorkbookDocument(sheets: [sheet]))
    let workbook = try WorkbookReader(bytes: bytes).readWorkbook()
    let (read, locations) = TextSectionLocator.read(workbook.sheets.map(SourceGrid.init(worksheet:)))
    #expect(read == text)
    #expect(locations[.overview]?.description == "'\(TextSectionSheet.name)'!B1")
  }

  @Test(arguments: ["", " 前后有空格 ", "第一段\n\n第二段\r\n", "制表\t符"])
  func emptyTextsAndWhitespaceSurviveTheFile(_ sample: String) throws {
    let text = ReportText(overview: sample, problems: "无。", other: nil)
    let sheet = try #require(TextSectionSheet.sheet(for: text))
    let workbook = try WorkbookReader(bytes: WorkbookWriter.data(WorkbookDocument(sheets: [sheet]))).readWorkbook()
    #expect(TextSectionLocator.read(workbook.sheets.map(SourceGrid.init(worksheet:))).text == text)
  }
}
