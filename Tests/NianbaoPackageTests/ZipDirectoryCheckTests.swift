import Foundation
import Testing

@testable import NianbaoPackage

/// ``ZipDirectoryCheck`` and ``ZipArchive`` without libzip's consistency check: the quirky packages of old and Windows
/// generators open (their cells are compared with python-calamine's in `WorkbookReaderTests`), unsafe ones do not.
@Suite struct ZipDirectoryCheckTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("NianbaoXLSXTests/Fixtures")

  static func path(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

  static let parts = [
    "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml", "xl/styles.xml",
  ]

  @Test(arguments: ["stale-count.xlsx", "data-descriptor.xlsx", "backslash-names.xlsx"])
  func quirkyPackagesOpenFromAFileAndFromMemory(file: String) throws {
    let path = Self.path("crafted/" + file)
    let fromFile = try ZipArchive(path: path, limits: .default)
    #expect(fromFile.names.sorted() == Self.parts.sorted())
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let fromMemory = try ZipArchive(bytes: bytes, displayName: file, limits: .default)
    #expect(try fromMemory.readAll("xl/worksheets/sheet1.xml") == fromFile.readAll("xl/worksheets/sheet1.xml"))
  }

  @Test func theStaleCountIsFoundByWalkingTheDirectory() throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.path("crafted/stale-count.xlsx"))))
    let check = ZipDirectoryCheck(
      read: { offset, count in offset + count <= bytes.count ? Array(bytes[offset..<(offset + count)]) : nil },
      size: bytes.count, file: "stale-count.xlsx")
    let directory = try check.directory()
    #expect(directory.entries.count == Self.parts.count)
    #expect(directory.declaredCount == Self.parts.count - 1)
    try check.check(directory)
  }

  @Test func aLocalHeaderNamingAnotherEntryIsRefused() throws {
    #expect {
      _ = try ZipArchive(path: Self.path("hostile/local-name-mismatch.xlsx"), limits: .default)
    } throws: { error in
      (error as? PackageError)?.kind == .corruptZip && (error as? PackageError)?.part == "xl/styles.xml"
    }
  }

  @Test func aBackslashNameThatCollidesOrClimbsIsRefused() throws {
    #expect(throws: PackageError.self) {
      _ = try ZipArchive(path: Self.path("hostile/backslash-collision.xlsx"), limits: .default)
    }
    #expect {
      _ = try ZipArchive(path: Self.path("hostile/backslash-entry.xlsx"), limits: .default)
    } throws: { error in
      (error as? PackageError)?.kind == .unsafeEntryName
    }
  }

  @Test func entriesWhoseDataOverlapAreRefused() throws {
    // Two central entries pointing at one local header: the second's data overlaps the first's.
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.path("crafted/minimal.xlsx"))))
    let check = ZipDirectoryCheck(
      read: { offset, count in offset + count <= bytes.count ? Array(bytes[offset..<(offset + count)]) : nil },
      size: bytes.count, file: "minimal.xlsx")
    var directory = try check.directory()
    directory.entries[1].localOffset = directory.entries[0].localOffset
    directory.entries[1].name = directory.entries[0].name
    directory.entries[1].method = directory.entries[0].method
    #expect {
      try check.check(directory)
    } throws: { error in
      (error as? PackageError)?.message.contains("overlap") == true
    }
  }
}
