import NianbaoXLSX

/// What the clerk may type into a template: data validation on every value cell by its ``ValueKind``, with the error
/// box in Chinese, and a hint on the title cell.
enum TemplateValidations {
  /// The title of the error box.
  static let errorTitle = "填写有误"

  /// The error message for a value of the wrong kind.
  static func errorMessage(for kind: ValueKind) -> String {
    switch kind {
    case .count: "此栏只能填写0或正整数。没有发生的事项请填0，不要填写“/”“无”等文字。"
    case .signedCount: "此栏只能填写整数：增加填正数，减少填负数（如-18），没有变化填0。"
    case .amount: "此栏只能填写0或正数，可带小数（如24252.311082），不要填写单位。"
    }
  }

  /// One rule per value kind the layout uses, in the order of ``ValueKind``, over every value cell of that kind
  /// (each cell's merged area): counts are whole numbers ≥ 0, signed counts whole numbers, amounts decimals ≥ 0.
  static func valueRules(_ plan: ReportSheetPlan) -> [DataValidation] {
    ValueKind.allCases.compactMap { kind in
      let ranges = plan.layout.slots.filter { $0.kind == kind }.map { plan.range(of: $0.keyPath)! }
      guard !ranges.isEmpty else { return nil }
      let message = errorMessage(for: kind)
      switch kind {
      case .count: return .nonNegativeWholeNumber(ranges, errorTitle: errorTitle, errorMessage: message)
      case .signedCount: return .signedWholeNumber(ranges, errorTitle: errorTitle, errorMessage: message)
      case .amount: return .nonNegativeDecimal(ranges, errorTitle: errorTitle, errorMessage: message)
      }
    }
  }

  /// The hint on the title cell, saying what to type there (with an example built by the importer's title rule),
  /// and refusing a number.
  static func titleRule(_ plan: ReportSheetPlan) -> DataValidation {
    let example = ReportTitle.text(organ: "某某县人民政府", year: plan.layout.version.rawValue) ?? ""
    return DataValidation(
      ranges: [plan.titleRange], rule: .custom("ISTEXT(" + plan.titleRange.start.a1 + ")"), errorStyle: .stop,
      errorTitle: errorTitle, errorMessage: "标题应为文字，例如“" + example + "”。", promptTitle: "报告标题",
      prompt: "请填写：机关名称＋年份＋“" + ReportTitle.suffix + "”，例如“" + example + "”。")
  }
}
