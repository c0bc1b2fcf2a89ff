import Foundation
import Testing

@testable import NianbaoXLSX

/// The checks a streamed workbook makes as its sheets are added and when it is finished.
@Suite struct WorkbookAssemblyTests {
  @Test func workbookLevelProblemsAreRefused() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.xlsx").path
    let sameName = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(to: path) { workbook in
        try workbook.addSheet(SheetDocument(name: "Data"))
        try workbook.addSheet(SheetDocument(name: "DATA"))
      }
    }
    #expect(sameName.kind == .invalidWorkbook)
    #expect(sameName.sheet == "DATA")
    let noSheet = try #require(throws: XLSXError.self) { try WorkbookWriter.write(to: path) { _ in } }
    #expect(noSheet.message == "A workbook needs at least one sheet.")
    let hidden = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(to: path) { try $0.addSheet(SheetDocument(name: "S", visibility: .hidden)) }
    }
    #expect(hidden.message == "At least one sheet must be visible.")
    let badName = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(to: path, definedNames: [DefinedName(name: "A1", formula: "S!$A$1")]) {
        try $0.addSheet(SheetDocument(name: "S"))
      }
    }
    #expect(badName.part == "xl/workbook.xml")
    let overlapping = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(to: path) {
        try $0.addSheet(SheetDocument(name: "S", merges: [range("A1:B2"), range("B2:C3")]))
      }
    }
    #expect(overlapping.kind == .overlappingMerges)
    #expect(overlapping.sheet == "S")
    #expect(try WorkbookWriterTests.contents(of: folder).isEmpty)
  }

  @Test func aWorkbookCannotBeFinishedAfterASheetFailed() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.xlsx").path
    let error = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(to: path) { workbook in
        try? workbook.addSheet(SheetDocument(name: "First")) { cells in
          try cells.append(WriteCell(ref("A1"), .number("x")))
        }
        try workbook.addSheet(SheetDocument(name: "Second"))
      }
    }
    #expect(error.sheet == "First")
    #expect(error.cell == "A1")
    #expect(try WorkbookWriterTests.contents(of: folder).isEmpty)
  }
}
