import Foundation

/// Paths of the test fixtures: those bundled with this test target and the shared ones beside the checkout.
enum TestFixtures {
  /// `Tests/NianbaoXLSXTests/Fixtures` in the source tree (golden files are re-recorded there).
  static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/fixtures` beside the checkout.
  static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures")

  /// A bundled fixture by its path below `Fixtures`.
  static func path(_ relative: String) -> String {
    sourceFolder.appendingPathComponent(relative).path
  }

  /// A shared fixture by its path below `shared/fixtures`.
  static func sharedPath(_ relative: String) -> String {
    shared.appendingPathComponent(relative).path
  }

  /// The names of the files in a bundled fixture folder, sorted.
  static func files(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  /// The workbooks of `../shared/fixtures/xlsx`, sorted.
  static var sharedWorkbooks: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: sharedPath("xlsx"))) ?? []).filter {
      $0.hasSuffix(".xlsx")
    }.sorted()
  }
}
