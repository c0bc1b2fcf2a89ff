import Foundation

/// Where the server listens and how much it takes on.
public struct ServerConfiguration: Sendable {
  /// The address to listen on (the loopback address unless told otherwise).
  public var host: String
  /// The port to listen on; 0 picks a free one.
  public var port: Int
  /// The upload limits.
  public var limits: ServerLimits
  /// How many conversions run at once.
  public var conversions: Int
  /// How many conversions may wait for one of those places before a request is turned away with 503.
  public var queue: Int

  /// A configuration: by default the loopback address, port 8080, the default limits, one conversion per core
  /// and a queue of 100.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, limits: ServerLimits = ServerLimits(),
    conversions: Int = ProcessInfo.processInfo.activeProcessorCount, queue: Int = 100
  ) {
    self.host = host
    self.port = port
    self.limits = limits
    self.conversions = max(1, conversions)
    self.queue = max(0, queue)
  }

  /// Whether the server listens on a loopback address only (`127.x.x.x`, `::1` or `localhost`).
  public var isLoopback: Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }
}
