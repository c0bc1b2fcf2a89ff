import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// What a template accepts in its value cells and title.
@Suite struct TemplateValidationsTests {
  @Test(arguments: FormatVersion.allCases)
  func everyValueCellIsValidatedOnceByItsKind(_ version: FormatVersion) {
    let plan = ReportSheetPlan(version: version)
    let rules = TemplateValidations.valueRules(plan)
    let kinds = ValueKind.allCases.filter { kind in version.layout.slots.contains { $0.kind == kind } }
    #expect(rules.count == kinds.count)
    for (rule, kind) in zip(rules, kinds) {
      let expected = version.layout.slots.filter { $0.kind == kind }.map { plan.range(of: $0.keyPath)! }
      #expect(rule.ranges == expected)
      #expect(rule.allowsBlank)
      #expect(rule.errorStyle == .stop)
      #expect(rule.errorTitle == TemplateValidations.errorTitle)
      #expect(rule.errorMessage == TemplateValidations.errorMessage(for: kind))
      switch kind {
      case .count: #expect(rule.rule == .wholeNumber(.greaterThanOrEqual("0")))
      case .signedCount: #expect(rule.rule == DataValidation.signedWholeNumber([]).rule)
      case .amount: #expect(rule.rule == .decimal(.greaterThanOrEqual("0")))
      }
    }
    #expect(rules.flatMap(\.ranges).count == version.layout.slots.count)
  }

  @Test func the2019TemplateHasAllThreeKindsThe2021TemplateCountsAndTheFee() {
    #expect(TemplateValidations.valueRules(ReportSheetPlan(version: .v2019)).count == 3)
    let rules2021 = TemplateValidations.valueRules(ReportSheetPlan(version: .v2021))
    #expect(rules2021.map(\.rule) == [.wholeNumber(.greaterThanOrEqual("0")), .decimal(.greaterThanOrEqual("0"))])
  }

  @Test func messagesAreChineseAndFitExcelsLimits() {
    for kind in ValueKind.allCases {
      let message = TemplateValidations.errorMessage(for: kind)
      #expect(message.utf16.count <= 255)
      #expect(message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }
    #expect(TemplateValidations.errorTitle.utf16.count <= 32)
  }

  @Test func theTitleCellPromptsWithAnExampleTheImporterReads() throws {
    let plan = ReportSheetPlan(version: .v2021)
    let rule = TemplateValidations.titleRule(plan)
    #expect(rule.ranges == [plan.titleRange])
    #expect(rule.rule == .custom("ISTEXT(A1)"))
    let prompt = try #require(rule.prompt)
    #expect(prompt.utf16.count <= 255)
    let example = try #require(prompt.split(separator: "“").last?.split(separator: "”").first)
    let parsed = try #require(ReportTitle.parse(String(example)))
    #expect(parsed.year == 2021)
    #expect(parsed.organ == "某某县人民政府")
  }
}
