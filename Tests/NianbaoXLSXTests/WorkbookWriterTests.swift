import Foundation
import Testing

@testable import NianbaoXLSX

@Suite struct WorkbookWriterTests {
  static func contents(of folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func sameDocumentGivesByteIdenticalFiles() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("first.xlsx")
    let second = folder.appendingPathComponent("second.xlsx")
    try WorkbookWriter.write(SampleDocuments.small, to: first.path)
    try WorkbookWriter.write(SampleDocuments.small, to: second.path)
    let bytes = try Data(contentsOf: first)
    #expect(bytes == (try Data(contentsOf: second)))
    #expect(Array(bytes) == (try WorkbookWriter.data(SampleDocuments.small)))
    #expect(try Self.contents(of: folder) == ["first.xlsx", "second.xlsx"])
  }

  @Test func packageHoldsEveryRequiredPartInOrder() throws {
    let headers = ZipWriterTests.localHeaders(try WorkbookWriter.data(SampleDocuments.small))
    #expect(
      headers.map(\.name) == [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/sharedStrings.xml",
        "docProps/core.xml", "docProps/app.xml",
      ])
  }

  @Test func writingIntoAMissingFolderFailsAndLeavesNothing() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("missing/out.xlsx").path
    let error = try #require(throws: XLSXError.self) { try WorkbookWriter.write(SampleDocuments.small, to: path) }
    #expect(error.kind == .writeFailed)
    #expect(error.message.contains(path))
    #expect(try Self.contents(of: folder).isEmpty)
  }

  @Test func invalidDocumentLeavesTheExistingFileUntouched() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.xlsx")
    let original = Data("the old report".utf8)
    try original.write(to: target)
    var document = SampleDocuments.small
    document.sheets[0].merges.append(range("C1:C9"))
    let error = try #require(throws: XLSXError.self) { try WorkbookWriter.write(document, to: target.path) }
    #expect(error.kind == .overlappingMerges)
    #expect(try Data(contentsOf: target) == original)
    #expect(try Self.contents(of: folder) == ["report.xlsx"])
  }

  @Test func replacingAFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.xlsx")
    try Data("old".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
    try WorkbookWriter.write(SampleDocuments.small, to: target.path)
    #expect(Array(try Data(contentsOf: target)) == (try WorkbookWriter.data(SampleDocuments.small)))
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try Self.contents(of: folder) == ["report.xlsx"])
  }

  @Test func writingOverAFolderFailsAndLeavesNoTemporaryFile() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("taken.xlsx")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    let error = try #require(throws: XLSXError.self) {
      try WorkbookWriter.write(SampleDocuments.small, to: target.path)
    }
    #expect(error.kind == .writeFailed)
    #expect(error.message.contains(target.path))
    #expect(try Self.contents(of: folder) == ["taken.xlsx"])
    #expect(try Self.contents(of: target).isEmpty)
  }

  @Test func pathsWithoutAFileNameAreRefused() {
    for path in ["", "some/folder/"] {
      let error = #expect(throws: XLSXError.self) { try WorkbookWriter.write(SampleDocuments.small, to: path) }
      #expect(error?.kind == .writeFailed)
    }
  }

  @Test func relativePathIsWrittenInTheCurrentFolder() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(AtomicFile.split("report.xlsx") == ("", "report.xlsx"))
    #expect(AtomicFile.split("/tmp/a/report.xlsx") == ("/tmp/a/", "report.xlsx"))
    let path = folder.appendingPathComponent("sub").path + "/../report.xlsx"
    try FileManager.default.createDirectory(
      atPath: folder.appendingPathComponent("sub").path, withIntermediateDirectories: false)
    try WorkbookWriter.write(SampleDocuments.small, to: path)
    #expect(try Self.contents(of: folder) == ["report.xlsx", "sub"])
  }
}
