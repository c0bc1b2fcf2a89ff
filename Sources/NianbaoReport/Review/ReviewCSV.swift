/// A review as CSV: one row per finding, the file in the first column, for Excel and WPS.
///
/// The text is UTF-8 with a byte order mark (without it Excel reads Chinese as garbage), rows end in CRLF and
/// fields are quoted as RFC 4180 says. Columns: ``header``. A file that could not be read is one row with severity
/// `error`, rule `unreadable` and the reason as its message; a file without findings has no row. A text field
/// beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is preceded by `'` so that a spreadsheet shows it
/// rather than running it as a formula (organ names and cell texts come from the files reviewed); numbers are
/// written as they are.
public enum ReviewCSV {
  /// The byte order mark that starts the text.
  public static let byteOrderMark = "\u{FEFF}"

  /// The column names.
  public static let header = [
    "file", "organ", "year", "formatVersion", "severity", "rule", "kind", "table", "cell", "reference", "row",
    "column", "expected", "found", "message",
  ]

  /// The rule column of a file that could not be read.
  public static let unreadableRule = "unreadable"

  /// The whole text: byte order mark, header and one row per finding.
  public static func text(for entries: [ReviewEntry], language: Language) -> String {
    var text = byteOrderMark + line(header.map(Field.text))
    for entry in entries {
      for row in rows(for: entry, language: language) { text += line(row) }
    }
    return text
  }

  /// A field: text is protected against formula injection, numbers are not.
  enum Field {
    case text(String)
    case number(String)
  }

  /// The rows of one file.
  static func rows(for entry: ReviewEntry, language: Language) -> [[Field]] {
    let report = entry.report
    let head: [Field] = [
      .text(entry.file), .text(report?.organ ?? ""), .number(report?.year.map(String.init) ?? ""),
      .number(report.map { String($0.formatVersion.rawValue) } ?? ""),
    ]
    if let error = entry.readError {
      return [
        head + [.text(Severity.error.rawValue), .text(unreadableRule)] + Array(repeating: Field.text(""), count: 8)
          + [.text(error)]
      ]
    }
    return entry.findings.map { finding in
      head + [
        .text(finding.severity.rawValue), .text(finding.rule.rawValue), .text(finding.kind.rawValue),
        .text(finding.table?.rawValue ?? ""), .text(finding.keyPath?.description ?? ""),
        .text(finding.location?.description ?? ""), .text(finding.row ?? ""), .text(finding.column ?? ""),
        .number(finding.expected?.description ?? ""), .number(finding.found?.description ?? ""),
        .text(finding.message(in: language)),
      ]
    }
  }

  /// One record with its CRLF.
  static func line(_ fields: [Field]) -> String {
    fields.map(encode).joined(separator: ",") + "\r\n"
  }

  /// One field, protected and quoted as needed.
  static func encode(_ field: Field) -> String {
    var value: String
    switch field {
    case .number(let number): value = number
    case .text(let text):
      value = text
      if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
        value = "'" + text
      }
    }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
