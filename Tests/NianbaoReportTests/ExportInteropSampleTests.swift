import Foundation
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Writes templates and exported reports, each with a JSON sidecar saying what it holds, for
/// `scripts/interop_template.py` to check with openpyxl, python-calamine and LibreOffice. Runs only when
/// `NIANBAO_INTEROP_DIR` names the output folder; the files go to its `report` subfolder, apart from the writer's
/// samples.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NIANBAO_INTEROP_DIR"] != nil))
struct ExportInteropSampleTests {
  private var folder: URL {
    URL(fileURLWithPath: ProcessInfo.processInfo.environment["NIANBAO_INTEROP_DIR"]!, isDirectory: true)
      .appendingPathComponent("report", isDirectory: true)
  }

  private func writeSidecar(_ object: [String: Any], _ name: String) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    try data.write(to: folder.appendingPathComponent(name + ".json"))
  }

  /// Every cell of a slot's values as the sidecar gives them: counts as integers, amounts as their digits.
  private func fill(_ report: Report, plan: ReportSheetPlan) -> [String: Any] {
    var cells: [String: Any] = [:]
    for slot in report.layout.slots {
      guard let value = report[slot.keyPath], let reference = plan.reference(of: slot.keyPath) else { continue }
      switch value {
      case .count(let count): cells[reference.a1] = count
      case .amount(let amount): cells[reference.a1] = amount.text
      }
    }
    return cells
  }

  /// The cells of an equation's side, one A1 name each.
  private func names(_ references: [CellReference]) -> [String] { references.map(\.a1) }

  @Test(arguments: FormatVersion.allCases)
  func writeTemplateSample(_ version: FormatVersion) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let name = "template_\(version.rawValue)"
    try TemplateBuilder.write(version, to: folder.appendingPathComponent(name + ".xlsx").path)
    let plan = ReportSheetPlan(version: version)
    let balanced = try ExportFixtures.balanced(version)
    var broken = balanced
    var brokenRules: [String] = []
    for rule in [RuleID.r1, .r2, .r3, .r4] {
      guard let equation = version.layout.equations.first(where: { $0.rule == rule }) else { continue }
      try broken.set(.count((broken.count(at: equation.anchor) ?? 0) + 1), at: equation.anchor)
      brokenRules.append(rule.rawValue)
    }
    #expect(balanced.check().allSatisfy { ![.r1, .r2, .r3, .r4].contains($0.rule) })
    #expect(Set(broken.check().map(\.rule.rawValue)).isSuperset(of: brokenRules))
    try writeSidecar(
      [
        "kind": "template",
        "sheet": ReportSheetPlan.sheetName,
        "sheets": [ReportSheetPlan.sheetName, ReportExporter.textSheetName],
        "holds": BalanceCheck.holdsText,
        "merges": ([plan.titleRange] + plan.tables.flatMap(\.merges)).map(\.a1),
        "valueCells": Dictionary(
          uniqueKeysWithValues: version.layout.slots.map { (plan.reference(of: $0.keyPath)!.a1, $0.kind.rawValue) }),
        "checks": TemplateBuilder.checks(for: version).map { check in
          [
            "cell": check.reference.a1, "rule": check.equation.rule.rawValue, "formula": check.formula,
            "parts": names(check.parts), "totals": names(check.totals),
          ] as [String: Any]
        },
        "fills": ["balanced": fill(balanced, plan: plan), "broken": fill(broken, plan: plan)],
        "brokenRules": brokenRules,
      ], name)
  }

  @Test func writeExportSamples() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, report) in try ExportFixtures.roundTripReports() {
      let document = ReportExporter.document(for: report)
      try WorkbookWriter.write(document, to: folder.appendingPathComponent("export_\(name).xlsx").path)
      let sheets = document.sheets.map { sheet -> [String: Any] in
        var cells: [String: Any] = [:]
        for cell in sheet.cells where cell.value != .empty {
          cells[cell.reference.a1] = ["type": cell.value.kindName, "value": cell.value.text]
        }
        return ["name": sheet.name, "merges": sheet.merges.map(\.a1), "cells": cells]
      }
      try writeSidecar(["kind": "export", "sheets": sheets], "export_\(name)")
    }
  }
}
