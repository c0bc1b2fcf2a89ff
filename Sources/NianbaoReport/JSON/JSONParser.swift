/// A strict RFC 8259 JSON parser that keeps numbers as text and objects in order.
///
/// Strictness: one value per document with only space, tab, LF and CR around tokens; no
/// comments, trailing commas, single quotes, `NaN` or leading zeros; control characters in
/// strings must be escaped; `\u` escapes must form valid scalars (no lone surrogates); the
/// input must be valid UTF-8; object keys must be unique. A leading byte order mark is ignored,
/// as RFC 8259 §8.1 allows. Nesting deeper than `maximumDepth` is rejected.
public struct JSONParser: Sendable {
  /// The deepest nesting of arrays and objects accepted.
  public let maximumDepth: Int

  /// Creates a parser; the default depth limit is far above what a report needs.
  public init(maximumDepth: Int = 64) {
    self.maximumDepth = maximumDepth
  }

  /// Parses a UTF-8 document.
  public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
    var state = State(bytes: Array(bytes), maximumDepth: maximumDepth)
    return try state.parseDocument()
  }

  /// Parses a document held in a string.
  public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    try parse(Array(text.utf8))
  }

  private struct State {
    let bytes: [UInt8]
    let maximumDepth: Int
    var index = 0
    var depth = 0

    init(bytes: [UInt8], maximumDepth: Int) {
      self.bytes = bytes
      self.maximumDepth = maximumDepth
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
      try validateUTF8()
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
      skipWhitespace()
      guard index < bytes.count else { throw error("the document is empty; expected a JSON value") }
      let value = try parseValue()
      skipWhitespace()
      guard index == bytes.count else { throw error("unexpected \(describe(index)) after the end of the JSON value") }
      return value
    }

    // MARK: Values

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
      guard index < bytes.count else { throw error("the document ends where a value was expected") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try parseObject()
      case UInt8(ascii: "["): return try parseArray()
      case UInt8(ascii: "\""): return .string(try parseString())
      case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
      case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
      case UInt8(ascii: "n"): return try parseLiteral("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
      default: throw error("unexpected \(describe(index)); expected a JSON value")
      }
    }

    mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
      let expected = Array(word.utf8)
      guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
        throw error("unexpected \(describe(index)); expected a JSON value")
      }
      index += expected.count
      return value
    }

    mutating func enter() throws(JSONParseError) {
      depth += 1
      guard depth <= maximumDepth else { throw error("nesting deeper than \(maximumDepth) levels") }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
      try enter()
      index += 1
      var members: [JSONMember] = []
      var keys: Set<String> = []
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw error("expected a string key in double quotes, found \(describe(index))")
        }
        let keyStart = index
        let key = try parseString()
        guard keys.insert(key).inserted else {
          throw error("duplicate key \"\(key)\" in the same object", at: keyStart)
        }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw error("expected ':' after the key \"\(key)\", found \(describe(index))")
        }
        index += 1
        skipWhitespace()
        members.append(JSONMember(key, try parseValue()))
        skipWhitespace()
        guard index < bytes.count else { throw error("the document ends inside an object; expected ',' or '}'") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          skipWhitespace()
          if index < bytes.count, bytes[index] == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
          continue
        }
        guard bytes[index] == UInt8(ascii: "}") else {
          throw error("expected ',' or '}' after an object member, found \(describe(index))")
        }
        index += 1
        depth -= 1
        return .object(members)
      }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
      try enter()
      index += 1
      var elements: [JSONValue] = []
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return .array(elements)
      }
      while true {
        skipWhitespace()
        elements.append(try parseValue())
        skipWhitespace()
        guard index < bytes.count else { throw error("the document ends inside an array; expected ',' or ']'") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          skipWhitespace()
          if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
          continue
        }
        guard bytes[index] == UInt8(ascii: "]") else {
          throw error("expected ',' or ']' after an array element, found \(describe(index))")
        }
        index += 1
        depth -= 1
        return .array(elements)
      }
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
      let start = index
      func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 48 && bytes[at] <= 57 }
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard isDigit(index) else { throw error("expected a digit after '-'") }
      if bytes[index] == UInt8(ascii: "0") {
        index += 1
        if isDigit(index) { throw error("numbers must not have leading zeros", at: start) }
      } else {
        while isDigit(index) { index += 1 }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard isDigit(index) else { throw error("expected a digit after the decimal point") }
        while isDigit(index) { index += 1 }
      }
      if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw error("expected a digit in the exponent") }
        while isDigit(index) { index += 1 }
      }
      return JSONNumber(String(decoding: bytes[start..<index], as: UTF8.self))!
    }

    mutating func parseString() throws(JSONParseError) -> String {
      index += 1
      var buffer: [UInt8] = []
      while true {
        guard index < bytes.count else { throw error("the document ends inside a string; expected '\"'") }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
          index += 1
          return String(decoding: buffer, as: UTF8.self)
        case UInt8(ascii: "\\"):
          try parseEscape(into: &buffer)
        case 0..<0x20:
          throw error("control character U+\(hex(UInt32(byte), width: 4)) must be escaped inside a string")
        default:
          buffer.append(byte)
          index += 1
        }
      }
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
      let start = index
      index += 1
      guard index < bytes.count else { throw error("the document ends inside an escape sequence") }
      let simple: UInt8?
      switch bytes[index] {
      case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
      case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
      case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
      case UInt8(ascii: "b"): simple = 0x08
      case UInt8(ascii: "f"): simple = 0x0C
      case UInt8(ascii: "n"): simple = 0x0A
      case UInt8(ascii: "r"): simple = 0x0D
      case UInt8(ascii: "t"): simple = 0x09
      case UInt8(ascii: "u"): simple = nil
      default: throw error("invalid escape sequence \\\(describeRaw(index))", at: start)
      }
      if let simple {
        buffer.append(simple)
        index += 1
        return
      }
      index += 1
      var scalar = try hexQuad()
      if (0xD800...0xDBFF).contains(scalar) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
          throw error("lone high surrogate \\u\(hex(scalar, width: 4)) is not a character", at: start)
        }
        index += 2
        let low = try hexQuad()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error("high surrogate \\u\(hex(scalar, width: 4)) is not followed by a low surrogate", at: start)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error("lone low surrogate \\u\(hex(scalar, width: 4)) is not a character", at: start)
      }
      buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
    }

    mutating func hexQuad() throws(JSONParseError) -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard index < bytes.count else { throw error("the document ends inside a \\u escape") }
        let byte = bytes[index]
        let digit: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
        default: throw error("expected four hexadecimal digits after \\u, found \(describe(index))")
        }
        value = value * 16 + digit
        index += 1
      }
      return value
    }

    mutating func skipWhitespace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: index += 1
        default: return
        }
      }
    }

    // MARK: Diagnostics

    func validateUTF8() throws(JSONParseError) {
      var iterator = bytes.makeIterator()
      var parser = Unicode.UTF8.ForwardParser()
      var offset = 0
      while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded): offset += encoded.count
        case .emptyInput: return
        case .error:
          throw error("the input is not valid UTF-8 (byte 0x\(hex(UInt32(bytes[offset]), width: 2)))", at: offset)
        }
      }
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
      let position = min(offset ?? index, bytes.count)
      var line = 1
      var column = 1
      var cursor = 0
      while cursor < position {
        let byte = bytes[cursor]
        if byte == 0x0A {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        cursor += 1
      }
      return JSONParseError(message: message, line: line, column: column, offset: position)
    }

    /// A description of the character at `position` for messages.
    func describe(_ position: Int) -> String {
      guard position < bytes.count else { return "the end of the document" }
      return "'\(describeRaw(position))'"
    }

    func describeRaw(_ position: Int) -> String {
      guard position < bytes.count else { return "" }
      var end = position + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      let byte = bytes[position]
      if byte < 0x20 { return "U+" + hex(UInt32(byte), width: 4) }
      return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    func hex(_ value: UInt32, width: Int) -> String {
      let digits = String(value, radix: 16, uppercase: true)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
  }
}

extension JSONValue {
  /// Parses a JSON document with the default ``JSONParser``.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    try JSONParser().parse(text)
  }

  /// Parses a UTF-8 JSON document with the default ``JSONParser``.
  public static func parse(bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
    try JSONParser().parse(bytes)
  }
}
