import Dispatch
import Foundation
import NianbaoReport

/// A progress bar on standard error for a long batch: count, rate and time left, redrawn at most ten times a
/// second on one line. It draws nothing unless enabled (standard error a terminal, no `--quiet`).
final class ProgressBar: @unchecked Sendable {
  private let total: Int
  private let language: Language
  private let enabled: Bool
  private let start = DispatchTime.now().uptimeNanoseconds
  private var done = 0
  private var lastDraw: UInt64 = 0
  private let lock = NSLock()

  /// A bar for `total` items.
  init(total: Int, language: Language, enabled: Bool) {
    self.total = total
    self.language = language
    self.enabled = enabled
  }

  /// Whether a bar belongs on standard error: it is a terminal and the user did not ask for quiet.
  static func wanted(quiet: Bool) -> Bool {
    !quiet && isatty(STDERR_FILENO) == 1
  }

  /// Counts one item done, redrawing when the last drawing is more than a tenth of a second old.
  func advance() {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - lastDraw >= 100_000_000 || done == total else { return }
    lastDraw = now
    let elapsed = Double(now - start) / 1e9
    printError(
      "\r" + Self.line(done: done, total: total, elapsed: elapsed, language: language) + "\u{1B}[K", terminator: "")
  }

  /// Removes the bar from the screen.
  func finish() {
    guard enabled else { return }
    printError("\r\u{1B}[K", terminator: "")
  }

  /// The bar's text after `done` of `total` items in `elapsed` seconds.
  static func line(done: Int, total: Int, elapsed: Double, width: Int = 24, language: Language) -> String {
    let fraction = total > 0 ? min(Double(done) / Double(total), 1) : 1
    let filled = Int((fraction * Double(width)).rounded(.down))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let left = rate > 0 ? clock(Double(total - done) / rate) : "--:--"
    let rateText = String(format: "%.1f", rate)
    switch language {
    case .chinese: return "检查中 [\(bar)] \(done)/\(total)  \(rateText) 个/秒  剩余 \(left)"
    case .english: return "checking [\(bar)] \(done)/\(total)  \(rateText) files/s  \(left) left"
    }
  }

  /// Seconds as `m:ss` (or `h:mm:ss`).
  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
    let tail = String(format: "%02d", rest)
    return hours > 0 ? "\(hours):" + String(format: "%02d", minutes) + ":" + tail : "\(minutes):" + tail
  }
}
