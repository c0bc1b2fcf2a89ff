import NianbaoGrid

/// The report's title, “<organ><year>年政府信息公开工作年度报告”: how it is written and how it is read back.
enum ReportTitle {
  /// The fixed end of every title.
  static let suffix = "年政府信息公开工作年度报告"

  /// The title for an organ and a year, or `nil` when either is unknown.
  static func text(organ: String?, year: Int?) -> String? {
    guard let organ, !organ.isEmpty, let year else { return nil }
    return organ + String(year) + suffix
  }

  /// Reads organ and year from a cell text such as “凯里市下司镇2021年政府信息公开工作年度报告” (spaces, line breaks and
  /// full-width digits tolerated; “2021年度” accepted). `nil` when the text is not a title.
  static func parse(_ text: String) -> (organ: String?, year: Int)? {
    let compact = String(
      text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
        .map(Character.init))
    guard let range = compact.range(of: suffix.dropFirst()), range.upperBound == compact.endIndex else {
      return nil
    }
    var head = String(compact[..<range.lowerBound])
    guard head.hasSuffix("年") || head.hasSuffix("年度") else { return nil }
    head.removeLast(head.hasSuffix("年度") ? 2 : 1)
    let digits = head.reversed().prefix { $0.isASCII && $0.isNumber }
    guard digits.count == 4, let year = Int(String(digits.reversed())), (1990...2200).contains(year) else {
      return nil
    }
    var organ = String(head.dropLast(4))
    for wrapper in ["《", "》", "“", "”", "\""] { organ = organ.replacingOccurrences(of: wrapper, with: "") }
    return (organ.isEmpty ? nil : organ, year)
  }

  /// The first title found in the top rows of the grids.
  static func find(in grids: [SourceGrid]) -> (organ: String?, year: Int)? {
    for grid in grids {
      for cell in grid.cells where cell.row <= 10 {
        if let title = parse(cell.text) { return title }
      }
    }
    return nil
  }
}
