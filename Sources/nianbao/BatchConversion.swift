import ArgumentParser
import Dispatch
import Foundation
import NianbaoReport
import NianbaoXLSX

/// Runs one conversion per file on several threads and reports per file.
enum BatchConversion {
  /// What happened to one file.
  enum Outcome {
    case converted(findings: [Finding])
    case failed(message: String)
  }

  /// Converts every file with `body`, `jobs` at a time; the outcomes are in input order.
  static func run(_ files: [String], jobs: Int, body: @escaping @Sendable (String) throws -> [Finding]) -> [Outcome] {
    let results = OutcomeBox(count: files.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(jobs, max(files.count, 1))) { _ in
      while let index = next.take(below: files.count) {
        do {
          results.set(index, .converted(findings: try body(files[index])))
        } catch {
          results.set(index, .failed(message: "\(error)"))
        }
      }
    }
    return results.all
  }

  /// Prints one line per file on standard error and throws the exit code of the worst outcome.
  static func summarize(_ outcomes: [Outcome], options: FindingOptions) throws {
    var failed = 0
    var broken = 0
    for outcome in outcomes {
      switch outcome {
      case .failed(let message):
        failed += 1
        printError("nianbao: \(message)")
      case .converted(let findings):
        if findings.contains(where: { $0.severity == .error }) { broken += 1 }
      }
    }
    let converted = outcomes.count - failed
    printError(
      options.lang == .en
        ? "\(converted) of \(outcomes.count) converted; \(broken) with broken rules; \(failed) unreadable."
        : "共 \(outcomes.count) 个文件：转换 \(converted) 个，其中 \(broken) 个勾稽关系不平；\(failed) 个无法读取。")
    if failed > 0 { throw ExitCode(ExitStatus.unreadableInput.rawValue) }
    if broken > 0 { throw ExitCode(ExitStatus.rulesBroken.rawValue) }
  }
}

/// Results written by several threads, each to its own slot.
private final class OutcomeBox: @unchecked Sendable {
  private var outcomes: [BatchConversion.Outcome?]
  private let lock = NSLock()

  init(count: Int) { outcomes = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ outcome: BatchConversion.Outcome) {
    lock.lock()
    outcomes[index] = outcome
    lock.unlock()
  }

  var all: [BatchConversion.Outcome] {
    lock.lock()
    defer { lock.unlock() }
    return outcomes.map { $0 ?? .failed(message: "not converted") }
  }
}

/// Hands out indices to worker threads.
private final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}
