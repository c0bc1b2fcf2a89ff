/// Report ⇄ canonical JSON (shared/spec/model.md).
///
/// Encoding writes every key of the report's version, `null` for blanks, with the top-level
/// keys `formatVersion`, `organ`, `year`, `text`, `proactive`, `applications`, `appeals` and the
/// table keys in the layout's declared order. Decoding accepts exactly that shape (in any
/// member order) and throws a ``ReportError`` naming the first offending key path otherwise:
/// unknown or missing keys, wrong types, negative or fractional counts, out-of-range numbers.
extension Report {
  /// The canonical JSON value of the report.
  public var jsonValue: JSONValue {
    var members: [JSONMember] = []
    for key in ReportDocumentKey.allCases {
      switch key {
      case .formatVersion: members.append(JSONMember(key.rawValue, .integer(formatVersion.rawValue)))
      case .organ: members.append(JSONMember(key.rawValue, organ.map(JSONValue.string) ?? .null))
      case .year: members.append(JSONMember(key.rawValue, year.map(JSONValue.integer) ?? .null))
      case .text:
        let sections = TextSection.allCases.map { JSONMember($0.key, text[$0].map(JSONValue.string) ?? .null) }
        members.append(JSONMember(key.rawValue, .object(sections)))
      }
    }
    for table in layout.tables {
      members.append(JSONMember(table.jsonKey, encode(table.keyTree)))
    }
    return .object(members)
  }

  /// The canonical JSON document text (pretty-printed, trailing newline).
  public func jsonText() -> String { jsonValue.prettyPrinted() }

  /// The canonical JSON document as UTF-8 bytes, ready to be written to a file.
  public func jsonUTF8() -> [UInt8] { jsonValue.prettyPrintedUTF8() }

  private func encode(_ tree: KeyTree) -> JSONValue {
    switch tree {
    case .value(let slot): self[slot.keyPath]?.jsonValue ?? .null
    case .object(let members): .object(members.map { JSONMember($0.key, encode($0.tree)) })
    }
  }

  /// Decodes a report document.
  public init(json: JSONValue) throws(ReportError) {
    let root = ReportKeyPath([])
    guard case .object(let members) = json else {
      throw .wrongType(path: root, expected: "an object", found: json.briefDescription)
    }
    let versionKey = ReportKeyPath([ReportDocumentKey.formatVersion.rawValue])
    guard let versionValue = json[ReportDocumentKey.formatVersion.rawValue] else {
      throw .missingKey(path: versionKey)
    }
    guard case .number(let versionNumber) = versionValue else {
      throw .wrongType(path: versionKey, expected: "the number 2019 or 2021", found: versionValue.briefDescription)
    }
    guard let version = versionNumber.intValue.flatMap(FormatVersion.init(rawValue:)) else {
      throw .unsupportedFormatVersion(found: versionNumber.text)
    }
    self.init(formatVersion: version)
    let expectedKeys = ReportDocumentKey.allKeys(of: layout)
    try Self.checkKeys(members, expected: expectedKeys, at: root)
    for key in ReportDocumentKey.allCases {
      let path = root.appending(key.rawValue)
      let value = json[key.rawValue]!
      switch key {
      case .formatVersion: break
      case .organ: organ = try Self.optionalString(value, at: path)
      case .year:
        if let number = try Self.optionalNumber(value, at: path, expected: "a year (a whole number) or null") {
          guard let year = number.intValue, ReportDocumentKey.yearRange.contains(year) else {
            throw number.decimal.isInteger
              ? .valueOutOfRange(path: path, value: number.text) : .notAWholeNumber(path: path, value: number.text)
          }
          self.year = year
        }
      case .text:
        guard case .object(let sectionMembers) = value else {
          throw .wrongType(path: path, expected: "an object", found: value.briefDescription)
        }
        try Self.checkKeys(sectionMembers, expected: TextSection.allCases.map(\.key), at: path)
        for section in TextSection.allCases {
          text[section] = try Self.optionalString(value[section.key]!, at: path.appending(section.key))
        }
      }
    }
    for table in layout.tables {
      try decode(json[table.jsonKey]!, as: table.keyTree, at: root.appending(table.jsonKey))
    }
  }

  /// Parses and decodes a report document.
  public init(jsonText: String) throws(ReportError) {
    let value: JSONValue
    do {
      value = try JSONValue.parse(jsonText)
    } catch {
      throw .invalidJSON(error)
    }
    try self.init(json: value)
  }

  /// Parses and decodes a UTF-8 report document.
  public init(jsonBytes: some Collection<UInt8>) throws(ReportError) {
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes: jsonBytes)
    } catch {
      throw .invalidJSON(error)
    }
    try self.init(json: value)
  }

  private mutating func decode(_ value: JSONValue, as tree: KeyTree, at path: ReportKeyPath) throws(ReportError) {
    switch tree {
    case .object(let expected):
      guard case .object(let members) = value else {
        throw .wrongType(path: path, expected: "an object", found: value.briefDescription)
      }
      try Self.checkKeys(members, expected: expected.map(\.key), at: path)
      for member in expected {
        try decode(value[member.key]!, as: member.tree, at: path.appending(member.key))
      }
    case .value(let slot):
      try set(Self.decodeValue(value, kind: slot.kind, at: path), at: slot.keyPath)
    }
  }

  private static func decodeValue(_ value: JSONValue, kind: ValueKind, at path: ReportKeyPath) throws(ReportError)
    -> ReportValue?
  {
    guard let number = try optionalNumber(value, at: path, expected: ReportError.phrase(for: kind)) else {
      return nil
    }
    let decimal = number.decimal
    if decimal.isNegative, kind != .signedCount { throw .negativeValue(path: path, value: number.text) }
    switch kind {
    case .count, .signedCount:
      guard decimal.isInteger else { throw .notAWholeNumber(path: path, value: number.text) }
      guard let integer = decimal.intValue, ReportValue.count(integer).fits(kind) else {
        throw .valueOutOfRange(path: path, value: number.text)
      }
      return .count(integer)
    case .amount:
      guard let amount = Amount(number) else { throw .valueOutOfRange(path: path, value: number.text) }
      return .amount(amount)
    }
  }

  private static func checkKeys(_ members: [JSONMember], expected: [String], at path: ReportKeyPath)
    throws(ReportError)
  {
    for member in members where !expected.contains(member.key) {
      throw .unknownKey(path: path.appending(member.key))
    }
    for key in expected where !members.contains(where: { $0.key == key }) {
      throw .missingKey(path: path.appending(key))
    }
  }

  private static func optionalString(_ value: JSONValue, at path: ReportKeyPath) throws(ReportError) -> String? {
    switch value {
    case .null: return nil
    case .string(let string): return string
    default: throw .wrongType(path: path, expected: "a string or null", found: value.briefDescription)
    }
  }

  private static func optionalNumber(_ value: JSONValue, at path: ReportKeyPath, expected: String)
    throws(ReportError) -> JSONNumber?
  {
    switch value {
    case .null: return nil
    case .number(let number): return number
    default: throw .wrongType(path: path, expected: expected, found: value.briefDescription)
    }
  }
}
