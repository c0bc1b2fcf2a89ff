import Foundation
import NianbaoGrid
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Golden listings of exported sheets and templates, under `Fixtures/export/` beside the tests.
///
/// With `NIANBAO_RECORD=1` in the environment a golden is (re)written from the actual listing instead of compared.
enum ExportGolden {
  /// The folder of the export goldens in the source tree.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/export", isDirectory: true)

  /// Whether goldens are being recorded rather than compared.
  static var isRecording: Bool { ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" }

  /// Compares the text with the golden file of that name (or records it).
  static func verify(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = folder.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
    #expect(
      text == expected,
      """
      differs from golden \(name) (first at line \((firstDifference?.offset ?? min(actualLines.count, expectedLines.count)) + 1)); \
      set NIANBAO_RECORD=1 to re-record
      """, sourceLocation: sourceLocation)
  }
}

/// A readable listing of a workbook document: per sheet its size, print settings, merges, every written cell with
/// value, formula and style, validations, conditional formats and protection. Goldens compare these listings.
enum ExportListing {
  static func text(of document: WorkbookDocument) -> String {
    var lines: [String] = []
    for sheet in document.sheets {
      lines.append("sheet \(sheet.name)")
      if let area = sheet.printArea { lines.append("printArea \(area.a1)") }
      if let setup = sheet.pageSetup {
        lines.append(
          "page paper=\(setup.paperSize) \(setup.orientation.rawValue) fit=\(setup.fit.map { "\($0.pagesWide)x\($0.pagesTall)" } ?? "none") centered=\(setup.centersHorizontally)"
        )
      }
      lines.append("protection \(sheet.protection.map { _ in "on" } ?? "off")")
      lines.append(
        "columns "
          + sheet.columnWidths.sorted { $0.key < $1.key }.map { "\(CellReference.columnName($0.key))=\($0.value)" }
          .joined(separator: " "))
      lines.append(
        "rows " + sheet.rowHeights.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
      lines.append("merges " + sheet.merges.map(\.a1).joined(separator: " "))
      for cell in sheet.cells.sorted(by: { $0.reference < $1.reference })
      where cell.value != .empty || cell.formula != nil {
        var line =
          "\(cell.reference.a1) \(cell.value.kindName) \(cell.value.text.replacingOccurrences(of: "\n", with: "\\n"))"
        if let formula = cell.formula { line += " =\(formula)" }
        line += " [\(style(cell.style))]"
        lines.append(line)
      }
      let unlocked = sheet.cells.filter { !$0.style.isLocked }.map(\.reference).sorted()
      lines.append("unlocked " + unlocked.map(\.a1).joined(separator: " "))
      for validation in sheet.dataValidations {
        lines.append(
          "validation \(validation.rule) on \(validation.ranges.map(\.a1).joined(separator: " ")) "
            + "error=\(validation.errorTitle ?? "")/\(validation.errorMessage ?? "") prompt=\(validation.promptTitle ?? "")/\(validation.prompt ?? "")"
        )
      }
      for format in sheet.conditionalFormats {
        lines.append(
          "conditional \(format.ranges.map(\.a1).joined(separator: " ")): "
            + format.rules.map(\.formula).joined(separator: "; "))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func style(_ style: CellStyle) -> String {
    var parts = ["\(style.font.name) \(style.font.size)"]
    if style.font.isBold { parts.append("bold") }
    if style.font.isItalic { parts.append("italic") }
    if style.border == .thin { parts.append("border") }
    if let horizontal = style.alignment.horizontal { parts.append(horizontal.rawValue) }
    if style.alignment.wrapsText { parts.append("wrap") }
    if let format = style.numberFormat { parts.append("fmt \(format)") }
    if !style.isLocked { parts.append("unlocked") }
    return parts.joined(separator: ", ")
  }
}

/// Reports and files for the export and template tests.
enum ExportFixtures {
  /// A fresh empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("nianbao-export-tests-\(UInt64.random(in: 0 ... .max))", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The reports every round trip covers: a patterned report of each version and the three expected fixtures.
  static func roundTripReports() throws -> [(name: String, report: Report)] {
    try FormatVersion.allCases.map { ("patterned_\($0.rawValue)", try ImportFixtures.patterned($0)) }
      + Fixtures.reportNames.map { ($0, try Fixtures.report($0)) }
  }

  /// A report of `version` in which every balance equation holds and no value is blank.
  ///
  /// Derived from the equations alone: the totals of single-total equations and the last part of each equation with
  /// several totals (R1's 二、上年结转) are unknown; every other cell gets a small patterned value, the first part of
  /// a several-totals equation (R1's 一、本年新收) a smaller one so that nothing derived goes negative; then each
  /// equation with exactly one unknown cell fixes it, until every cell is known.
  static func balanced(_ version: FormatVersion) throws -> Report {
    let layout = version.layout
    var unknown = Set<ReportKeyPath>()
    var small = Set<ReportKeyPath>()
    for equation in layout.equations {
      if equation.totals.count == 1 {
        unknown.insert(equation.totals[0])
      } else {
        if let last = equation.parts.last { unknown.insert(last) }
        if let first = equation.parts.first { small.insert(first) }
      }
    }
    var values: [ReportKeyPath: Int] = [:]
    var report = try ImportFixtures.patterned(version, seed: 3)
    for (index, slot) in layout.slots.enumerated() where slot.kind == .count && !unknown.contains(slot.keyPath) {
      values[slot.keyPath] = small.contains(slot.keyPath) ? index % 3 : (index * 7 + 3) % 10
    }
    var progress = true
    while progress {
      progress = false
      for equation in layout.equations {
        let cells = equation.parts + equation.totals
        let missing = cells.filter { values[$0] == nil }
        guard missing.count == 1, let cell = missing.first else { continue }
        let parts = equation.parts.reduce(0) { $0 + (values[$1] ?? 0) }
        let totals = equation.totals.reduce(0) { $0 + (values[$1] ?? 0) }
        values[cell] = equation.parts.contains(cell) ? totals - parts : parts - totals
        progress = true
      }
    }
    for slot in layout.slots where slot.kind == .count {
      let value = try #require(values[slot.keyPath], "\(slot.keyPath) was not derived")
      try #require(value >= 0, "\(slot.keyPath) derived as \(value)")
      try report.set(.count(value), at: slot.keyPath)
    }
    return report
  }

  /// A copy of `document` with value cells filled from `report` (as a clerk typing into a template would).
  static func filled(_ document: WorkbookDocument, with report: Report) -> WorkbookDocument {
    let plan = ReportSheetPlan(layout: report.layout)
    var result = document
    result.sheets[0].cells = document.sheets[0].cells.map { cell in
      var cell = cell
      if let slot = report.layout.slots.first(where: { plan.reference(of: $0.keyPath) == cell.reference }),
        let value = report[slot.keyPath]
      {
        cell.value = .number(value.description)
      }
      return cell
    }
    return result
  }
}
