import Foundation
import Testing

@testable import NianbaoXLSX

/// Writes documents with the writer and reads them back with ``WorkbookReader``.
@Suite struct WriterRoundTripTests {
  static var document: WorkbookDocument {
    let amount = CellStyle(font: FontStyle(name: "宋体"), border: .thin, numberFormat: "0.000000", isLocked: false)
    let sheet = SheetDocument(
      name: "表三（续）",
      cells: [
        WriteCell(ref("A1"), .string("凯里市下司镇2021年政府信息公开工作年度报告")),
        WriteCell(ref("A2"), .string("   leading and trailing spaces  ")),
        WriteCell(ref("B2"), .string("literal _x000D_ stays literal, _x005F_ too")),
        WriteCell(ref("C2"), .string("line\nbreak, tab\tand carriage\r\nreturn")),
        WriteCell(ref("D2"), .string("control \u{1}\u{1F} characters")),
        WriteCell(ref("E2"), .string("")),
        WriteCell(ref("A3"), .number("24252.311082"), style: amount),
        WriteCell(ref("B3"), .number("-18")),
        WriteCell(ref("C3"), .number("1E-3")),
        WriteCell(ref("D3"), .number("3985758")),
        WriteCell(ref("A4"), .boolean(true)),
        WriteCell(ref("B4"), .boolean(false)),
        WriteCell(ref("C4"), .error("#DIV/0!")),
        WriteCell(ref("A5"), .number("24252.311082"), formula: "A3", style: amount),
        WriteCell(ref("B5"), .empty, formula: "B3*2"),
        WriteCell(ref("C5"), .string("总计 "), formula: "\"总计 \""),
        WriteCell(ref("D5"), .boolean(true), formula: "B3<0"),
        WriteCell(ref("E5"), .empty, style: CellStyle(border: .thin)),
        WriteCell(ref("XFD1048576"), .string("far corner")),
      ],
      merges: [range("A1:D1"), range("A6:B7"), range("C6:C9")],
      columnWidths: [1: 20, 2: 10.5, 3: 10.5, 4: 44, 7: 8.43],
      rowHeights: [1: 36, 2: 27.75, 10: 6])
    let second = SheetDocument(
      name: "Hidden notes", visibility: .hidden, cells: [WriteCell(ref("B2"), .string("规章"))])
    return WorkbookDocument(sheets: [sheet, second])
  }

  static func readBack(_ document: WorkbookDocument) throws -> Workbook {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("round-trip.xlsx").path
    try WorkbookWriter.write(document, to: path)
    return try WorkbookReader(path: path).readWorkbook()
  }

  @Test func valuesFormulasAndLayoutSurvive() throws {
    let document = Self.document
    let workbook = try Self.readBack(document)
    #expect(workbook.sheets.map(\.info.name) == document.sheets.map(\.name))
    #expect(workbook.sheets.map(\.info.visibility) == [.visible, .hidden])
    for (written, read) in zip(document.sheets, workbook.sheets) {
      let expected = written.cells.filter { $0.value != .empty || $0.formula != nil }
        .sorted { $0.reference < $1.reference }
      let cells = read.cells
      #expect(cells.map(\.reference) == expected.map(\.reference))
      for (cell, original) in zip(cells, expected) {
        #expect(cell.value == original.value, "\(original.reference.a1)")
        #expect(cell.formula == original.formula.map(WorksheetPart.storedFormula), "\(original.reference.a1)")
      }
      #expect(read.layout.merges == written.merges)
      var widths: [Int: Double] = [:]
      for column in read.layout.columns {
        for number in column.first...column.last { widths[number] = column.width }
      }
      #expect(widths == written.columnWidths)
      let heights = Dictionary(uniqueKeysWithValues: read.rows.compactMap { row in row.height.map { (row.index, $0) } })
      #expect(heights == written.rowHeights)
    }
  }

  @Test func numberFormatsReadBack() throws {
    let workbook = try Self.readBack(Self.document)
    let cell = try #require(workbook.sheets[0].cells.first { $0.reference == ref("A3") })
    #expect(cell.numberFormat.code == "0.000000")
    #expect(cell.numberFormat.id == 164)
    let plain = try #require(workbook.sheets[0].cells.first { $0.reference == ref("B3") })
    #expect(plain.numberFormat == .general)
  }

  @Test func inMemoryBytesReadBackTheSame() throws {
    let bytes = try WorkbookWriter.data(Self.document)
    let fromBytes = try WorkbookReader(bytes: bytes).readWorkbook()
    #expect(fromBytes == (try Self.readBack(Self.document)))
  }
}
