/// One of the three data tables of a report.
///
/// The raw value is the table's numeral in the report skeleton (二、三、四).
public enum TableID: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Table 二, 主动公开政府信息情况; `proactive` in the JSON model.
  case proactive = "二"
  /// Table 三, 收到和处理政府信息公开申请情况; `applications` in the JSON model.
  case applications = "三"
  /// Table 四, 政府信息公开行政复议、行政诉讼情况; `appeals` in the JSON model.
  case appeals = "四"

  /// The table's key at the top level of the JSON document.
  public var jsonKey: String {
    switch self {
    case .proactive: "proactive"
    case .applications: "applications"
    case .appeals: "appeals"
    }
  }

  /// The short sheet name used in cell references: 表二, 表三, 表四.
  public var sheetName: String { "表" + rawValue }

  /// Orders tables as they appear in a report.
  public static func < (lhs: TableID, rhs: TableID) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
