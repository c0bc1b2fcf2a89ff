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

/// The words as UTF-8. Cell texts are assembled from bytes, as the C benchmark does with `snprintf`: string
/// interpolation would cost more per cell than the writer spends writing it.
let wordBytes = words.map { Array($0.utf8) }

/// Writes the decimal digits of a non-negative `number` (at least `minimumDigits` of them, zero-padded) into
/// `buffer` from `end` on and returns the new end.
func putDigits(_ number: Int, minimumDigits: Int = 1, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ end: Int) -> Int {
  var count = 1
  var power = 10
  while number >= power || count < minimumDigits {
    count += 1
    power *= 10
  }
  var rest = number
  for index in stride(from: end + count - 1, through: end, by: -1) {
    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
    rest /= 10
  }
  return end + count
}

/// The text of the string cell at (row, column), 0-based data row: two words and a number below 40.
func stringCell(_ row: Int, _ column: Int) -> String {
  let first = wordBytes[(row &* 7 &+ column) % words.count]
  let second = wordBytes[(row &* 13 &+ column &* 3) % words.count]
  return String(unsafeUninitializedCapacity: first.count + second.count + 2) { buffer in
    let middle = buffer.initialize(fromContentsOf: first)
    let end = UnsafeMutableBufferPointer(rebasing: buffer[middle...]).initialize(fromContentsOf: second) + middle
    return putDigits((row &+ column) % 40, buffer, end)
  }
}

/// The text of the number cell at (row, column): integers and two-decimal amounts in turn.
func numberCell(_ row: Int, _ column: Int) -> String {
  let value = (row &* 7919 &+ column &* 104_729) % 1_000_000
  return String(unsafeUninitializedCapacity: 10) { buffer in
    guard column % 4 != 0 else { return putDigits(value, buffer, 0) }
    let point = putDigits(value / 100, buffer, 0)
    buffer[point] = UInt8(ascii: ".")
    return putDigits(value % 100, minimumDigits: 2, buffer, point + 1)
  }
}

let start = now()
let merge = CellRange(start: CellReference(row: 1, column: 1)!, end: CellReference(row: 1, column: columns)!)!
do {
  // Streamed: each cell is made as it is written, so memory holds one row rather than the whole sheet.
  try WorkbookWriter.write(to: arguments[1]) { workbook in
    try workbook.addSheet(SheetDocument(name: "Sheet1", merges: [merge])) { sheet in
      try sheet.append(WriteCell(CellReference(row: 1, column: 1)!, .string("某某县2024年政府信息公开工作年度报告（基准测试）")))
      for row in 0..<rows {
        for column in 0..<columns {
          let reference = CellReference(row: row + 2, column: column + 1)!
          let value: CellValue = column % 2 == 0 ? .number(numberCell(row, column)) : .string(stringCell(row, column))
          try sheet.append(WriteCell(reference, value))
        }
      }
    }
  }
} catch {
  printError("bench-write: \(error)\n")
  exit(2)
}
let seconds = now() - start
print("cells=\(rows * columns + 1) seconds=\(seconds)")
