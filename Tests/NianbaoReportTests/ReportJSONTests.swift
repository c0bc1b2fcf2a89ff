import Testing

@testable import NianbaoReport

/// Replaces the value at a dotted path of a JSON document (`nil` removes the member).
func replacing(_ value: JSONValue, at path: [String], with replacement: JSONValue?) -> JSONValue {
  guard let key = path.first, case .object(let members) = value else { return replacement ?? .null }
  if path.count == 1 {
    if let replacement {
      if members.contains(where: { $0.key == key }) {
        return .object(members.map { $0.key == key ? JSONMember(key, replacement) : $0 })
      }
      return .object(members + [JSONMember(key, replacement)])
    }
    return .object(members.filter { $0.key != key })
  }
  return .object(
    members.map {
      $0.key == key ? JSONMember(key, replacing($0.value, at: Array(path.dropFirst()), with: replacement)) : $0
    })
}

@Suite("Report ⇄ JSON")
struct ReportJSONTests {
  @Test("fixtures decode and re-encode to the same document", arguments: Fixtures.reportNames)
  func roundTrip(name: String) throws {
    let text = try Fixtures.text(name + ".json")
    let original = try JSONValue.parse(text)
    let report = try Report(jsonText: text)
    #expect(report.jsonValue.isSemanticallyEqual(to: original))
    // The fixtures are written in the same deterministic style, so even the bytes agree.
    #expect(report.jsonText() == text)
    #expect(try Report(json: report.jsonValue) == report)
  }

  @Test("decoded values: blanks stay blank, numbers exact")
  func decodedValues() throws {
    let xiasizhen = try Fixtures.report("xiasizhen_2021")
    #expect(xiasizhen.formatVersion == .v2021)
    #expect(xiasizhen.organ == "凯里市下司镇")
    #expect(xiasizhen.year == 2021)
    #expect(xiasizhen.text.other == "无。")
    #expect(xiasizhen["applications.newlyReceived.naturalPerson"] == nil)
    #expect(xiasizhen["applications.newlyReceived.total"] == .count(0))
    #expect(xiasizhen["proactive.coercion.decisions"] == .count(13))
    #expect(xiasizhen.blankSlots.count == 150)
    let hongzequ = try Fixtures.report("hongzequ_2023")
    #expect(hongzequ.amount(at: "proactive.fees.amount")?.text == "7730.28")
    #expect(hongzequ.text == ReportText())
    let shanghai = try Fixtures.report("shanghai_szfbgt_2019")
    #expect(shanghai.amount(at: "proactive.procurement.amount")?.text == "251000")
    #expect(shanghai["applications.outcomes.otherHandling.total"] == nil)
  }

  @Test("a six-decimal fee and a signed change survive a round trip")
  func exactValues() throws {
    var report = Report(formatVersion: .v2021, organ: "某县", year: 2022)
    try report.set(.amount(Amount("24252.311082")!), at: "proactive.fees.amount")
    let decoded = try Report(jsonText: report.jsonText())
    #expect(decoded.amount(at: "proactive.fees.amount")?.text == "24252.311082")
    #expect(report.jsonText().contains("\"amount\": 24252.311082\n"))
    var old = Report(formatVersion: .v2019)
    try old.setCount(-18, at: "proactive.licensing.change")
    try old.setCount(1036, at: "proactive.penalties.change")
    let back = try Report(jsonText: old.jsonText())
    #expect(back.count(at: "proactive.licensing.change") == -18)
    #expect(back.count(at: "proactive.penalties.change") == 1036)
  }

  @Test("a new report encodes every key with null blanks, top-level keys in order")
  func emptyReport() throws {
    let json = Report(formatVersion: .v2019).jsonValue
    #expect(
      json.members?.map(\.key) == ["formatVersion", "organ", "year", "text", "proactive", "applications", "appeals"])
    #expect(json["text"]?.members?.map(\.key) == ["overview", "problems", "other"])
    #expect(leafPaths(json).count == 3 + 3 + 22 + 161 + 15)
    #expect(json["applications"]?["outcomes"]?["otherHandling"]?["total"] == .null)
  }

  static let invalidDocuments: [(String, JSONValue?, String)] = [
    ("applications.newlyReceived.extra", .integer(1), "applications.newlyReceived.extra is not part of the format"),
    ("applications.newlyReceived.total", nil, "The key applications.newlyReceived.total is missing"),
    ("applications.newlyReceived.total", .integer(-1), "applications.newlyReceived.total must not be negative"),
    ("applications.newlyReceived.total", .string("12"), "applications.newlyReceived.total must be a whole number"),
    ("applications.newlyReceived.total", .number(JSONNumber("1.5")!), "must be a whole number, but it is 1.5"),
    ("applications.newlyReceived.total", .number(JSONNumber("1e20")!), "is out of range: 1e20"),
    ("appeals.administrativeReview", .integer(3), "appeals.administrativeReview must be an object"),
    ("proactive.fees.amount", .integer(-3), "proactive.fees.amount must not be negative"),
    ("proactive.fees.amount", .bool(true), "proactive.fees.amount must be a decimal number"),
    ("text.overview", .integer(1), "text.overview must be a string or null"),
    ("text.summary", .string("x"), "text.summary is not part of the format"),
    ("organ", .array([]), "organ must be a string or null, but it is an array"),
    ("year", .number(JSONNumber("2021.5")!), "year must be a whole number"),
    ("year", .integer(20210), "year is out of range"),
    ("formatVersion", .integer(2020), "formatVersion must be 2019 or 2021, but it is 2020"),
    ("formatVersion", .string("2021"), "formatVersion must be the number 2019 or 2021"),
    ("formatVersion", nil, "The key formatVersion is missing"),
    ("findings", .array([]), "findings is not part of the format"),
  ]

  @Test("invalid documents fail with the key path in a sentence", arguments: invalidDocuments)
  func invalid(path: String, replacement: JSONValue?, message: String) throws {
    let original = try Fixtures.json("xiasizhen_2021.json")
    let broken = replacing(original, at: path.split(separator: ".").map(String.init), with: replacement)
    #expect {
      try Report(json: broken)
    } throws: { error in
      guard let error = error as? ReportError else { return false }
      return error.description.contains(message)
    }
  }

  @Test("errors are typed")
  func typedErrors() throws {
    let original = try Fixtures.json("hongzequ_2023.json")
    let negative = replacing(original, at: ["appeals", "litigationAfterReview", "upheld"], with: .integer(-5))
    #expect(throws: ReportError.negativeValue(path: "appeals.litigationAfterReview.upheld", value: "-5")) {
      try Report(json: negative)
    }
    #expect(throws: ReportError.wrongType(path: "", expected: "an object", found: "an array")) {
      try Report(json: .array([]))
    }
    #expect {
      try Report(jsonText: "{\"formatVersion\": 2021,}")
    } throws: { error in
      if case .invalidJSON(let parse) = error as? ReportError { return parse.line == 1 && parse.column == 24 }
      return false
    }
  }

  @Test("setting values checks the key path and the kind")
  func setting() throws {
    var report = Report(formatVersion: .v2021)
    #expect(throws: ReportError.unknownKeyPath("proactive.procurement.amount", version: .v2021)) {
      try report.set(.amount(Amount("1")!), at: "proactive.procurement.amount")
    }
    #expect(throws: ReportError.valueDoesNotFit("proactive.fees.amount", kind: .amount, value: .count(3))) {
      try report.set(.count(3), at: "proactive.fees.amount")
    }
    #expect(throws: ReportError.self) { try report.setCount(-1, at: "applications.newlyReceived.total") }
    #expect(throws: ReportError.self) {
      try report.setCount(ReportValue.maximumCount + 1, at: "applications.newlyReceived.total")
    }
    try report.setCount(4, at: "applications.newlyReceived.total")
    #expect(report.count(at: "applications.newlyReceived.total") == 4)
    try report.setCount(nil, at: "applications.newlyReceived.total")
    #expect(report["applications.newlyReceived.total"] == nil)
  }
}
