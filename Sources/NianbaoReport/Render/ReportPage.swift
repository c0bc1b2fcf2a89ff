/// A report as one self-contained, print-friendly HTML page: no script, no external resource, the style sheet
/// inside.
///
/// The page is plain and semantic so that it can be read back: the title (“<organ><year>年政府信息公开工作年度报告”)
/// in `<h1>`; each of the six parts under an `<h2>` worded as the official skeleton (一、总体情况, then the three
/// tables' titles, 五、存在的主要问题及改进情况, 六、其他需要报告的事项), each in a `<section>` whose `id` is its key
/// (`overview`, `proactive`, `applications`, `appeals`, `problems`, `other`); a text section's lines as one `<p>` each
/// (a section that is `null` has none, an empty one a single empty `<p>`); each table as ``HTMLTable`` writes it.
/// Findings, when given, mark their cells and are listed under their table or section in an `<aside
/// class="findings">`, each linking to its cell; without findings the page is the clean one to publish. Every
/// value from the report is escaped; the page is well-formed XML as well as HTML.
public enum ReportPage {
  /// The page of `report`, marking and listing `findings` (none: the clean page), messages in `language`.
  public static func html(for report: Report, findings: [Finding] = [], language: Language = .chinese) -> String {
    let marks = CellMarks(findings: findings, layout: report.layout, language: language)
    let title = self.title(of: report)
    var html = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(HTMLEscaping.escape(title))</title>
      <style>
      \(PageStyle.css)
      </style>
      </head>
      <body>
      <article>
      <h1>\(HTMLEscaping.escape(title))</h1>

      """
    html += textSection(.overview, report: report, marks: marks, language: language)
    for table in report.layout.tables {
      html += "<section class=\"table\" id=\"\(CellMarks.anchor(of: table.id))\">\n"
      html += "<h2>\(HTMLEscaping.escape(table.title.text))</h2>\n"
      html += "<div class=\"table-wrap\">\n" + HTMLTable.markup(table, report: report, marks: marks) + "</div>\n"
      html += findingList(marks.listed[.table(table.id)] ?? [], language: language)
      html += "</section>\n"
    }
    html += textSection(.problems, report: report, marks: marks, language: language)
    html += textSection(.other, report: report, marks: marks, language: language)
    html += findingList(marks.listed[.document] ?? [], language: language)
    return html + "</article>\n</body>\n</html>\n"
  }

  /// The page's style sheet (what its `<style>` holds), for showing the page's body inside another page.
  public static var styleSheet: String { PageStyle.css }

  /// The page's title: “<organ><year>年政府信息公开工作年度报告”, leaving out what is unknown.
  public static func title(of report: Report) -> String {
    ReportTitle.text(organ: report.organ, year: report.year)
      ?? (report.organ ?? "") + (report.year.map(String.init) ?? "")
      + (report.year == nil ? String(ReportTitle.suffix.dropFirst()) : ReportTitle.suffix)
  }

  /// A text section: its heading and one paragraph per line.
  static func textSection(_ section: TextSection, report: Report, marks: CellMarks, language: Language) -> String {
    var html =
      "<section id=\"\(CellMarks.anchor(of: section))\">\n<h2>\(HTMLEscaping.escape(section.title.text))</h2>\n"
    if let text = report.text[section] {
      for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        html += "<p>\(HTMLEscaping.escape(String(line)))</p>\n"
      }
    }
    html += findingList(marks.listed[.section(section)] ?? [], language: language)
    return html + "</section>\n"
  }

  /// The list of findings under a table or section (nothing when there are none).
  static func findingList(_ findings: [Finding], language: Language) -> String {
    guard !findings.isEmpty else { return "" }
    let heading = language == .chinese ? "检查发现（\(findings.count) 条）" : "Findings (\(findings.count))"
    var html = "<aside class=\"findings\">\n<h3>\(heading)</h3>\n<ol>\n"
    for finding in findings {
      let label = "\(severityWord(finding.severity, language)) [\(finding.rule.rawValue)]"
      let link = anchor(of: finding).map { "<a href=\"#\(HTMLEscaping.escape($0))\">\(label)</a>" } ?? label
      html +=
        "<li class=\"\(finding.severity.rawValue)\">\(link) \(HTMLEscaping.escape(finding.message(in: language)))</li>\n"
    }
    return html + "</ol>\n</aside>\n"
  }

  /// The `id` of the element of the page a finding is about: its cell (`cell-` and the key path), else its table's
  /// or text section's `section`; `nil` for a finding about the whole document.
  public static func anchor(of finding: Finding) -> String? {
    switch CellMarks.place(of: finding) {
    case .table(let table): finding.keyPath.map(CellMarks.anchor(of:)) ?? CellMarks.anchor(of: table)
    case .section(let section): CellMarks.anchor(of: section)
    case .document: nil
    }
  }

  /// A severity in words.
  static func severityWord(_ severity: Severity, _ language: Language) -> String {
    switch (severity, language) {
    case (.error, .chinese): "错误"
    case (.warning, .chinese): "警告"
    case (.info, .chinese): "提示"
    case (_, .english): severity.rawValue
    }
  }
}
