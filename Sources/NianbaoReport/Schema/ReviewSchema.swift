/// The `$defs` describing the document of a bulk review (see ``ReportReview/jsonValue``).
enum ReviewSchema {
  /// The definitions `reviewEntry` and `reviewDocument`.
  static func definitions() -> [JSONMember] {
    let optionalText = SchemaFragments.reference("optionalText")
    let count = JSONValue.object([JSONMember("type", .string("integer")), JSONMember("minimum", .integer(0))])
    let versions = FormatVersion.allCases.map { JSONValue.integer($0.rawValue) } + [.null]
    let entry = SchemaFragments.objectSchema([
      JSONMember("file", .object([JSONMember("type", .string("string"))])),
      JSONMember(ReportDocumentKey.organ.rawValue, optionalText),
      JSONMember(
        ReportDocumentKey.year.rawValue, .object([JSONMember("type", SchemaFragments.types("integer", "null"))])),
      JSONMember(ReportDocumentKey.formatVersion.rawValue, .object([JSONMember("enum", .array(versions))])),
      JSONMember("error", optionalText),
      JSONMember("summary", SchemaFragments.objectSchema(Severity.allCases.map { JSONMember($0.rawValue, count) })),
      JSONMember(
        "findings",
        .object([JSONMember("type", .string("array")), JSONMember("items", SchemaFragments.reference("finding"))])),
    ])
    let document = SchemaFragments.objectSchema([
      JSONMember(
        "files",
        .object([
          JSONMember("type", .string("array")), JSONMember("items", SchemaFragments.reference("reviewEntry")),
        ])),
      JSONMember(
        "summary",
        SchemaFragments.objectSchema(
          ["files", "clean", "warningsOnly", "withErrors", "unreadable"].map { JSONMember($0, count) })),
    ])
    return [JSONMember("reviewEntry", entry), JSONMember("reviewDocument", document)]
  }
}
