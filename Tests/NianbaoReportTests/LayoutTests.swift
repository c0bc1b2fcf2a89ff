import Testing

@testable import NianbaoReport

/// Every key path of a JSON document's leaves (values that are not objects), in order.
func leafPaths(_ value: JSONValue, prefix: [String] = []) -> [String] {
  guard case .object(let members) = value else { return [prefix.joined(separator: ".")] }
  return members.flatMap { leafPaths($0.value, prefix: prefix + [$0.key]) }
}

@Suite("Layouts as data")
struct LayoutTests {
  @Test("the key set and order of each version equal the expected fixtures'", arguments: Fixtures.reportNames)
  func keySetMatchesFixtures(name: String) throws {
    let document = try Fixtures.json(name + ".json")
    let version = try #require(
      document["formatVersion"].flatMap { if case .number(let n) = $0 { n.intValue } else { nil } })
    let layout = try #require(FormatVersion(rawValue: version)).layout
    let tablePaths = leafPaths(document).filter { path in layout.tables.contains { path.hasPrefix($0.jsonKey + ".") } }
    #expect(layout.slots.map(\.keyPath.description) == tablePaths)
  }

  @Test("value counts: 2021 has 10 + 175 + 15, 2019 has 22 + 161 + 15")
  func valueCounts() {
    #expect(ReportLayout.v2021.tables.map(\.slots.count) == [10, 25 * 7, 15])
    #expect(ReportLayout.v2019.tables.map(\.slots.count) == [22, 23 * 7, 15])
  }

  @Test("balance equations derive from the declaration", arguments: FormatVersion.allCases)
  func equations(version: FormatVersion) {
    let equations = version.layout.equations
    let rows = version == .v2021 ? 25 : 23
    #expect(equations.filter { $0.rule == .r1 }.count == 7)
    #expect(equations.filter { $0.rule == .r2 }.count == rows)
    #expect(equations.filter { $0.rule == .r3 }.count == 7)
    #expect(equations.filter { $0.rule == .r4 }.count == 3)
    #expect(equations.count == 7 + rows + 7 + 3)
    let leafRows = version == .v2021 ? 21 : 19
    #expect(equations.filter { $0.rule == .r3 }.allSatisfy { $0.parts.count == leafRows })
    #expect(equations.filter { $0.rule == .r2 }.allSatisfy { $0.parts.count == 6 })
    #expect(equations.filter { $0.rule == .r4 }.allSatisfy { $0.parts.count == 4 })
    let r1 = equations.first { $0.rule == .r1 }
    #expect(r1?.parts == ["applications.newlyReceived.naturalPerson", "applications.carriedOver.naturalPerson"])
    #expect(r1?.totals == ["applications.outcomes.total.naturalPerson", "applications.carriedForward.naturalPerson"])
    let r3 = equations.first { $0.rule == .r3 && $0.anchor == "applications.outcomes.total.total" }
    #expect(r3?.parts.first == "applications.outcomes.disclosed.total")
    #expect(!(r3?.parts.contains("applications.outcomes.total.total") ?? true))
    let r4 = equations.filter { $0.rule == .r4 }.map(\.anchor)
    #expect(
      r4 == [
        "appeals.administrativeReview.total", "appeals.litigationWithoutReview.total",
        "appeals.litigationAfterReview.total",
      ])
    // Every cell an equation names exists in the layout.
    for equation in equations {
      #expect((equation.parts + equation.totals).allSatisfy { version.layout.slot(at: $0) != nil })
    }
    #expect(
      version.layout.continuity.map(\.current.description).first == "applications.carriedOver.naturalPerson")
    #expect(
      version.layout.continuity.map(\.previous.description).last == "applications.carriedForward.total")
  }

  @Test("slot labels name the row and column")
  func slotLabels() throws {
    let slot = try #require(ReportLayout.v2021.slot(at: "applications.outcomes.withheld.stateSecret.total"))
    #expect(slot.rowLabel == "三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密")
    #expect(slot.columnLabel == "总计")
    #expect(slot.columnHeaders.map(\.text) == ["申请人情况", "总计"])
    let fee = try #require(ReportLayout.v2021.feeSlot)
    #expect(fee.rowLabel == "行政事业性收费")
    #expect(fee.columnLabel == "本年收费金额（单位：万元）")
    #expect(fee.kind == .amount)
  }

  @Test("the key tree mirrors the 2019 （六） row object")
  func keyTree2019() throws {
    let tree = ReportLayout.v2019.table(.applications).keyTree
    let otherHandling = try #require(tree["outcomes"]?["otherHandling"])
    #expect(otherHandling.members.map(\.key).count == 7)
    #expect(otherHandling["naturalPerson"].map { if case .value = $0 { true } else { false } } == true)
  }
}
