import Foundation
import Testing

/// Every hostile file through `nianbao import -o`: exit code 2 with a message, no output file and no temporary file
/// left in the output folder, no crash (a signal ends the run as a failure), and the secret of the external-entity
/// fixtures never printed. Peak memory and time are measured by `scripts/hostile_memory.sh`.
@Suite struct HostileCLITests {
  /// `Tests/NianbaoXLSXTests/Fixtures/hostile`, built by `scripts/make_reader_fixtures.py`.
  static let hostileFolder = CLIRunner.repository.appendingPathComponent("Tests/NianbaoXLSXTests/Fixtures/hostile")
  /// The secret file of the external-entity fixtures and its marker (see `ExternalEntityTests`).
  static let secretPath = "/tmp/nianbao-secret-5d1e7c.txt"
  static let marker = "nianbao-secret-marker-5d1e7c"

  static var hostileFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: hostileFolder.path)) ?? []).filter { !$0.hasPrefix(".") }
      .sorted()
  }

  /// The shared bad inputs beside the checkout.
  static let sharedBad = ["csv-renamed.xlsx", "legacy.xls", "truncated.xlsx", "xxe.xlsx", "zip-bomb-small.xlsx"]

  /// What a refused file must print, by file: the reader's error for the files it refuses, the import's for those
  /// it reads (they hold no report tables).
  static func expectedMessage(_ file: String) -> String {
    switch file {
    case "huge-dimension.xlsx", "huge-merge.xlsx", "shared-formula-fanout.xlsx", "xinclude.xlsx":
      return "none of the report's tables"
    case "overlapping-merges.xlsx":
      return "The merged ranges A1:C3 and B2:D4 of sheet 'Sheet1' overlap"
    case "ratio-bomb.xlsx", "lying-size-bomb.xlsx", "total-size-bomb.xlsx", "zip-bomb-small.xlsx":
      return "zip bomb"
    case _ where file.hasPrefix("xxe") || file == "billion-laughs.xlsx" || file == "quadratic-blowup.xlsx":
      return "DOCTYPE"
    default:
      return "nianbao: "
    }
  }

  @Test func everyHostileFileIsCovered() {
    #expect(Self.hostileFiles.count >= 47)
  }

  @Test(arguments: hostileFiles)
  func refusedWithExitTwoAndNoOutput(_ file: String) throws {
    try refuse(Self.hostileFolder.appendingPathComponent(file), expecting: Self.expectedMessage(file))
  }

  @Test(arguments: sharedBad)
  func sharedBadInputsAreRefused(_ file: String) throws {
    try refuse(CLIRunner.sharedFixtures.appendingPathComponent("bad/" + file), expecting: Self.expectedMessage(file))
  }

  @Test(arguments: ["xxe-external-dtd.xlsx", "xxe-parameter-entity.xlsx", "xxe-utf16.xlsx", "xinclude.xlsx"])
  func cellsCommandRefusesOrReadsWithoutTheSecret(_ file: String) throws {
    try Data((Self.marker + "\n").utf8).write(to: URL(fileURLWithPath: Self.secretPath), options: .atomic)
    let result = try CLIRunner.run(["cells", Self.hostileFolder.appendingPathComponent(file).path])
    #expect(result.terminationReason == .exit)
    #expect(result.status == (file == "xinclude.xlsx" ? 0 : 2), "\(file): \(result.standardError)")
    #expect(!result.output.contains(Self.marker) && !result.standardError.contains(Self.marker))
  }

  private func refuse(_ input: URL, expecting message: String) throws {
    try Data((Self.marker + "\n").utf8).write(to: URL(fileURLWithPath: Self.secretPath), options: .atomic)
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.json")
    let result = try CLIRunner.run(["import", input.path, "-o", target.path])
    let name = input.lastPathComponent
    #expect(result.terminationReason == .exit, "\(name) ended by signal \(result.status)")
    #expect(result.status == 2, "\(name): exit \(result.status): \(result.standardError)")
    #expect(result.standardError.contains(message), "\(name): \(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(name) left a file behind")
    #expect(!result.output.contains(Self.marker) && !result.standardError.contains(Self.marker), "\(name)")
  }
}
