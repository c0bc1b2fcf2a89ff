// bench-read FILE: streams the first sheet of FILE with nianbao's reader, touching every cell.
//
// Prints one line: cells, strings, numbers, merges and the seconds spent inside the reader (process start excluded).
import BenchSupport
import NianbaoXLSX

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Foundation is left out on purpose: it would add its own pages to the peak memory measured.

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
  printError("usage: bench-read FILE\n")
  exit(64)
}
let start = now()
var cells = 0
var strings = 0
var numbers = 0
var textBytes = 0
do {
  let reader = try WorkbookReader(path: arguments[1])
  let layout = try reader.readSheet(at: 0) { row in
    for cell in row.cells {
      cells += 1
      switch cell.value {
      case .string(let text):
        strings += 1
        textBytes += text.utf8.count
      case .number(let text):
        numbers += 1
        textBytes += text.utf8.count
      default:
        break
      }
    }
  }
  let seconds = now() - start
  print(
    "cells=\(cells) strings=\(strings) numbers=\(numbers) bytes=\(textBytes) merges=\(layout.merges.count) "
      + "seconds=\(seconds)")
} catch {
  printError("bench-read: \(error)\n")
  exit(2)
}
