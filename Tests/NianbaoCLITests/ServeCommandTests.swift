import Foundation
import Testing

/// `nianbao serve` as a user starts and stops it.
@Suite struct ServeCommandTests {
  /// Starts `nianbao serve` with arguments and returns the process and the first line it prints.
  static func start(_ arguments: [String]) throws -> (Process, String, Pipe) {
    let process = Process()
    process.executableURL = CLIRunner.executable
    process.arguments = ["serve"] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    var line: [UInt8] = []
    while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 0x0A { line.append(byte) }
    return (process, String(decoding: line, as: UTF8.self), errors)
  }

  @Test func itSaysWhereItListensAndStopsCleanlyOnSIGTERM() throws {
    let (process, line, _) = try Self.start(["--port", "0"])
    #expect(line.hasPrefix("nianbao serve: open http://127.0.0.1:"))
    let port = Int(line.split(separator: ":").last?.split(separator: " ").first ?? "") ?? 0
    #expect(port > 0)
    kill(process.processIdentifier, SIGTERM)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
  }

  @Test func anotherAddressThanLoopbackIsWarnedAbout() throws {
    let (process, line, errors) = try Self.start(["--host", "0.0.0.0", "--port", "0"])
    #expect(line.hasPrefix("nianbao serve: open http://0.0.0.0:"))
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let warning = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(warning.contains("warning: listening on 0.0.0.0, not on the loopback address"))
    #expect(process.terminationStatus == 0)
  }

  @Test func wrongOptionsAreUsageErrors() throws {
    #expect(try CLIRunner.run(["serve", "--port", "70000"]).status == 64)
    #expect(try CLIRunner.run(["serve", "--max-upload", "30", "--max-request", "20"]).status == 64)
  }
}
