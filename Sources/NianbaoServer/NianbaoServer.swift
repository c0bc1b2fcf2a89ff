import Hummingbird
import Logging
import ServiceLifecycle

/// `nianbao serve`: the page and its API on Hummingbird, on the loopback address unless told otherwise, stopped
/// cleanly by SIGINT or SIGTERM (the requests in flight finish first).
public struct NianbaoServer: Sendable {
  /// Where it listens and what it takes on.
  public let configuration: ServerConfiguration

  /// A server of `configuration`.
  public init(configuration: ServerConfiguration) {
    self.configuration = configuration
  }

  /// The routes: the page's files and the API, wrapped in ``SecurityHeaders``.
  public func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeaders())
    PageRoutes().add(to: router)
    let gate = ConversionGate(slots: configuration.conversions, queueLimit: configuration.queue)
    APIRoutes(limits: configuration.limits, gate: gate).add(to: router)
    return router
  }

  /// The application, calling `onRunning` with the port it listens on once it does.
  public func application(
    logger: Logger = Logger(label: "nianbao.serve"), onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    Application(
      router: router(),
      // A connection that sends nothing for a while is closed: a slow client cannot hold a connection forever.
      server: .http1(configuration: .init(idleTimeout: .milliseconds(configuration.idleTimeoutMilliseconds))),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port), serverName: "nianbao"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
      logger: logger)
  }

  /// Runs until SIGINT or SIGTERM, then lets the requests in flight finish and returns.
  public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    var logger = Logger(label: "nianbao.serve")
    logger.logLevel = .notice
    let group = ServiceGroup(
      services: [application(logger: logger, onRunning: onRunning)], gracefulShutdownSignals: [.sigterm, .sigint],
      logger: logger)
    try await group.run()
  }
}
