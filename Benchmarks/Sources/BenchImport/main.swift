// bench-import FOLDER [JOBS]: imports and checks every .xlsx report in FOLDER with nianbao's importer, JOBS at a
// time (default: every core), in one process, without writing anything. Prints the reports per second.
import Dispatch
import Foundation
import NianbaoReport
import NianbaoXLSX

let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: bench-import FOLDER [JOBS]\n".utf8))
  exit(64)
}
let folder = arguments[1]
let jobs = arguments.count == 3 ? Int(arguments[2]) ?? 1 : ProcessInfo.processInfo.activeProcessorCount
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
  .filter { $0.hasSuffix(".xlsx") }.sorted()
let files = names.map { folder + "/" + $0 }

/// Hands out file indices and counts results across threads.
final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private(set) var imported = 0
  private(set) var failed = 0
  private(set) var findings = 0

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < limit else { return nil }
    next += 1
    return next - 1
  }

  func record(findings count: Int?) {
    lock.lock()
    defer { lock.unlock() }
    if let count {
      imported += 1
      findings += count
    } else {
      failed += 1
    }
  }
}

let tally = Tally()
let start = DispatchTime.now().uptimeNanoseconds
DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
  while let index = tally.take(below: files.count) {
    let result = try? ReportImporter.importWorkbook(at: files[index])
    tally.record(findings: result?.findings.count)
  }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print(
  "reports=\(tally.imported) failed=\(tally.failed) findings=\(tally.findings) seconds=\(seconds) "
    + "per_second=\(Double(tally.imported) / seconds)")
