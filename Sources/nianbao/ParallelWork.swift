import Dispatch
import Foundation

/// Runs one piece of work per item on several threads and returns the results in item order.
enum ParallelWork {
  /// `body(index)` for every index below `count`, `jobs` at a time; `done` is called (on the worker's thread)
  /// after each item.
  static func map<Result: Sendable>(
    count: Int, jobs: Int, done: @escaping @Sendable () -> Void = {}, body: @escaping @Sendable (Int) -> Result
  ) -> [Result] {
    let results = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
      while let index = results.take() {
        results.set(index, body(index))
        done()
      }
    }
    return results.all
  }
}

/// Results written by several threads, each to its own slot, and the next index to work on.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
  private var slots: [Result?]
  private var next = 0
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < slots.count else { return nil }
    next += 1
    return next - 1
  }

  func set(_ index: Int, _ result: Result) {
    lock.lock()
    slots[index] = result
    lock.unlock()
  }

  var all: [Result] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
