import Dispatch

/// A bounded number of conversions at once (one per core by default), with a bounded queue of waiting ones;
/// beyond the queue a request is turned away (``APIError/busy``, 503). Conversions run on threads of their own, not
/// on the server's event loops.
public actor ConversionGate {
  /// How many conversions may run at once.
  public let slots: Int
  /// How many may wait.
  public let queueLimit: Int
  private var running = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []

  /// A gate of `slots` places and a queue of `queueLimit`.
  public init(slots: Int, queueLimit: Int) {
    self.slots = max(1, slots)
    self.queueLimit = max(0, queueLimit)
  }

  /// How many conversions run now, and how many wait.
  public var load: (running: Int, waiting: Int) { (running, waiting.count) }

  /// Runs `work` once a place is free, on a thread of its own; throws ``APIError/busy`` when the queue is full.
  public func run<T: Sendable>(_ work: @escaping @Sendable () throws(APIError) -> T) async throws(APIError) -> T {
    try await enter()
    defer { leave() }
    let result: Result<T, APIError> = await withCheckedContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async {
        continuation.resume(returning: Result { () throws(APIError) -> T in try work() })
      }
    }
    return try result.get()
  }

  /// Takes a place, waiting in the queue when every place is taken.
  private func enter() async throws(APIError) {
    if running < slots {
      running += 1
      return
    }
    guard waiting.count < queueLimit else { throw .busy }
    // The place is handed over by `leave()`: `running` stays as it is.
    await withCheckedContinuation { waiting.append($0) }
  }

  /// Gives the place to the first waiting conversion, or frees it.
  private func leave() {
    if waiting.isEmpty {
      running -= 1
    } else {
      waiting.removeFirst().resume()
    }
  }
}
