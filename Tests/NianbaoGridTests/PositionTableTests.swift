import Testing

@testable import NianbaoGrid

@Suite struct PositionTableTests {
  /// A compact grid with merges, and the same cells moved a million rows apart (which makes the table hashed).
  private let compact = [
    SourceCell(row: 2, column: 2, rowSpan: 2, columnSpan: 3, content: .text("header")),
    SourceCell(row: 4, column: 2, content: .number("1")),
    SourceCell(row: 4, column: 4, content: .text("x")),
  ]

  private func spread(_ cells: [SourceCell]) -> [SourceCell] {
    cells + [SourceCell(row: 1_000_000, column: 1, content: .text("far"))]
  }

  private func answers(_ table: PositionTable) -> [String] {
    var lines: [String] = []
    for row in 0...6 {
      for column in 0...6 {
        lines.append(
          "\(row),\(column): \(table.corner(row: row, column: column) ?? -1) \(table.covering(row: row, column: column) ?? -1)"
        )
      }
    }
    return lines
  }

  @Test func cornersAndCoveredPositionsAreFoundInsideAndOutsideTheBox() {
    let table = PositionTable(compact)
    #expect(table.corner(row: 2, column: 2) == 0)
    #expect(table.corner(row: 3, column: 4) == nil)
    #expect(table.covering(row: 3, column: 4) == 0)
    #expect(table.covering(row: 4, column: 2) == 1)
    #expect(table.covering(row: 4, column: 3) == nil)
    #expect(table.covering(row: 1, column: 1) == nil)
    #expect(table.covering(row: 9, column: 9) == nil)
    #expect(table.covering(row: -1, column: 2) == nil)
  }

  @Test func theDenseAndTheHashedTablesAnswerAlike() {
    // The spread cells add one far cell (index 3): every position near the others answers the same.
    #expect(answers(PositionTable(compact)) == answers(PositionTable(spread(compact))))
    #expect(PositionTable(spread(compact)).corner(row: 1_000_000, column: 1) == 3)
  }

  @Test func marksRefuseACellOverAPositionAlreadyTaken() {
    for cells in [compact, spread(compact)] {
      var marks = PositionMarks(cells)
      let taken = [
        marks.takeAll(of: cells[0]), marks.takeAll(of: SourceCell(row: 3, column: 3, content: .text("inside"))),
        marks.takeAll(of: cells[1]), marks.takeAll(of: cells[1]),
      ]
      #expect(taken == [true, false, true, false])
    }
  }

  @Test func aGridReadsTheSameWhicheverTableItUses() {
    let near = SourceGrid(name: "S", cells: compact)
    let far = SourceGrid(name: "S", cells: spread(compact))
    for row in 0...6 {
      for column in 0...6 {
        #expect(near.cell(row: row, column: column) == far.cell(row: row, column: column))
        #expect(near.covering(row: row, column: column) == far.covering(row: row, column: column))
      }
    }
  }
}
