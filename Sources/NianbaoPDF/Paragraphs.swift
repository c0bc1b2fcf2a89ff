import Foundation

/// Body text: page furniture (headers, footers, page numbers) left out, lines joined into paragraphs.
enum Paragraphs {
  /// A body line and the page it is on (0-based).
  struct Line {
    var line: TextLine
    var page: Int
    var pageHeight: Double
    /// The number of tables that come before the line in the document (a table between two lines ends a
    /// paragraph).
    var tablesBefore: Int
  }

  /// The lines of one cell or paragraph joined: no space between lines, except between two Latin letters or
  /// digits (a Latin word wrapped at a space).
  static func join(_ lines: [TextLine]) -> String {
    var result = ""
    for line in lines {
      let text = line.text
      if let last = result.unicodeScalars.last, let first = text.unicodeScalars.first, isLatin(last), isLatin(first) {
        result.append(" ")
      }
      result += text
    }
    return result
  }

  /// The text of a table cell: its lines joined, with a line break where a line ends more than one and a half
  /// characters short of the cell's longest line (a paragraph ends there; wrapped lines fill the width).
  static func cellText(_ lines: [TextLine]) -> String {
    guard let right = lines.map(\.x1).max() else { return "" }
    var paragraphs: [[TextLine]] = [[]]
    for (number, line) in lines.enumerated() {
      paragraphs[paragraphs.count - 1].append(line)
      if number + 1 < lines.count, line.x1 < right - 1.5 * line.height / 1.3 { paragraphs.append([]) }
    }
    return paragraphs.map(join).joined(separator: "\n")
  }

  private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
  }

  /// Whether a line is a page number such as “-1-”, “— 2 —”, “3”, “第 4 页”, “Page 5” or “5 / 12”.
  static func isPageNumber(_ text: String) -> Bool {
    var string = String(text.lowercased().filter { !$0.isWhitespace })
    for word in ["page", "of", "第", "页", "共"] { string = string.replacingOccurrences(of: word, with: " ") }
    let stripped = string.filter { !"-—–_·.()（）/ ".contains($0) }
    return !stripped.isEmpty && stripped.allSatisfy { $0.isASCII && $0.isNumber } && stripped.count <= 8
  }

  /// The lines in a page's top or bottom margin (the outer 10%) that are page numbers, or that repeat on several
  /// pages at the same height (running headers and footers, digits ignored).
  static func furniture(_ lines: [Line]) -> Set<Int> {
    var dropped = Set<Int>()
    var seen: [String: Set<Int>] = [:]
    func key(_ line: Line) -> String {
      String(line.line.text.map { $0.isNumber ? "#" : $0 }) + "@" + String(Int(line.line.y0.rounded()))
    }
    func inMargin(_ line: Line) -> Bool {
      line.line.y1 < 0.1 * line.pageHeight || line.line.y0 > 0.9 * line.pageHeight
    }
    for line in lines where inMargin(line) { seen[key(line), default: []].insert(line.page) }
    for (number, line) in lines.enumerated() where inMargin(line) {
      if isPageNumber(line.line.text) || (seen[key(line)]?.count ?? 0) >= 2 { dropped.insert(number) }
    }
    return dropped
  }

  /// The paragraphs of the body lines, in document order. A line begins a paragraph when it is indented from the
  /// body's left edge, when the line before it ended short of the right edge (justified lines reach it), when the gap above it is wider than
  /// one and a half lines, when a table lies between them, or when the font size changes.
  static func paragraphs(_ all: [Line]) -> [String] {
    let dropped = furniture(all)
    let lines = all.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    guard !lines.isEmpty else { return [] }
    let left = mostCommon(lines.map(\.line.x0))
    let right = lines.map(\.line.x1).sorted()[lines.count * 3 / 4]
    var paragraphs: [[TextLine]] = []
    var previous: Line?
    for line in lines {
      let em = line.line.height / 1.3
      var starts = previous == nil
      if let previous {
        let gap = line.line.y0 - previous.line.y1
        starts =
          line.line.x0 > left + 0.8 * em || previous.line.x1 < right - 0.4 * em
          || (line.page == previous.page && gap > 1.5 * line.line.height) || line.tablesBefore != previous.tablesBefore
          || line.page == previous.page && gap < -0.5 * line.line.height
          || abs(line.line.height - previous.line.height) > 0.15 * max(line.line.height, previous.line.height)
      }
      if starts { paragraphs.append([]) }
      paragraphs[paragraphs.count - 1].append(line.line)
      previous = line
    }
    return paragraphs.map(join)
  }

  /// The most frequent value, rounded to a point (the left edge most lines begin at).
  private static func mostCommon(_ values: [Double]) -> Double {
    var counts: [Int: Int] = [:]
    for value in values { counts[Int(value.rounded()), default: 0] += 1 }
    let best = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
    return values.filter { Int($0.rounded()) == best }.min() ?? Double(best)
  }
}

extension String {
  /// The string without the leading and trailing characters that `isTrimmed` accepts.
  fileprivate func trimmingCharacters(_ isTrimmed: (Character) -> Bool) -> String {
    var slice = Substring(self)
    while let first = slice.first, isTrimmed(first) { slice.removeFirst() }
    while let last = slice.last, isTrimmed(last) { slice.removeLast() }
    return String(slice)
  }
}
