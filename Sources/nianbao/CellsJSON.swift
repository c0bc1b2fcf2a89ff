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
          output.write(first ? "\n" : ",\n")
          first = false
          output.write(object(cell))
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

  private static func object(_ cell: Cell) -> String {
    var fields = ["\"ref\":\(quote(cell.reference.a1))"]
    if let formula = cell.formula {
      fields.append("\"type\":\"formula\"")
      fields.append("\"formula\":\(quote(formula))")
      fields.append("\"cached\":\(cell.value == .empty ? "null" : value(cell.value))")
      fields.append("\"cachedType\":\(quote(cell.value.kindName))")
    } else {
      fields.append("\"type\":\(quote(cell.value.kindName))")
      fields.append("\"value\":\(value(cell.value))")
    }
    if cell.numberFormat != .general {
      fields.append("\"format\":\(quote(cell.numberFormat.code))")
      fields.append("\"formatCategory\":\(quote(cell.numberFormat.category.rawValue))")
    }
    return "{" + fields.joined(separator: ",") + "}"
  }

  private static func value(_ value: CellValue) -> String {
    switch value {
    case .empty: return "null"
    case .number(let text): return text
    case .boolean(let flag): return flag ? "true" : "false"
    case .string(let text), .error(let text): return quote(text)
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
