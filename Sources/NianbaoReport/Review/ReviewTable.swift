/// A review's summary for people: one line per file, worst first (``ReportReview/worstFirst``), columns aligned
/// for a terminal (a Chinese character is two columns wide), then a closing line counting the files.
///
/// Columns: file, organ, year, version, errors, warnings, and the first error in words (for a file that could not
/// be read: why).
public enum ReviewTable {
  /// The column headings in a language.
  public static func headings(_ language: Language) -> [String] {
    switch language {
    case .chinese: ["文件", "机关", "年度", "版本", "错误", "警告", "首个错误"]
    case .english: ["file", "organ", "year", "version", "errors", "warnings", "first error"]
    }
  }

  /// The cells of one file's line.
  public static func cells(_ entry: ReviewEntry, language: Language) -> [String] {
    let report = entry.report
    let unknown = "-"
    if let error = entry.readError {
      let prefix = language == .chinese ? "无法读取：" : "unreadable: "
      return [entry.file, unknown, unknown, unknown, unknown, unknown, prefix + error].map(flatten)
    }
    return [
      entry.file, report?.organ ?? unknown, report?.year.map(String.init) ?? unknown,
      report.map { String($0.formatVersion.rawValue) } ?? unknown, String(entry.count(.error)),
      String(entry.count(.warning)), entry.firstError?.message(in: language) ?? "",
    ].map(flatten)
  }

  /// The whole table with its heading line and the closing count, each line ending in a newline.
  public static func text(for review: ReportReview, language: Language) -> String {
    let rows = [headings(language)] + review.worstFirst.map { cells($0, language: language) }
    let widths = (0..<headings(language).count).map { column in
      rows.map { DisplayWidth.units(of: $0[column]) }.max() ?? 0
    }
    var text = ""
    for row in rows {
      var line = ""
      for (column, cell) in row.enumerated() {
        let isLast = column == row.count - 1
        let padding = String(repeating: " ", count: Int(widths[column] - DisplayWidth.units(of: cell)))
        let numeric = (2...5).contains(column)
        line += isLast ? cell : (numeric ? padding + cell : cell + padding) + "  "
      }
      while line.last == " " { line.removeLast() }
      text += line + "\n"
    }
    return text + closing(review, language: language) + "\n"
  }

  /// The line counting the files.
  public static func closing(_ review: ReportReview, language: Language) -> String {
    switch language {
    case .chinese:
      return "共 \(review.entries.count) 个文件：\(review.cleanCount) 个无错误和警告，\(review.warningOnlyCount) 个仅有警告，"
        + "\(review.brokenCount) 个有错误，\(review.unreadableCount) 个无法读取。"
    case .english:
      return
        "\(review.entries.count) files: \(review.cleanCount) clean, \(review.warningOnlyCount) with warnings only, "
        + "\(review.brokenCount) with errors, \(review.unreadableCount) unreadable."
    }
  }

  /// A cell on one line: line breaks and tabs become spaces.
  private static func flatten(_ text: String) -> String {
    String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }
}
