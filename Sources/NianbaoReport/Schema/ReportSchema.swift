import Foundation

/// The JSON Schema (draft 2020-12) of the canonical report document, generated from the
/// layouts, and the copy committed as `Schema/nianbao.schema.json`.
///
/// Shape: the root is `oneOf` the two versions (`$defs/report2019`, `$defs/report2021`),
/// told apart by `formatVersion`'s `const`. Every object lists every key as required and
/// forbids others. Counts are `["integer", "null"]` with minimum 0 and maximum 2^53 − 1, the
/// 2019 change is signed, amounts are numbers ≥ 0 or null. A table identical in both versions
/// (四) has one definition; table 三's row object (the seven applicant columns) is
/// `$defs/applicationsRow`. `$defs/findingsDocument` describes the findings documents.
public enum ReportSchema {
  /// The dialect URI.
  public static let dialect = "https://json-schema.org/draft/2020-12/schema"

  /// The committed schema's resource name inside the module bundle.
  public static let resourceName = "nianbao.schema"

  /// The schema, generated from the layouts.
  public static func generate() -> JSONValue {
    var builder = Builder()
    return builder.document()
  }

  /// The generated schema as committed text (pretty-printed, trailing newline).
  public static func generatedText() -> String { generate().prettyPrinted() }

  /// The text of the schema file bundled with the module (the committed copy).
  public static func bundledText() throws -> String {
    guard let url = Bundle.module.url(forResource: resourceName, withExtension: "json") else {
      throw CocoaError(.fileNoSuchFile)
    }
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// A validator for the generated schema.
  public static func validator() -> SchemaValidator {
    // The generated schema only uses supported keywords; a failure here is a programming error.
    try! SchemaValidator(schema: generate())
  }

  private struct Builder {
    let layouts = FormatVersion.allCases.map(\.layout)

    mutating func document() -> JSONValue {
      var definitions: [JSONMember] = []
      for kind in ValueKind.allCases {
        definitions.append(JSONMember(kind.rawValue, valueSchema(kind)))
      }
      definitions.append(
        JSONMember("optionalText", .object([JSONMember("type", SchemaFragments.types("string", "null"))])))
      definitions.append(JSONMember("text", textSchema()))
      for layout in layouts {
        definitions.append(JSONMember(reportName(layout.version), reportSchema(layout)))
      }
      var emitted: Set<String> = []
      for layout in layouts {
        for table in layout.tables {
          if let rowName = rowDefinitionName(table.id, version: layout.version), emitted.insert(rowName).inserted {
            definitions.append(JSONMember(rowName, rowSchema(table)!))
          }
          let name = tableDefinitionName(table.id, version: layout.version)
          if emitted.insert(name).inserted {
            definitions.append(JSONMember(name, tableSchema(table, version: layout.version)))
          }
        }
      }
      definitions += FindingsSchema.definitions()
      definitions += ReviewSchema.definitions()
      return .object([
        JSONMember("$schema", .string(ReportSchema.dialect)),
        JSONMember("title", .string("政府信息公开工作年度报告 (nianbao canonical JSON)")),
        JSONMember(
          "description",
          .string(
            "One annual government-information-disclosure report. Generated from the official layouts; "
              + "every key is required and null marks a blank cell.")),
        JSONMember("oneOf", .array(layouts.map { SchemaFragments.reference(reportName($0.version)) })),
        JSONMember("$defs", .object(definitions)),
      ])
    }

    func reportName(_ version: FormatVersion) -> String { "report\(version.rawValue)" }

    /// The table's definition name: shared when both versions declare the same table.
    func tableDefinitionName(_ id: TableID, version: FormatVersion) -> String {
      let tables = layouts.map { $0.table(id) }
      return tables.allSatisfy { $0 == tables[0] } ? id.jsonKey : id.jsonKey + String(version.rawValue)
    }

    /// The row object's definition name for a matrix table with row headers: shared when both
    /// versions have the same row object.
    func rowDefinitionName(_ id: TableID, version: FormatVersion) -> String? {
      guard let own = rowSchema(version.layout.table(id)) else { return nil }
      let all = layouts.compactMap { rowSchema($0.table(id)) }
      return all.allSatisfy { $0 == own } ? id.jsonKey + "Row" : id.jsonKey + "Row" + String(version.rawValue)
    }

    /// The key paths of a matrix table's row objects.
    func rowPaths(_ table: TableLayout) -> [ReportKeyPath] {
      guard case .matrix(let matrix) = table.structure, !matrix.rows.isEmpty else { return [] }
      return matrix.rowPaths.map { ReportKeyPath([table.jsonKey]).appending(HeaderNode.keyPath(of: $0)) }
    }

    /// The schema of one row object of a matrix table with row headers.
    func rowSchema(_ table: TableLayout) -> JSONValue? {
      guard let first = rowPaths(table).first else { return nil }
      let tree = KeyTree(slots: table.slots, under: first)
      return SchemaFragments.objectSchema(
        tree.members.map { member -> JSONMember in
          guard case .value(let slot) = member.tree else { preconditionFailure("row objects hold values") }
          return JSONMember(
            member.key, SchemaFragments.described(SchemaFragments.reference(slot.kind.rawValue), slot.columnLabel))
        })
    }

    func tableSchema(_ table: TableLayout, version: FormatVersion) -> JSONValue {
      let rowName = rowDefinitionName(table.id, version: version)
      let rows = Set(rowPaths(table))
      func schema(_ tree: KeyTree, at path: ReportKeyPath) -> JSONValue {
        if let rowName, rows.contains(path) {
          let label = table.slots.first { $0.keyPath.hasPrefix(path) }!.rowLabel
          return SchemaFragments.described(SchemaFragments.reference(rowName), label)
        }
        switch tree {
        case .value(let slot):
          return SchemaFragments.described(
            SchemaFragments.reference(slot.kind.rawValue), slot.rowLabel + " × " + slot.columnLabel)
        case .object(let members):
          return SchemaFragments.objectSchema(
            members.map { JSONMember($0.key, schema($0.tree, at: path.appending($0.key))) })
        }
      }
      let body = schema(table.keyTree, at: ReportKeyPath([table.jsonKey]))
      guard case .object(let members) = body else { return body }
      return .object([JSONMember("title", .string(table.title.text))] + members)
    }

    func reportSchema(_ layout: ReportLayout) -> JSONValue {
      var properties: [JSONMember] = []
      for key in ReportDocumentKey.allCases {
        switch key {
        case .formatVersion:
          properties.append(JSONMember(key.rawValue, .object([JSONMember("const", .integer(layout.version.rawValue))])))
        case .organ:
          properties.append(JSONMember(key.rawValue, SchemaFragments.reference("optionalText")))
        case .year:
          properties.append(
            JSONMember(
              key.rawValue,
              .object([
                JSONMember("type", SchemaFragments.types("integer", "null")),
                JSONMember("minimum", .integer(ReportDocumentKey.yearRange.lowerBound)),
                JSONMember("maximum", .integer(ReportDocumentKey.yearRange.upperBound)),
              ])))
        case .text:
          properties.append(JSONMember(key.rawValue, SchemaFragments.reference("text")))
        }
      }
      for table in layout.tables {
        properties.append(
          JSONMember(table.jsonKey, SchemaFragments.reference(tableDefinitionName(table.id, version: layout.version))))
      }
      return SchemaFragments.objectSchema(properties)
    }

    func textSchema() -> JSONValue {
      SchemaFragments.objectSchema(
        TextSection.allCases.map {
          JSONMember($0.key, SchemaFragments.described(SchemaFragments.reference("optionalText"), $0.title.text))
        })
    }

    func valueSchema(_ kind: ValueKind) -> JSONValue {
      switch kind {
      case .count:
        .object([
          JSONMember("type", SchemaFragments.types("integer", "null")), JSONMember("minimum", .integer(0)),
          JSONMember("maximum", .integer(ReportValue.maximumCount)),
        ])
      case .signedCount:
        .object([
          JSONMember("type", SchemaFragments.types("integer", "null")),
          JSONMember("minimum", .integer(-ReportValue.maximumCount)),
          JSONMember("maximum", .integer(ReportValue.maximumCount)),
        ])
      case .amount:
        .object([JSONMember("type", SchemaFragments.types("number", "null")), JSONMember("minimum", .integer(0))])
      }
    }
  }
}

/// Building blocks of the generated schemas.
enum SchemaFragments {
  /// A `type` keyword with several types.
  static func types(_ names: String...) -> JSONValue { .array(names.map(JSONValue.string)) }

  /// A `$ref` to a definition.
  static func reference(_ definition: String) -> JSONValue {
    .object([JSONMember("$ref", .string("#/$defs/" + definition))])
  }

  /// A schema with a `description` added.
  static func described(_ schema: JSONValue, _ description: String) -> JSONValue {
    guard case .object(let members) = schema else { return schema }
    return .object(members + [JSONMember("description", .string(description))])
  }

  /// A closed object schema requiring every property.
  static func objectSchema(_ properties: [JSONMember]) -> JSONValue {
    .object([
      JSONMember("type", .string("object")),
      JSONMember("properties", .object(properties)),
      JSONMember("required", .array(properties.map { .string($0.key) })),
      JSONMember("additionalProperties", .bool(false)),
    ])
  }
}
