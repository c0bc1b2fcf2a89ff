import Foundation
import Testing

/// Output is never partial: a write that fails in the middle (the file-size limit of `ulimit -f`, with SIGXFSZ
/// ignored, makes `write(2)` fail with EFBIG) leaves the existing target byte for byte as it was and no temporary
/// file beside it. The same command without the limit replaces the target, so the limit is what stopped it.
@Suite struct AtomicOutputTests {
  /// What stands at the target before each run.
  static let previous = Data("previous content, kept if a write fails\n".utf8)

  /// The commands that write a file with `-o`, each with its input; `TARGET` is replaced by the target's path.
  /// Every output is larger than the 4 KiB limit.
  static let commands: [[String]] = [
    [
      "import", CLIRunner.sharedFixtures.appendingPathComponent("xlsx/xiasizhen_2021.official.xlsx").path, "-o",
      "TARGET",
    ],
    ["export", CLIRunner.repository.appendingPathComponent("Samples/xiasizhen_2021.json").path, "-o", "TARGET"],
    ["template", "--version", "2021", "-o", "TARGET"],
  ]

  /// Runs `nianbao` under bash with a file-size limit in KiB (`unlimited` for none) and SIGXFSZ ignored.
  static func run(_ arguments: [String], fileSizeLimit: String) throws -> CLIRunner.Result {
    let scratch = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outputURL = scratch.appendingPathComponent("stdout")
    let errorURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments =
      ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", CLIRunner.executable.path] + arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    process.waitUntilExit()
    return CLIRunner.Result(
      status: process.terminationStatus, standardOutput: try Data(contentsOf: outputURL),
      standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
      terminationReason: process.terminationReason)
  }

  @Test(arguments: commands)
  func aWriteThatFailsMidwayLeavesTheTargetUntouched(_ command: [String]) throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.out")
    try Self.previous.write(to: target)
    let arguments = command.map { $0 == "TARGET" ? target.path : $0 }

    let failed = try Self.run(arguments, fileSizeLimit: "4")
    #expect(failed.terminationReason == .exit, "\(command[0]) ended by signal \(failed.status)")
    #expect(failed.status == 2, "\(command[0]): exit \(failed.status): \(failed.standardError)")
    #expect(failed.standardError.contains("Cannot write"), "\(failed.standardError)")
    #expect(try Data(contentsOf: target) == Self.previous, "\(command[0]) changed the target")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["target.out"])

    let written = try Self.run(arguments, fileSizeLimit: "unlimited")
    #expect([0, 1].contains(written.status), "\(command[0]): \(written.standardError)")
    let replaced = try Data(contentsOf: target)
    #expect(replaced != Self.previous && replaced.count > 4096, "\(command[0]) wrote \(replaced.count) bytes")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["target.out"])
  }
}
