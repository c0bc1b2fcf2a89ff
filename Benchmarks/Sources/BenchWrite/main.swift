// bench-write FILE ROWS COLS: writes a report-like sheet (a merged title, then rows alternating numbers and Chinese
// strings) with nianbao's writer. The cells are the ones scripts/bench_data.py generates for the read benchmark.
import BenchSupport
import NianbaoXLSX

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Foundation is left out on purpose: it would add its own pages to the peak memory measured.

let arguments = CommandLine.arguments
guard arguments.count == 4, let rows = Int(arguments[2]), let columns = Int(arguments[3]), rows > 0, columns > 1
else {
  printError("usage: bench-write FILE ROWS COLS\n")
  exit(64)
}

/// The vocabulary the generated strings are drawn from (the same as scripts/bench_data.py).
let words = [
  "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府信息公开", "依申请公开", "主动公开", "行政复议",
  "行政诉讼", "维持", "纠正", "其他结果", "尚未审结", "自然人", "商业企业", "科研机构", "社会公益组织",
  "法律服务机构", "本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理",
]

/// The text of the string cell at (row, column), 0-based data row.
func stringCell(_ row: Int, _ column: Int) -> String {
  let first = words[(row &* 7 &+ column) % words.count]
  let second = words[(row &* 13 &+ column &* 3) % words.count]
  return "\(first)\(second)\((row &+ column) % 40)"
}

/// The text of the number cell at (row, column): integers and two-decimal amounts in turn.
func numberCell(_ row: Int, _ column: Int) -> String {
  let value = (row &* 7919 &+ column &* 104_729) % 1_000_000
  let cents = value % 100
  return column % 4 == 0 ? String(value) : "\(value / 100).\(cents < 10 ? "0" : "")\(cents)"
}

let start = now()
var cells: [WriteCell] = []
cells.reserveCapacity(rows * columns + 1)
cells.append(WriteCell(CellReference(row: 1, column: 1)!, .string("某某县2024年政府信息公开工作年度报告（基准测试）")))
for row in 0..<rows {
  for column in 0..<columns {
    let reference = CellReference(row: row + 2, column: column + 1)!
    let value: CellValue = column % 2 == 0 ? .number(numberCell(row, column)) : .string(stringCell(row, column))
    cells.append(WriteCell(reference, value))
  }
}
let merge = CellRange(start: CellReference(row: 1, column: 1)!, end: CellReference(row: 1, column: columns)!)!
let sheet = SheetDocument(name: "Sheet1", cells: cells, merges: [merge])
do {
  try WorkbookWriter.write(WorkbookDocument(sheets: [sheet]), to: arguments[1])
} catch {
  printError("bench-write: \(error)\n")
  exit(2)
}
let seconds = now() - start
print("cells=\(rows * columns + 1) seconds=\(seconds)")
