import Foundation
import NianbaoXLSX

/// Writes the `cells` listing as JSON: one object per sheet, streamed row by row.
enum CellsJSON {
  static func write(_ reader: WorkbookReader, to output: inout StandardOutput) throws {
    output.write("{\"sheets\":[")
    for (index, info) in reader.sheets.enumerated() {
      if index > 0 { output.write(",") }
      output.write("\n{\"name\":\(quote(info.name)),\"visibility\":\(quote(info.visibility.rawValue)),")
      output.write("\"part\":\(quote(info.partName)),\"cells\":[")
      var first = true
      let layout = try reader.readSheet(at: index) { row in
        for cell in row.cells {
          if !first { output.append(byte: UInt8(ascii: ",")) }
          output.append(byte: 0x0A)
          first = false
          append(cell, to: &output)
        }
      }
      output.write("],\n\"merges\":[")
      output.write(layout.merges.map { quote($0.a1) }.joined(separator: ","))
      output.write("]")
      let overlaps = CellsOverlaps.report(layout, sheet: info.name)
      if !overlaps.isEmpty {
        output.write(",\n\"overlappingMerges\":[")
        output.write(overlaps.map { "[\(quote($0.first.a1)),\(quote($0.second.a1))]" }.joined(separator: ","))
        output.write("]")
      }
      output.write("}")
    }
    output.write("\n]}\n")
  }

  /// Appends the cell's object, byte by byte.
  private static func append(_ cell: Cell, to output: inout StandardOutput) {
    output.appendRaw("{\"ref\":\"")
    output.appendReference(cell.reference)
    if let formula = cell.formula {
      output.appendRaw("\",\"type\":\"formula\",\"formula\":")
      output.appendJSONString(formula)
      output.appendRaw(",\"cached\":")
      if cell.value == .empty { output.appendRaw("null") } else { append(cell.value, to: &output) }
      output.appendRaw(",\"cachedType\":\"")
      output.appendRaw(CellsTSV.kindName(cell.value))
      output.append(byte: UInt8(ascii: "\""))
    } else {
      output.appendRaw("\",\"type\":\"")
      output.appendRaw(CellsTSV.kindName(cell.value))
      output.appendRaw("\",\"value\":")
      append(cell.value, to: &output)
    }
    if cell.numberFormat != .general {
      output.appendRaw(",\"format\":")
      output.appendJSONString(cell.numberFormat.code)
      output.appendRaw(",\"formatCategory\":")
      output.appendJSONString(cell.numberFormat.category.rawValue)
    }
    output.append(byte: UInt8(ascii: "}"))
  }

  private static func append(_ value: CellValue, to output: inout StandardOutput) {
    switch value {
    case .empty: output.appendRaw("null")
    case .number(var text): text.withUTF8 { output.append($0) }
    case .boolean(let flag): if flag { output.appendRaw("true") } else { output.appendRaw("false") }
    case .string(let text), .error(let text): output.appendJSONString(text)
    }
  }

  /// A JSON string literal.
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        result += String(format: "\\u%04x", scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
