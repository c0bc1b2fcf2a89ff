import Foundation
import NianbaoGrid
import Testing

@testable import NianbaoHTML

/// Paths of the shared reports and this target's fixtures, and helpers to read crafted pages.
enum HTMLFixtures {
  /// `../shared` beside the checkout.
  static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

  /// The portal page of 平潭综合实验区 2024.
  static let pingtan = shared.appendingPathComponent("reports/pingtan_2024.html").path

  /// A file of this target's Fixtures folder.
  static func path(_ name: String) throws -> String {
    let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures").appendingPathComponent(name)
    #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
    return url.path
  }

  /// The grids of a page written in UTF-8.
  static func grids(_ page: String) throws(HTMLError) -> [SourceGrid] {
    try HTMLReader.read(bytes: Array(page.utf8), name: "page.html")
  }

  /// The body paragraphs of grids.
  static func body(_ grids: [SourceGrid]) -> [String] {
    grids.first { $0.name == DocumentGridBuilder.bodyName }?.cells.map(\.text) ?? []
  }

  /// The cells of a grid as (reference, row span, column span, text).
  static func cells(_ grid: SourceGrid) -> [String] {
    grid.cells.map { "\($0.reference) \($0.rowSpan)x\($0.columnSpan) \($0.text)" }
  }

  /// The error a throwing read gives.
  static func error(_ read: () throws(HTMLError) -> [SourceGrid]) -> HTMLError? {
    do {
      _ = try read()
      return nil
    } catch {
      return error
    }
  }
}
