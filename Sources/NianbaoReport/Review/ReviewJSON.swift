/// A review as one JSON document.
///
/// The document has `files`, one object per file in the order given, and `summary`. A file object has `file` (the
/// path as given), `organ`, `year`, `formatVersion` (all `null` for a file that could not be read), `error` (why it
/// could not be read, or `null`), `summary` (the number of findings per severity) and `findings` (each as in a
/// findings document, see ``Finding/jsonValue``), in that order. The document's `summary` counts the files:
/// `files`, `clean` (no error, no warning), `warningsOnly`, `withErrors` and `unreadable`. The JSON Schema defines
/// it under `$defs` (`reviewEntry`, `reviewDocument`).
extension ReportReview {
  /// The document.
  public var jsonValue: JSONValue {
    .object([
      JSONMember("files", .array(entries.map(\.jsonValue))),
      JSONMember(
        "summary",
        .object([
          JSONMember("files", .integer(entries.count)),
          JSONMember("clean", .integer(cleanCount)),
          JSONMember("warningsOnly", .integer(warningOnlyCount)),
          JSONMember("withErrors", .integer(brokenCount)),
          JSONMember("unreadable", .integer(unreadableCount)),
        ])),
    ])
  }
}

extension ReviewEntry {
  /// The file's object in the review document.
  public var jsonValue: JSONValue {
    let report = self.report
    return .object([
      JSONMember("file", .string(file)),
      JSONMember(ReportDocumentKey.organ.rawValue, report?.organ.map(JSONValue.string) ?? .null),
      JSONMember(ReportDocumentKey.year.rawValue, report?.year.map(JSONValue.integer) ?? .null),
      JSONMember(
        ReportDocumentKey.formatVersion.rawValue, report.map { .integer($0.formatVersion.rawValue) } ?? .null),
      JSONMember("error", readError.map(JSONValue.string) ?? .null),
      JSONMember(
        "summary", .object(Severity.allCases.map { JSONMember($0.rawValue, .integer(count($0))) })),
      JSONMember("findings", .array(findings.map(\.jsonValue))),
    ])
  }
}
