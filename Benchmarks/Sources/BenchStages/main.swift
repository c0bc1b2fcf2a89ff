// bench-stages FOLDER OUT: the batch `nianbao import FOLDER -o OUT` does, stage by stage, on one thread, timed per
// stage over every .xlsx report in FOLDER: read (open the package, read every sheet's cells into grids), locate
// (find the tables and read their values, with the import's findings), check (R1–R5 and the softer checks), JSON
// (the canonical JSON and the findings document as bytes) and write (both files through AtomicFile into OUT, a new
// folder). The stages call the library's public pieces in the order the importer does; the locate stage is the
// import from grids less the check it includes, which is timed on its own. Prints milliseconds per report per stage.
import Dispatch
import Foundation
import NianbaoGrid
import NianbaoReport
import NianbaoXLSX

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: bench-stages FOLDER OUT\n".utf8))
  exit(64)
}
let folder = arguments[1]
let output = arguments[2]
try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xlsx") }
  .sorted()

var totals: [String: UInt64] = [:]
let order = ["read", "locate", "check", "json", "write"]

/// The nanoseconds `body` takes, and its result.
func clocked<T>(_ body: () throws -> T) rethrows -> (UInt64, T) {
  let start = DispatchTime.now().uptimeNanoseconds
  let result = try body()
  return (DispatchTime.now().uptimeNanoseconds - start, result)
}

var failed = 0
for name in names {
  do {
    let (read, grids) = try clocked {
      try WorkbookReader(path: folder + "/" + name).readBoundedGrids().map(\.grid)
    }
    let (importing, imported) = try clocked { try ReportImporter.importReport(from: grids, source: name) }
    // The import ends with the checks; they are timed again alone, and the rest of the import is the locating.
    let (check, _) = clocked { ReportChecker(locations: imported.locations).check(imported.report) }
    let (json, documents) = clocked {
      (
        imported.report.jsonUTF8(),
        FindingsDocument.json(for: imported.report, findings: imported.findings).prettyPrintedUTF8()
      )
    }
    let stem = String(name.dropLast(5))
    let (write, _) = try clocked {
      try AtomicFile.write(documents.0, to: output + "/" + stem + ".json", durability: .deferred)
      try AtomicFile.write(documents.1, to: output + "/" + stem + ".findings.json", durability: .deferred)
    }
    for (stage, nanoseconds) in [
      ("read", read), ("locate", importing - min(importing, check)), ("check", check), ("json", json), ("write", write),
    ] {
      totals[stage, default: 0] += nanoseconds
    }
  } catch {
    failed += 1
  }
}
let count = Double(max(names.count, 1))
var line = "reports=\(names.count) failed=\(failed)"
var sum = 0.0
for stage in order {
  let ms = Double(totals[stage, default: 0]) / 1e6 / count
  sum += ms
  line += " \(stage)=\(String(format: "%.3f", ms))"
}
line += " total=\(String(format: "%.3f", sum))"
print(line)
