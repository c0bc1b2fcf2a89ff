import Foundation
import Testing

@testable import NianbaoXLSX

/// The streaming writer: ``WorkbookWriter/write(to:definedNames:properties:sheets:)`` with ``WorkbookStream`` and
/// ``SheetStream``.
@Suite struct SheetStreamTests {
  /// An error of the caller's own, thrown from inside a sheet's cells.
  struct SourceFailed: Error, Equatable {}

  /// Streams the document: each sheet's layout, then its cells appended in row-major order.
  static func stream(_ document: WorkbookDocument, to path: String) throws {
    try WorkbookWriter.write(to: path, definedNames: document.definedNames, properties: document.properties) {
      workbook in
      for sheet in document.sheets {
        var layout = sheet
        layout.cells = []
        try workbook.addSheet(layout) { cells in
          try cells.append(contentsOf: sheet.cells.sorted { $0.reference < $1.reference })
        }
      }
    }
  }

  /// A sheet of `rows` rows: numbers, shared strings (repeating), booleans, a formula, a styled empty cell.
  static func bigSheet(rows: Int) -> SheetDocument {
    var cells: [WriteCell] = []
    for row in 1...rows {
      cells.append(WriteCell(CellReference(row: row, column: 1)!, .number(String(row * 7919 % 100_000))))
      cells.append(WriteCell(CellReference(row: row, column: 2)!, .string("行政许可\(row % 37)")))
      cells.append(WriteCell(CellReference(row: row, column: 3)!, .boolean(row % 2 == 0)))
      if row % 10 == 0 {
        cells.append(WriteCell(CellReference(row: row, column: 4)!, .empty, formula: "A\(row)*2"))
      }
      if row % 25 == 0 {
        cells.append(WriteCell(CellReference(row: row, column: 30)!, .empty, style: SampleDocuments.countStyle))
      }
    }
    return SheetDocument(name: "数据", cells: cells, rowHeights: [3: 20, rows + 2: 30])
  }

  static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func streamedFileEqualsTheDocumentWritersFile() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("streamed.xlsx").path
    try Self.stream(SampleDocuments.small, to: path)
    #expect(try Self.bytes(path) == (try WorkbookWriter.data(SampleDocuments.small)))
    #expect(try WorkbookWriterTests.contents(of: folder) == ["streamed.xlsx"])
  }

  @Test func aLargeSheetStreamsToTheSameBytesAndReadsBack() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = WorkbookDocument(sheets: [Self.bigSheet(rows: 3000), SheetDocument(name: "Empty")])
    let path = folder.appendingPathComponent("big.xlsx").path
    try Self.stream(document, to: path)
    #expect(try Self.bytes(path) == (try WorkbookWriter.data(document)))
    let read = try WorkbookReader(path: path).readWorkbook()
    let expected = document.sheets[0].cells.filter { $0.value != .empty || $0.formula != nil }
    #expect(read.sheets[0].cells.map(\.reference) == expected.map(\.reference))
    #expect(read.sheets[0].cells.map(\.value) == expected.map(\.value))
  }

  @Test func theSheetsOwnCellsComeBeforeTheAppendedOnes() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sheet = Self.bigSheet(rows: 40)
    let path = folder.appendingPathComponent("mixed.xlsx").path
    try WorkbookWriter.write(to: path) { workbook in
      var head = sheet
      head.cells = sheet.cells.filter { $0.reference.row <= 10 }.reversed()
      try workbook.addSheet(head) { cells in
        try cells.append(contentsOf: sheet.cells.filter { $0.reference.row > 10 })
      }
    }
    #expect(try Self.bytes(path) == (try WorkbookWriter.data(WorkbookDocument(sheets: [sheet]))))
  }

  @Test func repeatedStreamsGiveTheSameBytes() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = WorkbookDocument(sheets: [Self.bigSheet(rows: 500)])
    let first = folder.appendingPathComponent("first.xlsx").path
    let second = folder.appendingPathComponent("second.xlsx").path
    try Self.stream(document, to: first)
    try Self.stream(document, to: second)
    #expect(try Self.bytes(first) == (try Self.bytes(second)))
  }

  /// Streams one sheet named `表一` whose cells `body` appends, over an existing file; returns the error thrown
  /// after checking that the existing file is untouched and nothing else is left in the folder.
  static func failure(
    sourceLocation: SourceLocation = #_sourceLocation, _ body: (inout SheetStream) throws -> Void
  ) throws -> any Error {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.xlsx")
    let original = Data("the old report".utf8)
    try original.write(to: target)
    let error = try #require(throws: (any Error).self, sourceLocation: sourceLocation) {
      try WorkbookWriter.write(to: target.path) { workbook in
        try workbook.addSheet(SheetDocument(name: "表一"), cells: body)
      }
    }
    #expect(try Data(contentsOf: target) == original, sourceLocation: sourceLocation)
    #expect(try WorkbookWriterTests.contents(of: folder) == ["report.xlsx"], sourceLocation: sourceLocation)
    return error
  }

  @Test func cellsOutOfOrderAreRefusedNamingSheetAndCell() throws {
    let error = try #require(
      try Self.failure { cells in
        try cells.append(WriteCell(ref("B2"), .number("1")))
        try cells.append(WriteCell(ref("A2"), .number("2")))
      } as? XLSXError)
    #expect(error.kind == .invalidWorkbook)
    #expect(error.sheet == "表一")
    #expect(error.cell == "A2")
    #expect(error.part == "xl/worksheets/sheet1.xml")
    #expect(error.message == "The cell A2 is given after B2; cells must come row by row, left to right.")
  }

  @Test func aCellGivenTwiceIsRefused() throws {
    let error = try #require(
      try Self.failure { cells in
        try cells.append(WriteCell(ref("C3"), .empty))
        try cells.append(WriteCell(ref("C3"), .number("2")))
      } as? XLSXError)
    #expect(error.cell == "C3")
    #expect(error.message == "The cell C3 is given more than once.")
  }

  @Test func badValuesAndStylesAreRefusedNamingSheetAndCell() throws {
    let cases: [(WriteCell, String)] = [
      (WriteCell(ref("D4"), .number("251000元")), "D4"),
      (WriteCell(ref("E5"), .error("#OOPS")), "E5"),
      (WriteCell(ref("F6"), .string(String(repeating: "规", count: 32_768))), "F6"),
      (WriteCell(ref("G7"), .empty, formula: "="), "G7"),
      (WriteCell(ref("H8"), .number("1"), style: CellStyle(font: FontStyle(name: ""))), "H8"),
    ]
    for (cell, place) in cases {
      let error = try #require(try Self.failure { try $0.append(cell) } as? XLSXError)
      #expect(error.kind == .invalidWorkbook, "\(place)")
      #expect(error.sheet == "表一", "\(place)")
      #expect(error.cell == place)
      #expect(error.part == "xl/worksheets/sheet1.xml", "\(place)")
    }
  }

  @Test func errorsOfTheCallersCellsPropagateAndLeaveNothing() throws {
    let error = try Self.failure { cells in
      try cells.append(WriteCell(ref("A1"), .string("before the failure")))
      throw SourceFailed()
    }
    #expect(error as? SourceFailed == SourceFailed())
  }

  @Test func cellsBeforeTheSheetsOwnAreRefused() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.xlsx").path
    let error = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(to: path) { workbook in
        let sheet = SheetDocument(name: "S", cells: [WriteCell(ref("B5"), .empty)])
        try workbook.addSheet(sheet) { try $0.append(WriteCell(ref("A5"), .number("1"))) }
      }
    }
    #expect(error.cell == "A5")
    #expect(try WorkbookWriterTests.contents(of: folder).isEmpty)
  }

  @Test func writingIntoAMissingFolderFailsNamingThePath() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("missing/out.xlsx").path
    let error = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(to: path) { try $0.addSheet(SheetDocument(name: "S")) }
    }
    #expect(error.kind == .writeFailed)
    #expect(error.message.contains(path))
  }
}
