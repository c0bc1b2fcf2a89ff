import Testing

@testable import NianbaoReport

@Suite("JSON parser and printer")
struct JSONTests {
  @Test("numbers keep their exact text")
  func exactNumbers() throws {
    let value = try JSONValue.parse(#"{"fee": 24252.311082, "big": 12345678901234567890123, "e": 1.5E-3}"#)
    #expect(value["fee"] == .number(JSONNumber("24252.311082")!))
    #expect(value["big"]?.prettyPrinted() == "12345678901234567890123\n")
    #expect(value["e"].map { if case .number(let n) = $0 { n.text } else { "" } } == "1.5E-3")
  }

  @Test("strings: escapes, surrogate pairs, unescaped CJK")
  func strings() throws {
    let value = try JSONValue.parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u4e0b\u53f8\u9547", "\ud83d\ude00", "下司镇"]"#)
    #expect(
      value == .array([.string("a\"b\\c/d\u{08}\u{0C}\n\r\t"), .string("下司镇"), .string("😀"), .string("下司镇")]))
    #expect(
      value.prettyPrinted() == "[\n  \"a\\\"b\\\\c/d\\b\\f\\n\\r\\t\",\n  \"下司镇\",\n  \"😀\",\n  \"下司镇\"\n]\n")
    #expect(JSONValue.string("\u{01}").prettyPrinted() == "\"\\u0001\"\n")
  }

  @Test(
    "strict grammar with line and column",
    arguments: [
      ("", 1, 1, "empty"),
      ("{\"a\": 1,}", 1, 9, "trailing comma"),
      ("[1, 2", 1, 6, "ends inside an array"),
      ("{\n  \"a\": 01\n}", 2, 8, "leading zeros"),
      ("{\n  \"a\" 1\n}", 2, 7, "expected ':'"),
      ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key"),
      ("[\"tab\there\"]", 1, 6, "control character"),
      ("[\"\\ud800\"]", 1, 3, "lone high surrogate"),
      ("[\"\\x\"]", 1, 3, "invalid escape"),
      ("nul", 1, 1, "expected a JSON value"),
      ("{} {}", 1, 4, "after the end"),
      ("[NaN]", 1, 2, "expected a JSON value"),
      ("[1.]", 1, 4, "decimal point"),
      ("[-]", 1, 3, "after '-'"),
      ("// c\n{}", 1, 1, "expected a JSON value"),
      ("{'a': 1}", 1, 2, "expected a string key"),
      ("[\"中文\" 1]", 1, 7, "expected ',' or ']'"),
    ])
  func rejects(text: String, line: Int, column: Int, fragment: String) {
    #expect {
      try JSONValue.parse(text)
    } throws: { error in
      guard let error = error as? JSONParseError else { return false }
      return error.line == line && error.column == column && error.message.contains(fragment)
    }
  }

  @Test("invalid UTF-8 is rejected with its offset")
  func invalidUTF8() {
    #expect {
      try JSONValue.parse(bytes: [0x5B, 0x22, 0xFF, 0x22, 0x5D])
    } throws: { error in
      (error as? JSONParseError)?.offset == 2 && (error as? JSONParseError)?.message.contains("UTF-8") == true
    }
  }

  @Test("a byte order mark is ignored; depth is limited")
  func bomAndDepth() throws {
    #expect(try JSONValue.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([]))
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
    let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try JSONValue.parse(fine) }
    #expect(throws: JSONParseError.self) { try JSONParser(maximumDepth: 2).parse("[[[]]]") }
  }

  @Test("the printer keeps member order and indents by two spaces")
  func printer() {
    let value = JSONValue.object([
      JSONMember("b", .integer(1)), JSONMember("a", .array([])), JSONMember("c", .object([])),
      JSONMember("d", .array([.null, .bool(true)])),
    ])
    #expect(
      value.prettyPrinted() == "{\n  \"b\": 1,\n  \"a\": [],\n  \"c\": {},\n  \"d\": [\n    null,\n    true\n  ]\n}\n")
  }

  @Test("semantic equality ignores member order and number spelling")
  func semanticEquality() throws {
    let lhs = try JSONValue.parse(#"{"a": 1, "b": [2.50, "x"]}"#)
    let rhs = try JSONValue.parse(#"{"b": [25e-1, "x"], "a": 1.0}"#)
    #expect(lhs.isSemanticallyEqual(to: rhs))
    #expect(lhs != rhs)
    #expect(!lhs.isSemanticallyEqual(to: try JSONValue.parse(#"{"a": 1, "b": [2.51, "x"]}"#)))
  }

  @Test("decimal numbers compare and convert exactly")
  func decimals() throws {
    let values = ["-1e3", "-999.9", "-0", "0.001", "1E-2", "2", "2.0", "10", "9007199254740991"]
    let decimals = try values.map { try #require(DecimalNumber(jsonText: $0)) }
    #expect(decimals == decimals.sorted())
    #expect(DecimalNumber(jsonText: "2.0") == DecimalNumber(jsonText: "2"))
    #expect(DecimalNumber(jsonText: "-0")?.isNegative == false)
    #expect(DecimalNumber(jsonText: "1.5e1")?.intValue == 15)
    #expect(DecimalNumber(jsonText: "1.5")?.intValue == nil)
    #expect(DecimalNumber(jsonText: "1e30")?.intValue == nil)
    #expect(DecimalNumber(jsonText: "-9223372036854775808")?.intValue == Int.min)
    #expect(DecimalNumber(jsonText: "01") == nil)
    #expect(DecimalNumber(jsonText: "1.") == nil)
    #expect(DecimalNumber(jsonText: "+1") == nil)
    #expect(DecimalNumber(-42).description == "-42")
    #expect(DecimalNumber(jsonText: "0.000125")?.description == "0.000125")
  }
}
