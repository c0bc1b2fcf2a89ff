import Foundation
import Testing

@testable import NianbaoServer

@Suite struct ConversionGateTests {
  /// A flag several threads set and read.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private(set) var peak = 0

    func enter() {
      lock.withLock {
        now += 1
        peak = max(peak, now)
      }
    }

    func leave() { lock.withLock { now -= 1 } }
  }

  @Test func noMoreThanItsPlacesRunAtOnce() async throws {
    let gate = ConversionGate(slots: 2, queueLimit: 100)
    let counter = Counter()
    try await withThrowingTaskGroup(of: Int.self) { group in
      for index in 0..<20 {
        group.addTask {
          try await gate.run { () throws(APIError) -> Int in
            counter.enter()
            Thread.sleep(forTimeInterval: 0.01)
            counter.leave()
            return index
          }
        }
      }
      var results: [Int] = []
      for try await result in group { results.append(result) }
      #expect(results.sorted() == Array(0..<20))
    }
    #expect(counter.peak == 2)
    #expect(await gate.load == (0, 0))
  }

  @Test func beyondTheQueueARequestIsTurnedAway() async throws {
    let gate = ConversionGate(slots: 1, queueLimit: 1)
    let release = DispatchSemaphore(value: 0)
    let running = Task { try await gate.run { () throws(APIError) in release.wait() } }
    while await gate.load.running == 0 { try await Task.sleep(for: .milliseconds(5)) }
    let waiting = Task { try await gate.run { () throws(APIError) in 1 } }
    while await gate.load.waiting == 0 { try await Task.sleep(for: .milliseconds(5)) }
    await #expect(throws: APIError.busy) { try await gate.run { () throws(APIError) in 2 } }
    release.signal()
    try await running.value
    #expect(try await waiting.value == 1)
    #expect(await gate.load == (0, 0))
  }

  @Test func aConversionsErrorComesBack() async throws {
    let gate = ConversionGate(slots: 1, queueLimit: 0)
    await #expect(throws: APIError.badRequest("no")) {
      try await gate.run { () throws(APIError) -> Int in throw .badRequest("no") }
    }
    #expect(await gate.load == (0, 0))
  }
}
