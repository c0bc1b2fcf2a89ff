import NianbaoXLSX

/// Writes the `cells` listing as tab-separated values: sheet, reference, type, value, formula, cached value.
enum CellsTSV {
  static func write(_ reader: WorkbookReader, to output: inout StandardOutput) throws {
    output.write("sheet\tref\ttype\tvalue\tformula\tcached\n")
    for (index, info) in reader.sheets.enumerated() {
      let layout = try reader.readSheet(at: index) { row in
        for cell in row.cells {
          output.appendTSVField(info.name)
          output.append(byte: 0x09)
          output.appendReference(cell.reference)
          if let formula = cell.formula {
            output.appendRaw("\tformula\t\t")
            output.appendTSVField(formula)
            output.append(byte: 0x09)
            output.appendTSVField(cell.value.text)
            output.append(byte: 0x0A)
          } else {
            output.append(byte: 0x09)
            output.appendRaw(kindName(cell.value))
            output.append(byte: 0x09)
            output.appendTSVField(cell.value.text)
            output.appendRaw("\t\t\n")
          }
        }
      }
      for merge in layout.merges {
        output.write([info.name, merge.a1, "merge", "", "", ""].map(escape).joined(separator: "\t") + "\n")
      }
      // A merge that overlaps an earlier one: its range, then the range it overlaps in the value column.
      for overlap in CellsOverlaps.report(layout, sheet: info.name) {
        output.write(
          [info.name, overlap.second.a1, "overlap", overlap.first.a1, "", ""].map(escape).joined(separator: "\t")
            + "\n")
      }
    }
  }

  /// ``CellValue/kindName`` as a static string, appended without building a `String`.
  static func kindName(_ value: CellValue) -> StaticString {
    switch value {
    case .empty: "empty"
    case .string: "string"
    case .number: "number"
    case .boolean: "boolean"
    case .error: "error"
    }
  }

  /// Escapes tabs, line breaks and backslashes so that each record stays on one line.
  private static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return field }
    return field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
      .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
  }
}
