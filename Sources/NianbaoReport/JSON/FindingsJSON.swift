/// Findings as JSON: each finding an object, and a findings document for one report.
///
/// A finding object has the keys `rule`, `severity`, `kind`, `table` (二/三/四 or null), `cell`
/// (the key path or null), `row`, `column`, `reference` (e.g. `'表三'!J12`, or null),
/// `expected`, `found` (numbers or null), `cells` (key paths), `cellText` (or null) and
/// `message` (`zh`, `en`), always in that order. A findings document has `formatVersion`,
/// `organ`, `year` (those of the report checked), `summary` (the number of findings per
/// severity) and `findings`. The JSON Schema defines both under `$defs` (`finding`,
/// `findingsDocument`).
extension Finding {
  /// The finding as a JSON object.
  public var jsonValue: JSONValue {
    func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    return .object([
      JSONMember("rule", .string(rule.rawValue)),
      JSONMember("severity", .string(severity.rawValue)),
      JSONMember("kind", .string(kind.rawValue)),
      JSONMember("table", optional(table?.rawValue)),
      JSONMember("cell", optional(keyPath?.description)),
      JSONMember("row", optional(row)),
      JSONMember("column", optional(column)),
      JSONMember("reference", optional(location?.description)),
      JSONMember("expected", expected?.jsonValue ?? .null),
      JSONMember("found", found?.jsonValue ?? .null),
      JSONMember("cells", .array(cells.map { .string($0.description) })),
      JSONMember("cellText", optional(cellText)),
      JSONMember(
        "message",
        .object(Language.allCases.map { JSONMember($0.rawValue, .string(message[$0])) })),
    ])
  }
}

/// The findings document of one report.
public enum FindingsDocument {
  /// The document for `findings` about `report`.
  public static func json(for report: Report, findings: [Finding]) -> JSONValue {
    .object([
      JSONMember(ReportDocumentKey.formatVersion.rawValue, .integer(report.formatVersion.rawValue)),
      JSONMember(ReportDocumentKey.organ.rawValue, report.organ.map(JSONValue.string) ?? .null),
      JSONMember(ReportDocumentKey.year.rawValue, report.year.map(JSONValue.integer) ?? .null),
      JSONMember(
        "summary",
        .object(
          Severity.allCases.map { severity in
            JSONMember(severity.rawValue, .integer(findings.filter { $0.severity == severity }.count))
          })),
      JSONMember("findings", .array(findings.map(\.jsonValue))),
    ])
  }

  /// The document text (pretty-printed, trailing newline).
  public static func text(for report: Report, findings: [Finding]) -> String {
    json(for: report, findings: findings).prettyPrinted()
  }
}
