import Foundation
import Testing

@Suite struct RoundTripCommandTests {
  @Test func holdsOnEveryFixtureWorkbook() throws {
    let folder = CLIRunner.sharedFixtures.appendingPathComponent("xlsx")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".xlsx") {
      let result = try CLIRunner.run(["roundtrip", folder.appendingPathComponent(name).path])
      #expect(result.status == 0, "\(name): \(result.output)")
      #expect(result.output.hasPrefix("round trip holds"))
    }
  }

  @Test func unreadableInputExitsTwo() throws {
    let result = try CLIRunner.run([
      "roundtrip", CLIRunner.sharedFixtures.appendingPathComponent("bad/truncated.xlsx").path,
    ])
    #expect(result.status == 2)
  }
}
