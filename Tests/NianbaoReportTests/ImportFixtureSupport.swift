import Foundation
import NianbaoGrid

@testable import NianbaoReport

/// Builds grids for import tests from the official layouts, and finds the shared workbooks beside the checkout.
enum ImportFixtures {
  /// `../shared/fixtures` beside the checkout.
  static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/fixtures")

  /// A shared workbook by name, e.g. `xiasizhen_2021.official.xlsx`.
  static func workbook(_ name: String) -> String {
    shared.appendingPathComponent("xlsx").appendingPathComponent(name).path
  }

  /// The shared workbooks with the report each one holds.
  static let workbooks: [(file: String, report: String)] = [
    ("xiasizhen_2021.official.xlsx", "xiasizhen_2021"),
    ("xiasizhen_2021.libreoffice.xlsx", "xiasizhen_2021"),
    ("xiasizhen_2021.text-numbers.xlsx", "xiasizhen_2021"),
    ("xiasizhen_2021.unmerged-topleft.xlsx", "xiasizhen_2021"),
    ("hongzequ_2023.official.xlsx", "hongzequ_2023"),
    ("shanghai_szfbgt_2019.official.xlsx", "shanghai_szfbgt_2019"),
  ]

  /// The cells of a table's official grid at an offset, with the report's values in the value cells.
  /// `merged: false` keeps every label and value only in its top-left cell, as files without merges do.
  static func cells(
    of table: TableLayout, report: Report, top: Int, left: Int, merged: Bool = true,
    value: (ReportValue) -> SourceContent = { .number($0.description) }
  ) -> [SourceCell] {
    table.grid.cells.compactMap { cell in
      let content: SourceContent
      switch cell.content {
      case .label(let label): content = .text(label.text)
      case .value(let slot):
        guard let filled = report[slot.keyPath] else { return nil }
        content = value(filled)
      case .empty: return nil
      }
      return SourceCell(
        row: top + cell.row, column: left + cell.column, rowSpan: merged ? cell.rowSpan : 1,
        columnSpan: merged ? cell.columnSpan : 1, content: content)
    }
  }

  /// A grid holding all three tables stacked, each under its title, starting at (`top`, `left`).
  static func stackedGrid(
    _ report: Report, name: String = "Sheet1", top: Int = 1, left: Int = 1, merged: Bool = true,
    gap: Int = 1
  ) -> SourceGrid {
    var cells: [SourceCell] = []
    var row = top
    for table in report.layout.tables {
      cells.append(SourceCell(row: row, column: left, content: .text(table.title.text)))
      row += 1
      cells += Self.cells(of: table, report: report, top: row, left: left, merged: merged)
      row += table.grid.rowCount + gap
    }
    return SourceGrid(name: name, cells: cells)
  }

  /// A report of `version` with every value set from a deterministic pattern (counts 0…97; amounts with decimals).
  static func patterned(_ version: FormatVersion, seed: Int = 7) throws -> Report {
    var report = Report(formatVersion: version, organ: "测试县人民政府", year: version == .v2019 ? 2020 : 2022)
    for (index, slot) in version.layout.slots.enumerated() {
      let number = (index * 37 + seed) % 98
      switch slot.kind {
      case .count: try report.set(.count(number), at: slot.keyPath)
      case .signedCount: try report.set(.count(number - 40), at: slot.keyPath)
      case .amount: try report.set(.amount(Amount("\(number).0\(seed)5")!), at: slot.keyPath)
      }
    }
    return report
  }
}
