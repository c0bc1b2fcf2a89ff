/// The `$defs` describing findings documents (see ``FindingsDocument``), generated from the
/// enumerations the findings use.
enum FindingsSchema {
  /// The definitions `finding` and `findingsDocument`.
  static func definitions() -> [JSONMember] {
    let optionalText = SchemaFragments.reference("optionalText")
    let optionalNumber = JSONValue.object([JSONMember("type", SchemaFragments.types("number", "null"))])
    let finding = SchemaFragments.objectSchema([
      JSONMember("rule", enumeration(RuleID.allCases.map { .string($0.rawValue) })),
      JSONMember("severity", enumeration(Severity.allCases.map { .string($0.rawValue) })),
      JSONMember("kind", enumeration(FindingKind.allCases.map { .string($0.rawValue) })),
      JSONMember("table", enumeration(TableID.allCases.map { .string($0.rawValue) } + [.null])),
      JSONMember("cell", optionalText),
      JSONMember("row", optionalText),
      JSONMember("column", optionalText),
      JSONMember("reference", optionalText),
      JSONMember("expected", optionalNumber),
      JSONMember("found", optionalNumber),
      JSONMember(
        "cells",
        .object([
          JSONMember("type", .string("array")),
          JSONMember("items", .object([JSONMember("type", .string("string"))])),
        ])),
      JSONMember("cellText", optionalText),
      JSONMember(
        "message",
        SchemaFragments.objectSchema(
          Language.allCases.map { JSONMember($0.rawValue, .object([JSONMember("type", .string("string"))])) })),
    ])
    let count = JSONValue.object([JSONMember("type", .string("integer")), JSONMember("minimum", .integer(0))])
    let document = SchemaFragments.objectSchema([
      JSONMember(
        ReportDocumentKey.formatVersion.rawValue, enumeration(FormatVersion.allCases.map { .integer($0.rawValue) })),
      JSONMember(ReportDocumentKey.organ.rawValue, optionalText),
      JSONMember(
        ReportDocumentKey.year.rawValue, .object([JSONMember("type", SchemaFragments.types("integer", "null"))])),
      JSONMember("summary", SchemaFragments.objectSchema(Severity.allCases.map { JSONMember($0.rawValue, count) })),
      JSONMember(
        "findings",
        .object([JSONMember("type", .string("array")), JSONMember("items", SchemaFragments.reference("finding"))])),
    ])
    return [JSONMember("finding", finding), JSONMember("findingsDocument", document)]
  }

  private static func enumeration(_ values: [JSONValue]) -> JSONValue {
    .object([JSONMember("enum", .array(values))])
  }
}
