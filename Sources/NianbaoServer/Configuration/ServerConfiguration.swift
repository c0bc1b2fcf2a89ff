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
  /// How long a connection may send nothing (between requests, or in the middle of one) before it is closed.
  public var idleTimeout: Duration

  /// A configuration: by default the loopback address, port 8080, the default limits, one conversion per core,
  /// a queue of 100 and connections closed after a minute of silence.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, limits: ServerLimits = ServerLimits(),
    conversions: Int = ProcessInfo.processInfo.activeProcessorCount, queue: Int = 100,
    idleTimeout: Duration = .seconds(60)
  ) {
    self.host = host
    self.port = port
    self.limits = limits
    self.conversions = max(1, conversions)
    self.queue = max(0, queue)
    self.idleTimeout = idleTimeout
  }

  /// ``idleTimeout`` in whole milliseconds (at least one).
  var idleTimeoutMilliseconds: Int64 {
    let (seconds, attoseconds) = idleTimeout.components
    return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
  }

  /// Whether the server listens on a loopback address only (`127.x.x.x`, `::1` or `localhost`).
  public var isLoopback: Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }
}
