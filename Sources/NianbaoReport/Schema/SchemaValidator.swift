/// Why a schema cannot be used by ``SchemaValidator``.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problem, naming the schema location.
  public let message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  /// The problem.
  public var description: String { message }
}

/// A place where a JSON instance breaks its schema.
public struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
  /// The instance location as keys (array indices in decimal), e.g.
  /// `applications.newlyReceived.total`.
  public let path: ReportKeyPath
  /// The keyword that failed (`type`, `required`, `additionalProperties`, `minimum`, …).
  public let keyword: String
  /// What is wrong, in a plain sentence that names the path.
  public let message: String

  /// Creates a violation.
  public init(path: ReportKeyPath, keyword: String, message: String) {
    self.path = path
    self.keyword = keyword
    self.message = message
  }

  /// The message.
  public var description: String { message }
}

/// A JSON Schema (draft 2020-12) validator for the keywords the generated schemas use: `type`,
/// `properties`, `required`, `additionalProperties`, `items`, `const`, `enum`, `minimum`,
/// `maximum`, `oneOf`, `$ref` (local JSON pointers) and `$defs`, plus the annotations `$schema`,
/// `$id`, `$comment`, `title` and `description`.
///
/// A schema using any other keyword is refused at creation rather than half-validated. Numbers
/// are compared exactly, by decimal value.
public struct SchemaValidator: Sendable {
  /// The schema.
  public let schema: JSONValue

  private static let assertions: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "const", "enum", "minimum", "maximum",
    "oneOf", "$ref", "$defs",
  ]
  private static let annotations: Set<String> = ["$schema", "$id", "$comment", "title", "description"]
  private static let maximumReferenceDepth = 64

  /// Prepares a validator, checking that the schema only uses supported keywords and that every
  /// `$ref` resolves.
  public init(schema: JSONValue) throws(SchemaError) {
    self.schema = schema
    try check(schema, at: "#")
  }

  /// The violations of `instance` against the whole schema (empty when valid).
  public func validate(_ instance: JSONValue) -> [SchemaViolation] {
    validate(instance, schema, path: ReportKeyPath([]), references: 0)
  }

  /// The violations of `instance` against the subschema at a JSON pointer such as
  /// `#/$defs/findingsDocument`.
  public func validate(_ instance: JSONValue, against pointer: String) throws(SchemaError) -> [SchemaViolation] {
    guard let subschema = resolve(pointer) else { throw SchemaError("\(pointer) does not resolve") }
    return validate(instance, subschema, path: ReportKeyPath([]), references: 0)
  }

  // MARK: Schema checking

  private func check(_ node: JSONValue, at location: String) throws(SchemaError) {
    switch node {
    case .bool: return
    case .object(let members):
      for member in members {
        let here = location + "/" + member.key
        guard Self.assertions.contains(member.key) || Self.annotations.contains(member.key) else {
          throw SchemaError("unsupported keyword \(member.key) at \(location)")
        }
        switch member.key {
        case "properties", "$defs":
          guard case .object(let children) = member.value else { throw SchemaError("\(here) must be an object") }
          for child in children { try check(child.value, at: here + "/" + child.key) }
        case "additionalProperties", "items":
          try check(member.value, at: here)
        case "oneOf":
          guard case .array(let branches) = member.value, !branches.isEmpty else {
            throw SchemaError("\(here) must be a non-empty array")
          }
          for (index, branch) in branches.enumerated() { try check(branch, at: here + "/\(index)") }
        case "$ref":
          guard case .string(let pointer) = member.value, resolve(pointer) != nil else {
            throw SchemaError("\(here) does not resolve to a schema in this document")
          }
        case "required":
          guard case .array(let names) = member.value,
            names.allSatisfy({ if case .string = $0 { true } else { false } })
          else { throw SchemaError("\(here) must be an array of strings") }
        case "enum":
          guard case .array = member.value else { throw SchemaError("\(here) must be an array") }
        case "minimum", "maximum":
          guard case .number = member.value else { throw SchemaError("\(here) must be a number") }
        case "type":
          let names: [JSONValue]
          switch member.value {
          case .string: names = [member.value]
          case .array(let list): names = list
          default: throw SchemaError("\(here) must be a string or an array of strings")
          }
          for name in names {
            guard case .string(let text) = name, Self.typeNames.contains(text) else {
              throw SchemaError("\(here) names an unknown type")
            }
          }
        default: break
        }
      }
    default:
      throw SchemaError("the schema at \(location) must be an object or a boolean")
    }
  }

  private static let typeNames: Set<String> = ["null", "boolean", "object", "array", "number", "string", "integer"]

  /// The subschema a local JSON pointer (`#`, `#/$defs/count`) designates.
  private func resolve(_ pointer: String) -> JSONValue? {
    guard pointer.hasPrefix("#") else { return nil }
    let body = pointer.dropFirst()
    if body.isEmpty { return schema }
    guard body.hasPrefix("/") else { return nil }
    var node = schema
    for rawToken in body.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      let token = String(rawToken).replacingTilde()
      switch node {
      case .object:
        guard let next = node[token] else { return nil }
        node = next
      case .array(let elements):
        guard let index = Int(token), elements.indices.contains(index) else { return nil }
        node = elements[index]
      default: return nil
      }
    }
    return node
  }

  // MARK: Validation

  private func validate(_ instance: JSONValue, _ schema: JSONValue, path: ReportKeyPath, references: Int)
    -> [SchemaViolation]
  {
    switch schema {
    case .bool(let allowed):
      return allowed ? [] : [violation(path, "false", "\(path.readable): no value is allowed here")]
    case .object(let keywords):
      var violations: [SchemaViolation] = []
      for keyword in keywords {
        violations += apply(keyword, in: schema, to: instance, path: path, references: references)
      }
      return violations
    default:
      return []
    }
  }

  private func apply(
    _ keyword: JSONMember, in schema: JSONValue, to instance: JSONValue, path: ReportKeyPath, references: Int
  )
    -> [SchemaViolation]
  {
    switch keyword.key {
    case "$ref":
      guard case .string(let pointer) = keyword.value, let target = resolve(pointer) else { return [] }
      guard references < Self.maximumReferenceDepth else {
        return [violation(path, "$ref", "\(path.readable): the schema's references loop at \(pointer)")]
      }
      return validate(instance, target, path: path, references: references + 1)
    case "type":
      let names: [String]
      switch keyword.value {
      case .string(let name): names = [name]
      case .array(let list): names = list.compactMap { if case .string(let name) = $0 { name } else { nil } }
      default: names = []
      }
      guard !names.contains(where: { Self.instance(instance, hasType: $0) }) else { return [] }
      let expected = names.map { $0 == "null" ? "null" : "a value of type \($0)" }.joined(separator: " or ")
      return [violation(path, "type", "\(path.readable) must be \(expected), but it is \(instance.briefDescription)")]
    case "properties":
      guard case .object(let properties) = keyword.value, case .object(let members) = instance else { return [] }
      return members.flatMap { member in
        properties.first { $0.key == member.key }.map {
          validate(member.value, $0.value, path: path.appending(member.key), references: 0)
        } ?? []
      }
    case "additionalProperties":
      guard case .object(let members) = instance else { return [] }
      let declared = schema["properties"]?.members?.map(\.key) ?? []
      return members.filter { !declared.contains($0.key) }.flatMap { member -> [SchemaViolation] in
        if case .bool(false) = keyword.value {
          return [
            violation(
              path.appending(member.key), "additionalProperties",
              "\(path.appending(member.key).readable) is not an allowed key")
          ]
        }
        return validate(member.value, keyword.value, path: path.appending(member.key), references: 0)
      }
    case "required":
      guard case .array(let names) = keyword.value, case .object(let members) = instance else { return [] }
      return names.compactMap { name -> SchemaViolation? in
        guard case .string(let key) = name, !members.contains(where: { $0.key == key }) else { return nil }
        return violation(path.appending(key), "required", "\(path.appending(key).readable) is required but missing")
      }
    case "items":
      guard case .array(let elements) = instance else { return [] }
      return elements.enumerated().flatMap { index, element in
        validate(element, keyword.value, path: path.appending(String(index)), references: 0)
      }
    case "const":
      guard !instance.isSemanticallyEqual(to: keyword.value) else { return [] }
      return [
        violation(
          path, "const",
          "\(path.readable) must be \(keyword.value.briefDescription), but it is \(instance.briefDescription)")
      ]
    case "enum":
      guard case .array(let options) = keyword.value, !options.contains(where: instance.isSemanticallyEqual(to:)) else {
        return []
      }
      return [
        violation(
          path, "enum", "\(path.readable) is \(instance.briefDescription), which is not one of the allowed values")
      ]
    case "minimum", "maximum":
      guard case .number(let bound) = keyword.value, case .number(let number) = instance else { return [] }
      let isMinimum = keyword.key == "minimum"
      let broken = isMinimum ? number.decimal < bound.decimal : bound.decimal < number.decimal
      guard broken else { return [] }
      return [
        violation(
          path, keyword.key,
          "\(path.readable) is \(number.text), \(isMinimum ? "below the minimum" : "above the maximum") \(bound.text)")
      ]
    case "oneOf":
      guard case .array(let branches) = keyword.value else { return [] }
      let results = branches.map { validate(instance, $0, path: path, references: references) }
      let passing = results.filter(\.isEmpty).count
      if passing == 1 { return [] }
      if passing > 1 {
        return [violation(path, "oneOf", "\(path.readable) matches more than one alternative of the schema")]
      }
      return results.min { $0.count < $1.count } ?? []
    default:
      return []
    }
  }

  private static func instance(_ value: JSONValue, hasType name: String) -> Bool {
    switch (name, value) {
    case ("null", .null), ("boolean", .bool), ("object", .object), ("array", .array), ("string", .string),
      ("number", .number):
      true
    case ("integer", .number(let number)): number.decimal.isInteger
    default: false
    }
  }

  private func violation(_ path: ReportKeyPath, _ keyword: String, _ message: String) -> SchemaViolation {
    SchemaViolation(path: path, keyword: keyword, message: message)
  }
}

extension String {
  /// A JSON pointer token with `~1` and `~0` unescaped.
  fileprivate func replacingTilde() -> String {
    var result = ""
    var iterator = makeIterator()
    while let character = iterator.next() {
      guard character == "~" else {
        result.append(character)
        continue
      }
      switch iterator.next() {
      case "1": result.append("/")
      case "0": result.append("~")
      case let other?: result.append("~" + String(other))
      case nil: result.append("~")
      }
    }
    return result
  }
}
