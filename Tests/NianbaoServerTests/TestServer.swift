import Foundation
import Logging
import NianbaoServer
import ServiceLifecycle

/// A server on a free loopback port for the length of a test, stopped (gracefully) at its end.
enum TestServer {
  /// Runs `body` with the port of a fresh server of `configuration` (port 0: a free port).
  static func with<T: Sendable>(
    _ configuration: ServerConfiguration = ServerConfiguration(port: 0),
    _ body: @Sendable (_ port: Int, _ group: ServiceGroup) async throws -> T
  ) async throws -> T {
    var logger = Logger(label: "nianbao.serve.test")
    logger.logLevel = .critical
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = NianbaoServer(configuration: configuration).application(logger: logger) { continuation.yield($0) }
    let group = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger)
    return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { tasks in
      tasks.addTask { try await group.run() }
      var iterator = ports.makeAsyncIterator()
      guard let port = await iterator.next() else { throw RawHTTP.Failure(description: "the server did not start") }
      do {
        let result = try await body(port, group)
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return result
      } catch {
        await group.triggerGracefulShutdown()
        throw error
      }
    }
  }

  /// Runs `body` with the port of a fresh server of `configuration`.
  static func with<T: Sendable>(
    _ configuration: ServerConfiguration = ServerConfiguration(port: 0),
    _ body: @Sendable (_ port: Int) async throws -> T
  ) async throws -> T {
    try await with(configuration) { port, _ in try await body(port) }
  }
}

/// The files tests upload.
enum Fixtures {
  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A file of `Samples/`.
  static func sample(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: repository.appendingPathComponent("Samples/\(name)")))
  }

  /// The path of a file of `Samples/`.
  static func samplePath(_ name: String) -> String { repository.appendingPathComponent("Samples/\(name)").path }

  /// Every hostile file of the suite: `../shared/fixtures/bad` and each carrier's `Fixtures/hostile`.
  static func hostileFiles() throws -> [URL] {
    let folders = [
      repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures/bad"),
      repository.appendingPathComponent("Tests/NianbaoXLSXTests/Fixtures/hostile"),
      repository.appendingPathComponent("Tests/NianbaoDOCXTests/Fixtures/hostile"),
      repository.appendingPathComponent("Tests/NianbaoHTMLTests/Fixtures/hostile"),
      repository.appendingPathComponent("Tests/NianbaoPDFTests/Fixtures/hostile"),
    ]
    return try folders.flatMap { folder in
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
        folder.appendingPathComponent($0)
      }
    }
  }
}
