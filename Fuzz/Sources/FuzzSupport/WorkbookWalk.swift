import NianbaoXLSX

/// Reads every sheet of a workbook through the streaming API and touches every value, reference and merge, as the
/// `cells` command does, so that each code path of the reader runs on the fuzzed input.
public enum WorkbookWalk {
  /// Walks the workbook; returns the number of cells seen.
  @discardableResult
  public static func walk(_ reader: WorkbookReader) throws -> Int {
    var cells = 0
    for (index, info) in reader.sheets.enumerated() {
      precondition(!info.partName.isEmpty, "a sheet without a part name")
      let layout = try reader.readSheet(at: index) { row in
        precondition(row.index > 0, "a row number below 1")
        var lastColumn = 0
        for cell in row.cells {
          precondition(cell.reference.column > lastColumn, "cells out of column order")
          lastColumn = cell.reference.column
          precondition(CellReference(cell.reference.a1) == cell.reference, "a reference that does not round-trip")
          _ = cell.value.text
          _ = cell.formula?.utf8.count
          cells += 1
        }
      }
      for merge in layout.merges {
        precondition(CellRange(merge.a1) == merge, "a merged range that does not round-trip")
      }
      _ = layout.dimension?.a1
    }
    return cells
  }
}
