import NianbaoXLSX

/// Writes the `cells` listing as tab-separated values: sheet, reference, type, value, formula, cached value.
enum CellsTSV {
  static func write(_ reader: WorkbookReader, to output: inout StandardOutput) throws {
    output.write("sheet\tref\ttype\tvalue\tformula\tcached\n")
    for (index, info) in reader.sheets.enumerated() {
      let layout = try reader.readSheet(at: index) { row in
        for cell in row.cells {
          let fields: [String]
          if let formula = cell.formula {
            fields = [info.name, cell.reference.a1, "formula", "", formula, cell.value.text]
          } else {
            fields = [info.name, cell.reference.a1, cell.value.kindName, cell.value.text, "", ""]
          }
          output.write(fields.map(escape).joined(separator: "\t") + "\n")
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

  /// Escapes tabs, line breaks and backslashes so that each record stays on one line.
  private static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return field }
    return field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
      .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
  }
}
