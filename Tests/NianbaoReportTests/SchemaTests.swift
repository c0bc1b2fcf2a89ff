import Foundation
import Testing

@testable import NianbaoReport

@Suite("JSON Schema")
struct SchemaTests {
  /// The committed schema in the source tree.
  static let committedURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/NianbaoReport/Schema/nianbao.schema.json")

  @Test("the committed schema equals the generated one (NIANBAO_RECORD=1 rewrites it)")
  func committedMatchesGenerated() throws {
    let generated = ReportSchema.generatedText()
    if ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" {
      try generated.write(to: Self.committedURL, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.committedURL, encoding: .utf8)
    #expect(committed == generated, "run the tests with NIANBAO_RECORD=1 to re-record \(Self.committedURL.path)")
  }

  @Test("the bundled copy is the committed file")
  func bundled() throws {
    let committed = try String(contentsOf: Self.committedURL, encoding: .utf8)
    #expect(try ReportSchema.bundledText() == committed)
  }

  @Test("the schema's shape")
  func shape() throws {
    let schema = ReportSchema.generate()
    #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
    let definitions = try #require(schema["$defs"])
    #expect(
      schema["oneOf"]
        == .array([
          .object([JSONMember("$ref", .string("#/$defs/report2019"))]),
          .object([JSONMember("$ref", .string("#/$defs/report2021"))]),
        ]))
    #expect(definitions["report2019"]?["properties"]?["formatVersion"]?["const"] == .integer(2019))
    #expect(definitions["report2021"]?["additionalProperties"] == .bool(false))
    #expect(definitions["count"]?["type"] == .array([.string("integer"), .string("null")]))
    #expect(definitions["count"]?["minimum"] == .integer(0))
    #expect(definitions["signedCount"]?["minimum"] == .integer(-ReportValue.maximumCount))
    #expect(definitions["amount"]?["type"] == .array([.string("number"), .string("null")]))
    // Table 四 is shared, table 三 is per version, its row object is shared.
    #expect(definitions["appeals"] != nil)
    #expect(definitions["appeals2019"] == nil)
    #expect(definitions["applications2019"] != nil && definitions["applications2021"] != nil)
    #expect(
      definitions["applicationsRow"]?["required"]?.isSemanticallyEqual(
        to: .array(
          [
            "naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization",
            "legalServiceAgency", "otherOrganization", "total",
          ].map(JSONValue.string))) == true)
    #expect(definitions["proactive2021"]?["title"] == .string("二、主动公开政府信息情况"))
    #expect(
      definitions["proactive2019"]?["properties"]?["licensing"]?["properties"]?["change"]?["$ref"]
        == .string("#/$defs/signedCount"))
    #expect(
      definitions["proactive2021"]?["properties"]?["fees"]?["properties"]?["amount"]?["description"]
        == .string("行政事业性收费 × 本年收费金额（单位：万元）"))
  }

  @Test("the expected fixtures validate against the committed schema", arguments: Fixtures.reportNames)
  func fixturesValidate(name: String) throws {
    let validator = try SchemaValidator(schema: try JSONValue.parse(ReportSchema.bundledText()))
    let violations = validator.validate(try Fixtures.json(name + ".json"))
    #expect(violations.isEmpty, "\(violations)")
  }

  @Test("every document the model writes validates")
  func writtenDocumentsValidate() throws {
    let validator = ReportSchema.validator()
    for version in FormatVersion.allCases {
      #expect(validator.validate(Report(formatVersion: version).jsonValue).isEmpty)
    }
    var report = Report(formatVersion: .v2019, organ: "某县", year: 2020)
    try report.setCount(-18, at: "proactive.licensing.change")
    try report.set(.amount(Amount("251000")!), at: "proactive.procurement.amount")
    #expect(validator.validate(report.jsonValue).isEmpty)
  }

  static let brokenDocuments: [(String, JSONValue?, String)] = [
    ("applications.newlyReceived.extra", .integer(1), "applications.newlyReceived.extra is not an allowed key"),
    ("applications.newlyReceived.total", .integer(-1), "applications.newlyReceived.total is -1, below the minimum 0"),
    (
      "applications.newlyReceived.total", .string("12"),
      "applications.newlyReceived.total must be a value of type integer or null, but it is the string \"12\""
    ),
    ("applications.newlyReceived.total", nil, "applications.newlyReceived.total is required but missing"),
    (
      "applications.newlyReceived.total", .number(JSONNumber("2.5")!),
      "applications.newlyReceived.total must be a value of type integer"
    ),
    ("proactive.fees.amount", .number(JSONNumber("-0.01")!), "proactive.fees.amount is -0.01, below the minimum 0"),
    ("appeals.litigationAfterReview", .null, "appeals.litigationAfterReview must be a value of type object"),
    ("text", nil, "text is required but missing"),
  ]

  @Test("broken documents fail with a message naming the path", arguments: brokenDocuments)
  func brokenDocumentsFail(path: String, replacement: JSONValue?, message: String) throws {
    let document = replacing(
      try Fixtures.json("xiasizhen_2021.json"), at: path.split(separator: ".").map(String.init), with: replacement)
    let violations = ReportSchema.validator().validate(document)
    #expect(violations.count == 1, "\(violations)")
    #expect(violations.first?.message.contains(message) == true, "\(violations)")
    #expect(violations.first?.path.description.hasPrefix(path) == true)
    // The decoder refuses the same documents.
    #expect(throws: ReportError.self) { try Report(json: document) }
  }

  @Test("an unsupported format version matches no alternative")
  func unsupportedVersion() throws {
    let document = replacing(try Fixtures.json("xiasizhen_2021.json"), at: ["formatVersion"], with: .integer(2020))
    let violations = ReportSchema.validator().validate(document)
    #expect(violations.map(\.keyword) == ["const"])
    #expect(violations.first?.path == "formatVersion")
    // A 2019 document with a 2021 key is judged against the 2019 alternative.
    let shanghai = replacing(
      try Fixtures.json("shanghai_szfbgt_2019.json"), at: ["proactive", "fees", "amount"], with: .integer(1))
    #expect(ReportSchema.validator().validate(shanghai).map(\.path) == ["proactive.fees.amount"])
  }

  @Test("the validator refuses keywords it does not implement and dangling references")
  func validatorRefusesUnsupported() throws {
    #expect(throws: SchemaError.self) { try SchemaValidator(schema: .object([JSONMember("pattern", .string("a"))])) }
    #expect(throws: SchemaError.self) {
      try SchemaValidator(schema: .object([JSONMember("$ref", .string("#/$defs/missing"))]))
    }
    #expect(throws: SchemaError.self) { try SchemaValidator(schema: .string("no")) }
    let validator = try SchemaValidator(
      schema: try JSONValue.parse(
        ##"{"$defs": {"a~b/c": {"enum": [1, "x"]}}, "type": "array", "items": {"$ref": "#/$defs/a~0b~1c"}, "maximum": 3}"##
      ))
    #expect(validator.validate(try JSONValue.parse(#"[1, "x", 1.0]"#)).isEmpty)
    #expect(validator.validate(try JSONValue.parse(#"[2]"#)).map(\.path) == ["0"])
    #expect(validator.validate(.integer(4)).map(\.keyword) == ["type", "maximum"])
    let looping = try SchemaValidator(
      schema: try JSONValue.parse(##"{"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##))
    #expect(looping.validate(.null).map(\.keyword) == ["$ref"])
    let both = try SchemaValidator(schema: try JSONValue.parse(#"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#))
    #expect(both.validate(.integer(1)).map(\.keyword) == ["oneOf"])
    #expect(both.validate(.integer(-1)).isEmpty)
  }
}
