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
  struct Quote: Sendable {
    /// The phrase and its number.
    let pattern: PhrasePattern
    /// The cells whose values add up to the count.
    let cells: [ReportKeyPath]
    /// The phrase, in words, for messages.
    let phrase: String
    /// Words that make a sentence ambiguous for this count.
    let excluded: [[Unicode.Scalar]]

    init(_ parts: [PhrasePattern.Part], cells: [String], phrase: String, excluded: [String]) {
      pattern = PhrasePattern(parts)
      self.cells = cells.map { ReportKeyPath(parsing: $0) }
      self.phrase = phrase
      self.excluded = excluded.map { Array($0.unicodeScalars) }
    }
  }

  /// The counts checked, with the cells they are compared with (the same in both versions).
  static let quotes: [Quote] = {
    let total: PhrasePattern.Part = .oneOf(["共", "共计", "总计", "合计"], optional: true)
    let unit: PhrasePattern.Part = .oneOf(["件", "起"], optional: false)
    return [
      Quote(
        [
          .oneOf(["收到", "受理", "新收"], optional: false), .oneOf(["政府信息公开", "依申请公开"], optional: true),
          .oneOf(["申请"], optional: false), total, .number, .oneOf(["件"], optional: false),
        ],
        cells: ["applications.newlyReceived.total"], phrase: "收到申请", excluded: ["上年结转", "结转"]),
      Quote(
        [
          .oneOf(["办结"], optional: false), .oneOf(["政府信息公开申请", "申请"], optional: true), total, .number,
          .oneOf(["件"], optional: false),
        ],
        cells: ["applications.outcomes.total.total"], phrase: "办结", excluded: ["上年结转"]),
      Quote(
        [
          .oneOf(["结转"], optional: false), .oneOf(["至", "到"], optional: true), .oneOf(["下"], optional: false),
          .oneOf(["一"], optional: true), .oneOf(["年"], optional: false), .oneOf(["度"], optional: true),
          .oneOf(["继续办理"], optional: true), .oneOf(["共", "共计"], optional: true), .number,
          .oneOf(["件"], optional: false),
        ],
        cells: ["applications.carriedForward.total"], phrase: "结转下年度", excluded: ["上年结转"]),
      Quote(
        [
          .oneOf(["行政复议"], optional: false), .oneOf(["案件"], optional: true),
          .oneOf(["共", "共计", "合计"], optional: true), .number, unit,
        ],
        cells: ["appeals.administrativeReview.total"], phrase: "行政复议", excluded: ["复议后"]),
      Quote(
        [
          .oneOf(["行政诉讼"], optional: false), .oneOf(["案件"], optional: true),
          .oneOf(["共", "共计", "合计"], optional: true), .number, unit,
        ],
        cells: ["appeals.litigationWithoutReview.total", "appeals.litigationAfterReview.total"], phrase: "行政诉讼",
        excluded: ["复议后起诉", "直接起诉"]),
    ]
  }()

  /// Every count quoted in the text that disagrees with its table cell(s).
  static func findings(_ report: Report, locations: [ReportKeyPath: SourceLocation]) -> [Finding] {
    let quoting = TextSection.allCases.filter { section in
      report.text[section].map(mayQuoteACount) ?? false
    }
    guard !quoting.isEmpty else { return [] }
    var findings: [Finding] = []
    for section in quoting {
      guard let text = report.text[section] else { continue }
      for sentence in sentences(of: text) where mayQuoteACount(sentence) {
        let compact = compactScalars(of: sentence)
        for quote in quotes where !quote.excluded.contains(where: { occurs($0, in: compact) }) {
          let matches = quote.pattern.matches(in: compact)
          guard matches.count == 1, let quoted = Int(matches[0].digits) else { continue }
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

  /// Whether a text holds 件 or 起, which every counted phrase ends with.
  static func mayQuoteACount<S: StringProtocol>(_ text: S) -> Bool {
    text.unicodeScalars.contains { $0 == "件" || $0 == "起" }
  }

  /// Whether `word` occurs in `text`.
  static func occurs(_ word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
    guard !word.isEmpty, word.count <= text.count else { return word.isEmpty }
    return (0...(text.count - word.count)).contains { text[$0...].starts(with: word) }
  }

  /// A sentence in compatibility form (full-width digits made ASCII) without white space, as scalars.
  static func compactScalars(of sentence: Substring) -> [Unicode.Scalar] {
    String(sentence).precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
  }

  /// The sentences of a text: up to 。；！？ or a line end, without the end mark.
  static func sentences(of text: String) -> [Substring] {
    text.unicodeScalars.split(whereSeparator: isSentenceEnd).filter { !$0.allSatisfy(\.properties.isWhitespace) }
      .map { Substring($0) }
  }

  /// Whether a scalar ends a sentence (。；！？ in either width, or a line end).
  private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "；", "！", "？", ";", "!", "?", "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}": true
    default: false
    }
  }
}
