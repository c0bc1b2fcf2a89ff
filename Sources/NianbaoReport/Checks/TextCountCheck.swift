import Foundation
import NianbaoGrid

/// The soft check on counts the text sections quote: “收到申请75件” in 总体情况 against table 三's 本年新收 total, and
/// likewise for 办结, 结转下年度, 行政复议 and 行政诉讼.
///
/// Only unambiguous phrasings count: a sentence (up to 。；！？ or a line end) that states one of these counts exactly
/// once, with the number directly after the phrase (“收到政府信息公开申请21件”, “办结21件”, “结转下年度3件”,
/// “行政复议案件2件”, “行政诉讼1起”). A sentence that also speaks of 上年结转, or states the same count twice, is
/// skipped; so is a count whose cell is blank (the blank-cell check reports those).
enum TextCountCheck {
  /// One kind of count a text may quote.
  struct Quote {
    /// The phrase before the number, as a pattern.
    let pattern: Regex<(Substring, Substring)>
    /// The cells whose values add up to the count.
    let cells: [ReportKeyPath]
    /// The phrase, in words, for messages.
    let phrase: String
    /// Words that make a sentence ambiguous for this count.
    let excluded: [String]
  }

  /// The counts checked, with the cells they are compared with (the same in both versions). Built on each use:
  /// a `Regex` is not `Sendable`, so it cannot be shared between the threads of a batch.
  static var quotes: [Quote] {
    [
      Quote(
        pattern: /(?:收到|受理|新收)(?:政府信息公开|依申请公开)?申请(?:共|共计|总计|合计)?(\d+)件/,
        cells: [ReportKeyPath(parsing: "applications.newlyReceived.total")], phrase: "收到申请", excluded: ["上年结转", "结转"]),
      Quote(
        pattern: /办结(?:政府信息公开申请|申请)?(?:共|共计|总计|合计)?(\d+)件/,
        cells: [ReportKeyPath(parsing: "applications.outcomes.total.total")], phrase: "办结", excluded: ["上年结转"]),
      Quote(
        pattern: /结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?(?:共|共计)?(\d+)件/,
        cells: [ReportKeyPath(parsing: "applications.carriedForward.total")], phrase: "结转下年度", excluded: ["上年结转"]),
      Quote(
        pattern: /行政复议(?:案件)?(?:共|共计|合计)?(\d+)(?:件|起)/,
        cells: [ReportKeyPath(parsing: "appeals.administrativeReview.total")], phrase: "行政复议", excluded: ["复议后"]),
      Quote(
        pattern: /行政诉讼(?:案件)?(?:共|共计|合计)?(\d+)(?:件|起)/,
        cells: [
          ReportKeyPath(parsing: "appeals.litigationWithoutReview.total"),
          ReportKeyPath(parsing: "appeals.litigationAfterReview.total"),
        ], phrase: "行政诉讼", excluded: ["复议后起诉", "直接起诉"]),
    ]
  }

  /// Every count quoted in the text that disagrees with its table cell(s).
  static func findings(_ report: Report, locations: [ReportKeyPath: SourceLocation]) -> [Finding] {
    let quoting = TextSection.allCases.filter { section in
      report.text[section].map { $0.contains("件") || $0.contains("起") } ?? false
    }
    guard !quoting.isEmpty else { return [] }
    var findings: [Finding] = []
    let all = quotes
    for section in quoting {
      guard let text = report.text[section] else { continue }
      for sentence in sentences(of: text) {
        let compact = String(
          sentence.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
            .map(Character.init))
        for quote in all where !quote.excluded.contains(where: compact.contains) {
          let matches = compact.matches(of: quote.pattern)
          guard matches.count == 1, let quoted = Int(matches[0].output.1) else { continue }
          let values = quote.cells.compactMap { report.count(at: $0) }
          guard !values.isEmpty, let slot = report.layout.slot(at: quote.cells[0]) else { continue }
          let total = values.reduce(0, +)
          guard total != quoted else { continue }
          let location = locations[slot.keyPath] ?? slot.officialLocation
          let cellNames = quote.cells.compactMap { report.layout.slot(at: $0) }.map {
            "\($0.table.sheetName)「\($0.rowLabel)」×「\($0.columnLabel)」"
          }
          let cellWords = cellNames.joined(separator: "与")
          let sentenceText = String(sentence)
          findings.append(
            Finding(
              rule: .textCount, kind: .textDisagrees, slot: slot, location: location, expected: .count(total),
              found: .count(quoted), cells: quote.cells, cellText: sentenceText,
              message: LocalizedMessage(
                chinese: "「\(section.title.text)」中写道“\(sentenceText)”，其中\(quote.phrase)\(quoted)件，"
                  + "但\(cellWords)（\(location)）为 \(total)。请核对正文与表格是否一致。",
                english: "Section \(section.title.text) says “\(sentenceText)”: \(quote.phrase) \(quoted), but "
                  + "\(cellNames.joined(separator: " plus ")) (\(location)) is \(total). Check that the text and the "
                  + "table agree.")))
        }
      }
    }
    return findings
  }

  /// The sentences of a text: up to 。；！？ or a line end, without the end mark.
  static func sentences(of text: String) -> [Substring] {
    text.split { "。；！？;!?\n".contains($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
  }
}
