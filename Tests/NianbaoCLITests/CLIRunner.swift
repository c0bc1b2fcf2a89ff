import Foundation

/// Runs the built `nianbao` executable, as a user would, and captures what it prints and its exit code.
enum CLIRunner {
  /// The outcome of one run.
  struct Result {
    var status: Int32
    var standardOutput: Data
    var standardError: String
    /// Whether the process exited (`status` is its exit code) or was ended by a signal (`status` is the signal).
    var terminationReason: Process.TerminationReason = .exit

    /// Standard output as UTF-8 text.
    var output: String { String(decoding: standardOutput, as: UTF8.self) }
  }

  /// The `nianbao` binary beside the test bundle (both live in the build folder).
  static var executable: URL {
    let bundle = Bundle.main.bundleURL
    var folder = bundle.deletingLastPathComponent()
    if bundle.pathExtension != "xctest" {
      // Swift Testing on Linux runs the test binary itself: its folder is the build folder.
      folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }
    return folder.appendingPathComponent("nianbao")
  }

  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared/fixtures` beside the checkout.
  static let sharedFixtures = repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures")

  /// Runs `nianbao` with arguments, feeding `input` on standard input. Output goes through temporary files, so
  /// large outputs cannot block the child.
  static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> Result {
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inputURL = scratch.appendingPathComponent("stdin")
    let outputURL = scratch.appendingPathComponent("stdout")
    let errorURL = scratch.appendingPathComponent("stderr")
    try (input ?? Data()).write(to: inputURL)
    FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try FileHandle(forReadingFrom: inputURL)
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, standardOutput: try Data(contentsOf: outputURL),
      standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
      terminationReason: process.terminationReason)
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
