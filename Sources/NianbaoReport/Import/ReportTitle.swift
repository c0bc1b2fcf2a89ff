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

  /// Reads organ and year from a cell text such as “凯里市下司镇2021年政府信息公开工作年度报告” or, with the year first,
  /// “2019年上海市人民政府办公厅政府信息公开工作年度报告” (spaces, line breaks and full-width digits tolerated; “2021年度”
  /// accepted). `nil` when the text is not a title.
  static func parse(_ text: String) -> (organ: String?, year: Int)? {
    let compact = String(
      text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
        .map(Character.init))
    guard let range = compact.range(of: suffix.dropFirst()), range.upperBound == compact.endIndex else {
      return nil
    }
    let head = String(compact[..<range.lowerBound])
    if let (rest, year) = yearAtEnd(head) {
      return (organName(rest), year)
    }
    if let (rest, year) = yearAtStart(head), let organ = organName(rest) {
      return (organ, year)
    }
    return nil
  }

  /// “…2021年” or “…2021年度”: the text before the year, and the year.
  private static func yearAtEnd(_ head: String) -> (String, Int)? {
    var head = head
    guard head.hasSuffix("年") || head.hasSuffix("年度") else { return nil }
    head.removeLast(head.hasSuffix("年度") ? 2 : 1)
    let digits = head.reversed().prefix { $0.isASCII && $0.isNumber }
    guard digits.count == 4, let year = Int(String(digits.reversed())), (1990...2200).contains(year) else {
      return nil
    }
    return (String(head.dropLast(4)), year)
  }

  /// “2019年…” or “2019年度…”: the text after the year, and the year.
  private static func yearAtStart(_ head: String) -> (String, Int)? {
    let digits = head.prefix { $0.isASCII && $0.isNumber }
    guard digits.count == 4, let year = Int(digits), (1990...2200).contains(year) else { return nil }
    var rest = head.dropFirst(4)
    guard rest.hasPrefix("年") else { return nil }
    rest = rest.dropFirst(rest.hasPrefix("年度") ? 2 : 1)
    return (String(rest), year)
  }

  /// The organ's name without the quotation marks titles put around it, or `nil` when nothing is left.
  private static func organName(_ text: String) -> String? {
    var organ = text
    for wrapper in ["《", "》", "“", "”", "\""] { organ = organ.replacingOccurrences(of: wrapper, with: "") }
    return organ.isEmpty ? nil : organ
  }

  /// The first title found in the top rows of the grids, or anywhere in a document's body (a web page puts its
  /// navigation first). A document title broken over two lines, the organ above “2023年政府信息公开工作年度报告”, is
  /// read as one.
  static func find(in grids: [SourceGrid]) -> (organ: String?, year: Int)? {
    for grid in grids {
      let isBody = grid.name == DocumentGridBuilder.bodyName
      for (index, cell) in grid.cells.enumerated() where isBody || cell.row <= 10 {
        guard let title = parse(cell.text) else { continue }
        if title.organ == nil, isBody, index > 0, let organ = organLine(grid.cells[index - 1].text) {
          return (organ, title.year)
        }
        return title
      }
    }
    return nil
  }

  /// The line above a title that names only the year: the organ, when it is a short line of words without digits
  /// or sentence punctuation.
  private static func organLine(_ text: String) -> String? {
    let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    guard (2...40).contains(compact.count),
      !compact.contains(where: { $0.isNumber || "，。；：:;,.!?！？".contains($0) })
    else { return nil }
    return organName(compact)
  }
}
