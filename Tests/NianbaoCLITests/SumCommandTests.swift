import Foundation
import Testing

/// `nianbao sum`: the sum of the sample reports against a sum computed here, independently, blanks included.
@Suite struct SumCommandTests {
  static let samples = CLIRunner.repository.appendingPathComponent("Samples")
  static let expected = CLIRunner.sharedFixtures.appendingPathComponent("expected")

  /// The 2021-version samples: JSON and a clerk's workbook.
  static let inputs = [
    samples.appendingPathComponent("xiasizhen_2021.json").path,
    samples.appendingPathComponent("clerk_imbalance_2022.xlsx").path,
    expected.appendingPathComponent("hongzequ_2023.json").path,
    expected.appendingPathComponent("pingtan_2024.json").path,
  ]

  /// Each input as parsed JSON (the workbook through `nianbao import`).
  static func documents() throws -> [[String: Any]] {
    try inputs.map { path in
      let data: Data
      if path.hasSuffix(".xlsx") {
        data = try CLIRunner.run(["import", path]).standardOutput
      } else {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      }
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
  }

  /// Every number leaf of the tables, by dotted path: its exact decimal, or nil for null.
  static func leaves(_ value: Any, prefix: String, into result: inout [String: Decimal?]) {
    if let object = value as? [String: Any] {
      for (key, member) in object { leaves(member, prefix: prefix.isEmpty ? key : prefix + "." + key, into: &result) }
    } else if value is NSNull {
      result[prefix] = .some(nil)
    } else if let number = value as? NSNumber {
      result[prefix] = Decimal(string: "\(number)")
    }
  }

  static func tables(_ document: [String: Any]) -> [String: Decimal?] {
    var result: [String: Decimal?] = [:]
    for key in ["proactive", "applications", "appeals"] { leaves(document[key]!, prefix: key, into: &result) }
    return result
  }

  @Test func theSumIsTheCellByCellSumBlanksIncluded() throws {
    let folder = try CLIRunner.temporaryFolder()
    let output = folder.appendingPathComponent("total.json").path
    let result = try CLIRunner.run(["sum"] + Self.inputs + ["-o", output, "--organ", "某地区", "--year", "2024"])
    #expect(result.status == 1, "written, but inputs break rules: \(result.standardError)")
    let total = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
    #expect(total["organ"] as? String == "某地区" && total["year"] as? Int == 2024)
    #expect((total["text"] as? [String: Any])?.values.allSatisfy { $0 is NSNull } == true, "text is not summed")
    let parts = try Self.documents().map(Self.tables)
    let sum = Self.tables(total)
    #expect(sum.count == parts[0].count && sum.count > 100)
    var partlyBlank = 0
    for (path, value) in sum {
      let filled = parts.compactMap { $0[path] ?? nil }
      if !filled.isEmpty, filled.count < parts.count { partlyBlank += 1 }
      #expect(value == (filled.isEmpty ? nil : filled.reduce(0, +)), "\(path)")
    }
    #expect(partlyBlank > 0, "blank + n = n is exercised")
    #expect(parts.contains { $0["proactive.fees.amount"]??.exponent ?? 0 < 0 }, "an amount with decimals is added")
    #expect(result.standardError.contains("hongzequ_2023.json: 错误 [R4]"), "a broken input is named")
    #expect(result.standardError.contains("R1–R4 有"), "the sum is re-checked")
  }

  @Test func explainListsExactlyTheInputsThatAreNotBlank() throws {
    let parts = try Self.documents().map(Self.tables)
    let keys = [
      "applications.newlyReceived.total", "applications.newlyReceived.naturalPerson", "proactive.fees.amount",
    ]
    let result = try CLIRunner.run(["sum"] + Self.inputs + keys.flatMap { ["--explain", $0] })
    #expect(result.status == 1)
    let blocks = result.output.components(separatedBy: "\n").split(separator: "").map(Array.init)
    for key in keys {
      let block = try #require(blocks.first { $0.first?.hasPrefix(key + "：") == true }, "\(result.output)")
      let listed = block.dropFirst().dropLast().map { line -> (String, Decimal) in
        let fields = line.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return (fields[1], Decimal(string: fields[0])!)
      }
      let filled = zip(Self.inputs, parts).compactMap { path, part in (part[key] ?? nil).map { (path, $0) } }
      #expect(listed.map(\.0) == filled.map(\.0), "\(key)")
      #expect(listed.map(\.1) == filled.map(\.1), "\(key)")
      let total = filled.map(\.1).reduce(0, +)
      #expect(block.last?.contains("\(total)  合计（4 份输入中 \(filled.count) 份有值") == true, "\(block)")
    }
    #expect(
      !blocks.contains {
        $0.first?.hasPrefix("applications.newlyReceived.naturalPerson") == true
          && $0.contains { $0.contains("xiasizhen") }
      })
  }

  @Test func theWorkbookIsTheOfficialLayoutAsExportWritesIt() throws {
    let folder = try CLIRunner.temporaryFolder()
    let json = folder.appendingPathComponent("total.json").path
    let xlsx = folder.appendingPathComponent("total.xlsx").path
    let exported = folder.appendingPathComponent("exported.xlsx").path
    _ = try CLIRunner.run(["sum"] + Self.inputs + ["-o", json, "--organ", "某地区"])
    _ = try CLIRunner.run(["sum"] + Self.inputs + ["-o", xlsx, "--organ", "某地区"])
    _ = try CLIRunner.run(["export", json, "-o", exported])
    #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx)) == Data(contentsOf: URL(fileURLWithPath: exported)))
  }

  @Test func versionsMustAgreeAndEveryInputMustRead() throws {
    let folder = try CLIRunner.temporaryFolder()
    let output = folder.appendingPathComponent("total.json")
    let shanghai = Self.expected.appendingPathComponent("shanghai_szfbgt_2019.json").path
    let mixed = try CLIRunner.run(["sum"] + Self.inputs + [shanghai, "-o", output.path])
    #expect(mixed.status == 2)
    #expect(mixed.standardError.contains("2019 format: \(shanghai)"))
    #expect(mixed.standardError.contains("2021 format: \(Self.inputs[0]), \(Self.inputs[1])"))
    let damaged = CLIRunner.sharedFixtures.appendingPathComponent("bad/truncated.xlsx").path
    let unreadable = try CLIRunner.run(["sum", Self.inputs[0], damaged, "-o", output.path])
    #expect(unreadable.status == 2 && unreadable.standardError.contains(damaged))
    #expect(!FileManager.default.fileExists(atPath: output.path), "nothing written")
    let unknown = try CLIRunner.run(["sum", Self.inputs[0], "--explain", "applications.nothing"])
    #expect(unknown.status == 2 && unknown.standardError.contains("applications.nothing is not a value cell"))
    #expect(try CLIRunner.run(["sum", Self.inputs[0]]).status == 64, "-o or --explain")
    #expect(try CLIRunner.run(["sum", Self.inputs[0], "-o", "total.csv"]).status == 64)
  }

  @Test func aCleanSumExitsZeroAndNamesItsYear() throws {
    let xiasizhen = Self.samples.appendingPathComponent("xiasizhen_2021.json").path
    let result = try CLIRunner.run(["sum", xiasizhen, xiasizhen, "-o", "-"])
    #expect(result.status == 0, "\(result.standardError)")
    let total = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
    #expect(total["year"] as? Int == 2021 && total["organ"] is NSNull)
    let received = (total["applications"] as? [String: Any])?["newlyReceived"] as? [String: Any]
    #expect(received?["naturalPerson"] is NSNull, "blank in every input: blank in the sum")
    #expect(received?["total"] as? Int == 0)
    #expect(result.standardError.contains("R1–R4 均平衡"))
  }
}
