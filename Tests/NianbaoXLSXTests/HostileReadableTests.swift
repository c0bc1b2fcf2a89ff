import Foundation
import NianbaoPackage
import Testing

@testable import NianbaoXLSX

/// Hostile files that are valid enough to read: the reader reads them as written, allocating by what the file holds,
/// never by what it claims. Peak memory and time of the same files through the CLI are measured by
/// `scripts/hostile_memory.sh`.
@Suite struct HostileReadableTests {
  /// The files of `Fixtures/hostile` that read without an error (the others are in ``HostileFileTests/cases``).
  static let files = [
    "huge-dimension.xlsx", "huge-merge.xlsx", "overlapping-merges.xlsx", "shared-formula-fanout.xlsx", "xinclude.xlsx",
  ]

  static func worksheet(_ file: String) throws -> Worksheet {
    try WorkbookReader(path: TestFixtures.path("hostile/" + file)).readWorksheet(at: 0)
  }

  @Test func aDimensionOfTheWholeSheetIsOnlyReported() throws {
    // <dimension ref="A1:XFD1048576"/> over one cell: nothing is sized by the claim.
    let sheet = try Self.worksheet("huge-dimension.xlsx")
    #expect(sheet.layout.dimension == CellRange("A1:XFD1048576"))
    #expect(sheet.cells.map(\.reference.a1) == ["A1"])
    #expect(sheet.cells.first?.value == .number("1"))
  }

  @Test func aMergeOfTheWholeSheetIsReadAsWritten() throws {
    let sheet = try Self.worksheet("huge-merge.xlsx")
    #expect(sheet.layout.merges == [CellRange("A1:XFD1048576")!])
    #expect(sheet.cells.map(\.reference.a1) == ["A1", "XFD1048576"])
  }

  @Test func overlappingMergesAreReadAsWritten() throws {
    // Decision: the reader reports merges as the file has them (as python-calamine does); the writer refuses
    // overlapping merges (XLSXError.Kind.overlappingMerges), the report import refuses them naming both ranges, and
    // `nianbao cells` lists them with a line saying they overlap.
    let sheet = try Self.worksheet("overlapping-merges.xlsx")
    #expect(sheet.layout.merges == [CellRange("A1:C3")!, CellRange("B2:D4")!])
    #expect(sheet.cells.map(\.reference.a1) == ["B2"])
    #expect(sheet.layout.mergeOverlaps() == [MergeOverlap(first: CellRange("A1:C3")!, second: CellRange("B2:D4")!)])
  }

  @Test func sharedFormulaCopiesCountAsText() throws {
    // An 8,000-byte formula shared by 1,000 cells: each cell gets its own shifted copy, 8 MB in all.
    let sheet = try Self.worksheet("shared-formula-fanout.xlsx")
    #expect(sheet.cells.count == 1_001)
    #expect(sheet.cells.last?.formula?.hasPrefix("B1001+B1001+") == true)
    // Those copies are held to the text limit like any other text.
    var limits = ReadLimits()
    limits.maxTextBytes = 4 << 20
    let error = #expect(throws: XLSXError.self) {
      _ = try WorkbookReader(path: TestFixtures.path("hostile/shared-formula-fanout.xlsx"), limits: limits)
        .readWorksheet(at: 0)
    }
    #expect(error?.kind == .contentLimitExceeded)
    #expect(error?.message.contains("shared formulas") == true)
  }

  @Test func xincludeIsNotProcessed() throws {
    let sheet = try Self.worksheet("xinclude.xlsx")
    #expect(sheet.cells.map(\.value) == [.string("ok")])
  }
}
