import Foundation
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Blank templates: protection, validation, live checks, and import of empty and filled templates.
@Suite struct TemplateBuilderTests {
  private func cells(_ sheet: SheetDocument) -> [CellReference: WriteCell] {
    Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.reference, $0) })
  }

  @Test(arguments: FormatVersion.allCases)
  func valueCellsAndTheTitleAreUnlockedAndEverythingElseLocked(_ version: FormatVersion) throws {
    let document = TemplateBuilder.document(for: version)
    let plan = ReportSheetPlan(version: version)
    let sheet = document.sheets[0]
    var editable = Set<CellReference>()
    for range in [plan.titleRange] + version.layout.slots.map({ plan.range(of: $0.keyPath)! }) {
      for row in range.start.row...range.end.row {
        for column in range.start.column...range.end.column {
          editable.insert(CellReference(row: row, column: column)!)
        }
      }
    }
    for cell in sheet.cells {
      #expect(cell.style.isLocked != editable.contains(cell.reference), "\(cell.reference)")
    }
    #expect(Set(sheet.cells.map(\.reference)).isSuperset(of: editable))
    #expect(sheet.cells.filter { editable.contains($0.reference) }.allSatisfy { $0.value == .empty })
    #expect(document.sheets.allSatisfy { $0.protection == TemplateBuilder.protection })
  }

  @Test(arguments: FormatVersion.allCases)
  func valueCellsAreValidatedByKind(_ version: FormatVersion) throws {
    let sheet = TemplateBuilder.document(for: version).sheets[0]
    let plan = ReportSheetPlan(version: version)
    for slot in version.layout.slots {
      let range = try #require(plan.range(of: slot.keyPath))
      let rules = sheet.dataValidations.filter { $0.ranges.contains(range) }
      #expect(rules.count == 1, "\(slot.keyPath)")
      let expected: ValidationRule =
        switch slot.kind {
        case .count: .wholeNumber(.greaterThanOrEqual("0"))
        case .signedCount: DataValidation.signedWholeNumber([range]).rule
        case .amount: .decimal(.greaterThanOrEqual("0"))
        }
      #expect(rules.first?.rule == expected, "\(slot.keyPath)")
    }
    #expect(sheet.dataValidations.first == TemplateValidations.titleRule(plan))
  }

  @Test(arguments: FormatVersion.allCases)
  func everyEquationHasALiveCheckCellWithACachedTick(_ version: FormatVersion) throws {
    let sheet = TemplateBuilder.document(for: version).sheets[0]
    let written = cells(sheet)
    let checks = TemplateBuilder.checks(for: version)
    #expect(checks.count == version.layout.equations.count)
    #expect(sheet.cells.filter { $0.formula != nil }.count == version.layout.equations.count)
    for check in checks {
      let cell = try #require(written[check.reference])
      #expect(cell.formula == check.formula)
      #expect(cell.value == .string(BalanceCheck.holdsText))
      #expect(cell.style.isLocked)
    }
    #expect(sheet.conditionalFormats == TotalHighlights.formats(for: checks, plan: ReportSheetPlan(version: version)))
  }

  @Test(arguments: FormatVersion.allCases)
  func checkCellsAreReadBackWithFormulaAndCachedValue(_ version: FormatVersion) throws {
    let workbook = try WorkbookReader(bytes: TemplateBuilder.data(for: version)).readWorkbook()
    let read = Dictionary(uniqueKeysWithValues: workbook.sheets[0].cells.map { ($0.reference, $0) })
    for check in TemplateBuilder.checks(for: version) {
      let cell = try #require(read[check.reference])
      #expect(cell.formula == check.formula)
      #expect(cell.value == .string(BalanceCheck.holdsText))
    }
    let plan = ReportSheetPlan(version: version)
    #expect(workbook.sheets[0].layout.merges == [plan.titleRange] + plan.tables.flatMap(\.merges))
    #expect(workbook.sheets.map(\.info.name) == [ReportSheetPlan.sheetName, ReportExporter.textSheetName])
  }

  @Test(arguments: FormatVersion.allCases)
  func anEmptyTemplateImportsAsAnAllBlankReport(_ version: FormatVersion) throws {
    let imported = try ReportImporter.importWorkbook(bytes: TemplateBuilder.data(for: version), name: "template")
    #expect(imported.report == Report(formatVersion: version))
    let unexpected: Set<RuleID> = [
      .hybridLayout, .unmappedValue, .tableMissing, .notAValue, .formulaEvaluated, .formulaNotEvaluated, .r1, .r2,
      .r3, .r4,
    ]
    #expect(!imported.findings.contains { unexpected.contains($0.rule) })
    #expect(imported.findings.contains { $0.rule == .blankCells })
    #expect(imported.locations == ReportExporter.locations(for: version))
  }

  @Test(arguments: FormatVersion.allCases)
  func aFilledTemplateImportsToTheReportTyped(_ version: FormatVersion) throws {
    for var report in [try ImportFixtures.patterned(version), try ExportFixtures.balanced(version)] {
      let title = try #require(ReportTitle.text(organ: report.organ, year: report.year))
      var document = ExportFixtures.filled(TemplateBuilder.document(for: version), with: report)
      let titleIndex = try #require(
        document.sheets[0].cells.firstIndex { $0.reference == CellReference(row: 1, column: 1) })
      document.sheets[0].cells[titleIndex].value = .string(title)
      report.text.other = "无。"
      let textIndex = try #require(document.sheets[1].cells.firstIndex { $0.reference == CellReference("B3") })
      document.sheets[1].cells[textIndex].value = .string("无。")
      let imported = try ReportImporter.importWorkbook(bytes: WorkbookWriter.data(document), name: "filled")
      #expect(imported.report == report)
      let unexpected: Set<RuleID> = [.hybridLayout, .unmappedValue, .tableMissing, .notAValue, .formulaEvaluated]
      #expect(!imported.findings.contains { unexpected.contains($0.rule) })
    }
  }

  @Test(arguments: FormatVersion.allCases)
  func theBalancedSampleBreaksNoRuleAndThePatternedOneSeveral(_ version: FormatVersion) throws {
    let balanced = try ExportFixtures.balanced(version).check()
    #expect(!balanced.contains { [.r1, .r2, .r3, .r4].contains($0.rule) })
    let patterned = try ImportFixtures.patterned(version).check()
    #expect(Set(patterned.map(\.rule)).isSuperset(of: [.r1, .r2, .r3, .r4]))
  }

  @Test(arguments: FormatVersion.allCases)
  func theSameVersionGivesTheSameBytes(_ version: FormatVersion) throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("template.xlsx").path
    try TemplateBuilder.write(version, to: path)
    let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(written == (try TemplateBuilder.data(for: version)))
    #expect(written == (try TemplateBuilder.data(for: version)))
  }

  @Test(arguments: FormatVersion.allCases)
  func templateMatchesItsGoldenListing(_ version: FormatVersion) throws {
    try ExportGolden.verify(
      ExportListing.text(of: TemplateBuilder.document(for: version)), "template_\(version.rawValue).txt")
  }
}
