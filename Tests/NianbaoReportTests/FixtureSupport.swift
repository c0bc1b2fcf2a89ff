import Foundation
import Testing

@testable import NianbaoReport

/// Loads the copies of shared/fixtures/expected kept in this target's Fixtures folder.
enum Fixtures {
  /// The three reports with expected JSON and findings.
  static let reportNames = ["xiasizhen_2021", "hongzequ_2023", "shanghai_szfbgt_2019"]

  static func url(_ name: String) throws -> URL {
    let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures").appendingPathComponent(name)
    #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
    return url
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOf: url(name), encoding: .utf8)
  }

  static func json(_ name: String) throws -> JSONValue {
    try JSONValue.parse(text(name))
  }

  static func report(_ name: String) throws -> Report {
    try Report(jsonText: text(name + ".json"))
  }

  /// One expected finding of a findings file, as (rule, cell, kind, expected, found).
  struct ExpectedFinding: Hashable, CustomStringConvertible {
    let rule: String
    let cell: String
    let kind: String
    let expected: Int?
    let found: Int?

    var description: String {
      "\(rule) \(cell) \(kind) expected=\(String(describing: expected)) found=\(String(describing: found))"
    }
  }

  static func expectedFindings(_ name: String) throws -> [ExpectedFinding] {
    let document = try json(name + ".findings.json")
    guard case .array(let findings) = try #require(document["findings"]) else {
      Issue.record("findings is not an array")
      return []
    }
    return try findings.map { finding in
      func string(_ key: String) throws -> String {
        guard case .string(let text) = try #require(finding[key]) else { throw FixtureError.wrongType(key) }
        return text
      }
      func integer(_ key: String) throws -> Int? {
        switch try #require(finding[key]) {
        case .null: return nil
        case .number(let number):
          let value: Int = try #require(number.intValue)
          return value
        default: throw FixtureError.wrongType(key)
        }
      }
      return ExpectedFinding(
        rule: try string("rule"), cell: try string("cell"), kind: try string("kind"), expected: try integer("expected"),
        found: try integer("found"))
    }
  }

  enum FixtureError: Error {
    case wrongType(String)
  }
}

extension Finding {
  /// The fields the fixtures' findings files list.
  var asExpected: Fixtures.ExpectedFinding {
    Fixtures.ExpectedFinding(
      rule: rule.rawValue, cell: keyPath?.description ?? "", kind: kind.rawValue, expected: expected?.count,
      found: found?.count)
  }
}
