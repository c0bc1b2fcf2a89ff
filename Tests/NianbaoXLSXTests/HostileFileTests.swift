import Foundation
import Testing

@testable import NianbaoXLSX

/// Every hostile file gets a precise, typed error that names the part — never a crash, never a partial result.
@Suite struct HostileFileTests {
  static let cases: [(String, XLSXError.Kind)] = [
    ("hostile/absolute-entry.xlsx", .unsafeEntryName),
    ("hostile/bad-crc.xlsx", .checksumMismatch),
    ("hostile/billion-laughs.xlsx", .doctypeRejected),
    ("hostile/case-duplicate-entry.xlsx", .duplicateEntry),
    ("hostile/deep-nesting.xlsx", .malformedXML),
    ("hostile/duplicate-entry.xlsx", .duplicateEntry),
    ("hostile/empty.xlsx", .emptyFile),
    ("hostile/encrypted.xlsx", .encryptedWorkbook),
    ("hostile/image.png.xlsx", .otherFileType),
    ("hostile/inverted-merge.xlsx", .invalidReference),
    ("hostile/lying-size-bomb.xlsx", .compressionRatioExceeded),
    ("hostile/malformed-reference.xlsx", .invalidReference),
    ("hostile/missing-sheet.xlsx", .missingPart),
    ("hostile/not-well-formed.xlsx", .malformedXML),
    ("hostile/path-traversal.xlsx", .unsafeEntryName),
    ("hostile/plain.zip.xlsx", .notSpreadsheetPackage),
    ("hostile/reference-beyond-xfd.xlsx", .invalidReference),
    ("hostile/row-beyond-limit.xlsx", .invalidReference),
    ("hostile/shared-string-out-of-range.xlsx", .sharedStringOutOfRange),
    ("hostile/word-document.xlsx", .notSpreadsheetPackage),
    ("hostile/xxe-rels.xlsx", .doctypeRejected),
    ("hostile/xxe-sheet.xlsx", .doctypeRejected),
    ("hostile/xxe-workbook.xlsx", .doctypeRejected),
    ("shared:bad/csv-renamed.xlsx", .textFile),
    ("shared:bad/legacy.xls", .legacyXLS),
    ("shared:bad/truncated.xlsx", .truncatedZip),
    ("shared:bad/xxe.xlsx", .doctypeRejected),
    ("shared:bad/zip-bomb-small.xlsx", .compressionRatioExceeded),
  ]

  static func path(_ id: String) -> String {
    id.hasPrefix("shared:") ? TestFixtures.sharedPath(String(id.dropFirst(7))) : TestFixtures.path(id)
  }

  @Test func everyHostileFixtureIsListed() {
    let listed = Set(Self.cases.map(\.0).filter { $0.hasPrefix("hostile/") })
    #expect(Set(TestFixtures.files(in: "hostile").map { "hostile/" + $0 }) == listed)
  }

  @Test(arguments: cases)
  func refusedWithAPreciseError(_ file: String, _ kind: XLSXError.Kind) {
    do {
      _ = try WorkbookReader(path: Self.path(file)).readWorkbook()
      Issue.record("\(file) was read without an error")
    } catch let error as XLSXError {
      #expect(error.kind == kind, "\(file): \(error)")
      #expect(!error.description.isEmpty)
    } catch {
      Issue.record("\(file): untyped error \(error)")
    }
  }

  @Test func errorsNameThePartSheetAndCell() throws {
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.path("hostile/shared-string-out-of-range.xlsx")).readWorkbook()
    }
    #expect(error?.part == "xl/worksheets/sheet1.xml")
    #expect(error?.sheet == "Sheet1")
    #expect(error?.cell == "B7")
    #expect(error?.description.hasPrefix("'Sheet1'!B7, part xl/worksheets/sheet1.xml: ") == true)
  }

  @Test func entitiesAreNeverExpanded() throws {
    // The xxe fixture points at /etc/passwd; whatever the error, no line of that file may appear in it.
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.sharedPath("bad/xxe.xlsx")).readWorkbook()
    }
    #expect(error?.description.contains("root:") == false)
    #expect(error?.part == "xl/sharedStrings.xml")
  }

  @Test func totalInflationIsBounded() {
    var limits = ReadLimits()
    limits.maxTotalBytes = 4_000
    #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.sharedPath("xlsx/hongzequ_2023.official.xlsx"), limits: limits)
        .readWorkbook()
    }
  }

  @Test func partSizeIsBounded() {
    var limits = ReadLimits()
    limits.maxPartBytes = 2_000
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.sharedPath("xlsx/hongzequ_2023.official.xlsx"), limits: limits)
        .readWorkbook()
    }
    #expect(error?.kind == .partTooLarge)
  }

  @Test func entryCountIsBounded() {
    var limits = ReadLimits()
    limits.maxEntries = 3
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.sharedPath("xlsx/hongzequ_2023.official.xlsx"), limits: limits)
    }
    #expect(error?.kind == .tooManyEntries)
  }

  @Test func mergeCountIsBounded() {
    var limits = ReadLimits()
    limits.maxMerges = 10
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.sharedPath("xlsx/hongzequ_2023.official.xlsx"), limits: limits)
        .readWorkbook()
    }
    #expect(error?.kind == .contentLimitExceeded)
  }

  @Test func sharedStringCountIsBounded() {
    var limits = ReadLimits()
    limits.maxSharedStrings = 5
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.sharedPath("xlsx/xiasizhen_2021.libreoffice.xlsx"), limits: limits)
    }
    #expect(error?.kind == .contentLimitExceeded)
  }

  @Test func missingFileIsUnreadable() {
    let error = #expect(throws: XLSXError.self) { _ = try WorkbookReader(path: "/nonexistent/report.xlsx") }
    #expect(error?.kind == .unreadableFile)
  }
}
