import Testing

@testable import NianbaoXLSX

/// ``SheetLayout/mergeOverlaps()``.
@Suite struct MergeOverlapTests {
  static func overlaps(_ ranges: [String]) -> [String] {
    SheetLayout(merges: ranges.map { CellRange($0)! }).mergeOverlaps().map(\.description)
  }

  @Test func disjointMergesDoNotOverlap() {
    #expect(Self.overlaps(["A1:C1", "A2:A4", "B2:C4", "D1:D9"]).isEmpty)
    #expect(Self.overlaps([]).isEmpty)
  }

  @Test func everyOverlappingPairIsListedInFileOrderOfItsLaterRange() {
    #expect(
      Self.overlaps(["A1:C3", "E1:F1", "B2:D4", "C3:C3"]) == ["A1:C3 and B2:D4", "A1:C3 and C3", "B2:D4 and C3"])
  }

  @Test func aMergeStartingBelowALaterOneIsStillCompared() {
    #expect(Self.overlaps(["A5:B6", "B1:B9"]) == ["A5:B6 and B1:B9"])
  }

  @Test func theListIsBounded() {
    let same = Array(repeating: "A1:B2", count: 2_000)
    #expect(Self.overlaps(same).count == MergeOverlap.maxListed)
  }
}
