import Foundation
import NianbaoPackage
import Testing

@testable import NianbaoXLSX

/// Every hostile file gets a precise, typed error that names the part — never a crash, never a partial result.
/// The files are built by `scripts/make_reader_fixtures.py`; those the reader reads within bounds instead are listed
/// in ``HostileReadableTests``.
@Suite struct HostileFileTests {
  static let cases: [(String, XLSXError.Kind)] = [
    ("hostile/absolute-entry.xlsx", .unsafeEntryName),
    ("hostile/backslash-collision.xlsx", .duplicateEntry),
    ("hostile/backslash-entry.xlsx", .unsafeEntryName),
    ("hostile/bad-crc.xlsx", .checksumMismatch),
    ("hostile/billion-laughs.xlsx", .doctypeRejected),
    ("hostile/case-duplicate-entry.xlsx", .duplicateEntry),
    ("hostile/control-characters.xlsx", .malformedXML),
    ("hostile/corrupt-deflate.xlsx", .corruptZip),
    ("hostile/csv-renamed.xlsx", .textFile),
    ("hostile/deep-nesting.xlsx", .malformedXML),
    ("hostile/duplicate-entry.xlsx", .duplicateEntry),
    ("hostile/empty.xlsx", .emptyFile),
    ("hostile/encrypted-agile.xlsx", .encryptedWorkbook),
    ("hostile/encrypted.xlsx", .encryptedWorkbook),
    ("hostile/huge-attribute.xlsx", .invalidReference),
    ("hostile/image.png.xlsx", .otherFileType),
    ("hostile/invalid-utf8.xlsx", .malformedXML),
    ("hostile/inverted-merge.xlsx", .invalidReference),
    ("hostile/local-name-mismatch.xlsx", .corruptZip),
    ("hostile/lying-size-bomb.xlsx", .compressionRatioExceeded),
    ("hostile/malformed-reference.xlsx", .invalidReference),
    ("hostile/million-merges.xlsx", .contentLimitExceeded),
    ("hostile/missing-sheet.xlsx", .missingPart),
    ("hostile/not-well-formed.xlsx", .malformedXML),
    ("hostile/path-traversal.xlsx", .unsafeEntryName),
    ("hostile/plain.zip.xlsx", .notSpreadsheetPackage),
    ("hostile/quadratic-blowup.xlsx", .doctypeRejected),
    ("hostile/ratio-bomb.xlsx", .compressionRatioExceeded),
    ("hostile/reference-beyond-xfd.xlsx", .invalidReference),
    ("hostile/rels-climb.xlsx", .unsafeEntryName),
    ("hostile/row-beyond-limit.xlsx", .invalidReference),
    ("hostile/shared-formula-bomb.xlsx", .contentLimitExceeded),
    ("hostile/shared-string-huge-index.xlsx", .sharedStringOutOfRange),
    ("hostile/shared-string-out-of-range.xlsx", .sharedStringOutOfRange),
    ("hostile/total-size-bomb.xlsx", .compressionRatioExceeded),
    ("hostile/truncated.xlsx", .truncatedZip),
    ("hostile/word-document.xlsx", .notSpreadsheetPackage),
    ("hostile/xxe-external-dtd.xlsx", .doctypeRejected),
    ("hostile/xxe-parameter-entity.xlsx", .doctypeRejected),
    ("hostile/xxe-rels.xlsx", .doctypeRejected),
    ("hostile/xxe-shared-strings.xlsx", .doctypeRejected),
    ("hostile/xxe-sheet.xlsx", .doctypeRejected),
    ("hostile/xxe-utf16.xlsx", .doctypeRejected),
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
    let refused = Self.cases.map(\.0).filter { $0.hasPrefix("hostile/") }
    let listed = Set(refused + HostileReadableTests.files.map { "hostile/" + $0 })
    #expect(Set(TestFixtures.files(in: "hostile").map { "hostile/" + $0 }) == listed)
  }

  @Test(arguments: cases)
  func refusedFromMemoryToo(_ file: String, _ kind: XLSXError.Kind) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.path(file))))
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(bytes: bytes, name: "standard input").readWorkbook()
    }
    #expect(error?.kind == kind, "\(file): \(String(describing: error))")
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

  @Test func totalSizeBombIsRefusedByTotalSizeAlone() {
    // With the ratio checks out of the way, maxTotalBytes alone stops the 40 parts of 96 KiB.
    var limits = ReadLimits()
    limits.maxCompressionRatio = 1e9
    limits.maxTotalBytes = 1 << 20
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.path("hostile/total-size-bomb.xlsx"), limits: limits).readWorkbook()
    }
    #expect(error?.kind == .packageTooLarge)
  }

  @Test func onePartReadManyTimesIsHeldToThePackageRatio() throws {
    // Each read of a sheet counts again: reading a highly compressible part over and over is a bomb too.
    let reader = try WorkbookReader(path: TestFixtures.path("hostile/total-size-bomb.xlsx"))
    let error = #expect(throws: XLSXError.self) {
      for _ in 0..<200 { _ = try reader.readWorksheet(at: 0) }
    }
    #expect(error?.kind == .compressionRatioExceeded)
  }

  @Test func millionMergesStopAtTheMergeLimit() {
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.path("hostile/million-merges.xlsx")).readWorkbook()
    }
    #expect(error?.kind == .contentLimitExceeded)
    #expect(error?.message.contains("more than 100000 merged ranges") == true, "\(String(describing: error))")
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
