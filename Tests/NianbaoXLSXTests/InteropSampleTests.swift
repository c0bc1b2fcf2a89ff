import Foundation
import Testing

@testable import NianbaoXLSX

/// Writes a sample workbook and its expected contents for `scripts/interop_writer.py`, which checks the file with
/// openpyxl, python-calamine and LibreOffice. Runs only when `NIANBAO_INTEROP_DIR` names the output folder.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NIANBAO_INTEROP_DIR"] != nil))
struct InteropSampleTests {
  /// A cell of the sample and, for a formula, the value a recalculation gives.
  struct SampleCell {
    var cell: WriteCell
    var computed: CellValue?
  }

  static var sampleSheets: [(sheet: SheetDocument, cells: [SampleCell])] {
    var table = SampleDocuments.small.sheets[0]
    // openpyxl leaves _xHHHH_ escapes undecoded, so the interop sample holds no control characters.
    table.cells = table.cells.map { cell in
      var cell = cell
      if case .string(let text) = cell.value {
        cell.value = .string(String(text.unicodeScalars.filter { !SpreadsheetText.needsEscape($0) }))
      }
      return cell
    }
    let computed: [CellReference: CellValue] = [ref("D5"): .number("-18")]
    let first = table.cells.map {
      SampleCell(cell: $0, computed: $0.formula == nil ? nil : computed[$0.reference] ?? $0.value)
    }
    let notes = SampleDocuments.small.sheets[1]
    return [(table, first), (notes, notes.cells.map { SampleCell(cell: $0, computed: nil) })]
  }

  static func json(_ value: CellValue) -> Any {
    switch value {
    case .empty: return NSNull()
    case .string(let text): return ["type": "string", "value": text]
    case .number(let text): return ["type": "number", "value": text]
    case .boolean(let flag): return ["type": "boolean", "value": flag]
    case .error(let code): return ["type": "error", "value": code]
    }
  }

  /// The sidecar JSON: per sheet, every cell that holds something, and the merges.
  static func sidecar(_ sheets: [(sheet: SheetDocument, cells: [SampleCell])]) -> [String: Any] {
    let entries = sheets.map { sheet, cells -> [String: Any] in
      var expected: [String: Any] = [:]
      for sample in cells where sample.cell.value != .empty || sample.cell.formula != nil {
        let cell = sample.cell
        if let formula = cell.formula {
          expected[cell.reference.a1] = [
            "type": "formula", "formula": WorksheetPart.storedFormula(formula), "cached": json(cell.value),
            "computed": json(sample.computed ?? .empty),
          ]
        } else {
          expected[cell.reference.a1] = json(cell.value)
        }
      }
      return ["name": sheet.name, "cells": expected, "merges": sheet.merges.map(\.a1)]
    }
    return ["sheets": entries]
  }

  @Test func writeSampleAndSidecar() throws {
    let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["NIANBAO_INTEROP_DIR"]!, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let sheets = Self.sampleSheets
    var document = SampleDocuments.small
    document.sheets = sheets.map(\.sheet)
    let workbook = folder.appendingPathComponent("writer-sample.xlsx")
    try WorkbookWriter.write(document, to: workbook.path)
    let json = try JSONSerialization.data(
      withJSONObject: Self.sidecar(sheets), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    try json.write(to: folder.appendingPathComponent("writer-sample.expected.json"))
    #expect(FileManager.default.fileExists(atPath: workbook.path))
  }
}
