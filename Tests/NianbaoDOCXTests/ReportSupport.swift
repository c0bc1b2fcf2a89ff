import Foundation
import NianbaoDOCX
import NianbaoGrid
import NianbaoReport
import Testing

/// Imports of Word documents compared with their expected canonical JSON.
enum ReportSupport {
  /// The expected report of a JSON file.
  static func expected(atPath path: String) throws -> Report {
    try Report(jsonText: String(contentsOfFile: path, encoding: .utf8))
  }

  /// The body paragraphs of a document's grids, in order.
  static func paragraphs(_ grids: [SourceGrid]) -> [String] {
    guard let body = grids.first(where: { $0.name == DocumentGridBuilder.bodyName }) else { return [] }
    return body.cells.sorted { $0.row < $1.row }.map(\.text)
  }

  /// The paragraphs after the heading that starts with `start` and before the next heading that starts with
  /// `next` (or the end), joined with "\n"; `nil` when the heading is missing.
  static func section(_ paragraphs: [String], from start: String, to next: String?) -> String? {
    guard let heading = paragraphs.firstIndex(where: { $0.hasPrefix(start) }) else { return nil }
    let rest = paragraphs[(heading + 1)...]
    let end = next.flatMap { next in rest.firstIndex { $0.hasPrefix(next) } } ?? paragraphs.endIndex
    return paragraphs[(heading + 1)..<end].joined(separator: "\n")
  }

  /// Checks that the grids import to exactly the expected tables (formatVersion and every value slot) with
  /// exactly the expected R1–R4 findings, and (with `checksText`) that the body carries the expected text sections:
  /// the paragraphs between a section's heading and the next, joined with "\n".
  static func expectImport(
    _ grids: [SourceGrid], source: String, expected: Report, findings: [String]?, checksText: Bool = true,
    sourceLocation: Testing.SourceLocation =
      #_sourceLocation
  ) throws {
    let imported = try ReportImporter.importReport(from: grids, source: source)
    #expect(imported.report.formatVersion == expected.formatVersion, sourceLocation: sourceLocation)
    for slot in expected.layout.slots {
      #expect(
        imported.report[slot.keyPath] == expected[slot.keyPath], "\(source): \(slot.keyPath)",
        sourceLocation: sourceLocation)
    }
    if let findings {
      let balance = imported.findings.filter { [.r1, .r2, .r3, .r4].contains($0.rule) }.map {
        "\($0.rule.rawValue) \($0.keyPath?.description ?? "")"
      }
      #expect(balance.sorted() == findings.sorted(), "\(source)", sourceLocation: sourceLocation)
    }
    guard checksText else { return }
    let paragraphs = paragraphs(grids)
    let sections: [(String, String?, String?)] = [
      ("一、", "二、", expected.text.overview), ("五、", "六、", expected.text.problems),
      ("六、", nil, expected.text.other),
    ]
    for (start, next, text) in sections {
      guard let text else { continue }
      #expect(section(paragraphs, from: start, to: next) == text, "\(source): \(start)", sourceLocation: sourceLocation)
    }
  }

  /// The (rule, key path) pairs of an expected findings file, as `R2 applications.…`.
  static func findings(atPath path: String) throws -> [String] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let document = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let list = document["findings"] as? [[String: Any]]
    else { return [] }
    return list.compactMap { finding in
      guard let rule = finding["rule"] as? String, let cell = finding["cell"] as? String else { return nil }
      return "\(rule) \(cell)"
    }
  }
}
