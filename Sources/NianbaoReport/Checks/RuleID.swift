/// A check that can produce findings.
///
/// `R1`–`R5` are the balance rules (勾稽关系) of format.md; the others are the softer checks
/// reviewers apply, plus ``notAValue`` for importers that meet a cell holding something other
/// than a value.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Table 三, each column: 一 + 二 = （七）总计 + 四.
  case r1 = "R1"
  /// Table 三, each row: 总计 = the sum of the six applicant columns.
  case r2 = "R2"
  /// Table 三, each column: （七）总计 = the sum of the disposition rows （一）…（六）.
  case r3 = "R3"
  /// Table 四, each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
  case r4 = "R4"
  /// Across years, each column: this year's 二、上年结转 = last year's 四、结转下年度继续办理.
  case r5 = "R5"
  /// Blank value cells in tables 三 and 四 (blank is not zero; reviewers ask for 0).
  case blankCells
  /// A fee above zero while section 六 reports nothing.
  case feeNotReported
  /// Section 五 (problems and improvements) present but empty or “无”.
  case problemsNotReported
  /// A value cell held text that is not a value (“/”, “无”, a note); the value became blank.
  case notAValue
  /// A formula without a cached value was evaluated by the importer (plain arithmetic over cells).
  case formulaEvaluated
  /// A formula without a cached value could not be evaluated; the value became blank.
  case formulaNotEvaluated
  /// The report mixes the two template versions (a hybrid layout); values were moved or added up.
  case hybridLayout
  /// One of the three tables was not found in the input.
  case tableMissing
  /// A number inside a table that no value cell of the layout claims (nothing is dropped silently).
  case unmappedValue
  /// A count the text sections quote (收到申请 N 件, 办结, 结转, 行政复议, 行政诉讼) that disagrees with its table cell.
  case textCount

  /// The severity findings of this rule carry.
  public var severity: Severity {
    switch self {
    case .r1, .r2, .r3, .r4: .error
    case .tableMissing: .error
    case .r5, .feeNotReported, .notAValue, .problemsNotReported, .formulaNotEvaluated, .hybridLayout, .unmappedValue,
      .textCount:
      .warning
    case .blankCells, .formulaEvaluated: .info
    }
  }

  /// Orders rules as declared: R1…R5, then the softer checks.
  public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
  /// The published numbers contradict the table's own structure.
  case error
  /// Something a reviewer will ask about.
  case warning
  /// Worth knowing; not wrong in itself.
  case info

  /// Orders severities from the most to the least serious.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
