/// Deterministic pretty printing: 2-space indentation, `"key": value`, members in the order
/// they are held, non-ASCII text unescaped (only `"`, `\` and control characters are escaped),
/// numbers exactly as held, and a trailing newline after the document.
extension JSONValue {
  /// The document text.
  public func prettyPrinted() -> String {
    var output = ""
    write(into: &output, level: 0)
    output.append("\n")
    return output
  }

  /// The document text as UTF-8 bytes.
  public func prettyPrintedUTF8() -> [UInt8] { Array(prettyPrinted().utf8) }

  private func write(into output: inout String, level: Int) {
    switch self {
    case .null: output.append("null")
    case .bool(let value): output.append(value ? "true" : "false")
    case .number(let number): output.append(number.text)
    case .string(let string): Self.writeString(string, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output.append("[]")
        return
      }
      output.append("[\n")
      for (position, element) in elements.enumerated() {
        Self.indent(level + 1, into: &output)
        element.write(into: &output, level: level + 1)
        output.append(position == elements.count - 1 ? "\n" : ",\n")
      }
      Self.indent(level, into: &output)
      output.append("]")
    case .object(let members):
      guard !members.isEmpty else {
        output.append("{}")
        return
      }
      output.append("{\n")
      for (position, member) in members.enumerated() {
        Self.indent(level + 1, into: &output)
        Self.writeString(member.key, into: &output)
        output.append(": ")
        member.value.write(into: &output, level: level + 1)
        output.append(position == members.count - 1 ? "\n" : ",\n")
      }
      Self.indent(level, into: &output)
      output.append("}")
    }
  }

  private static func indent(_ level: Int, into output: inout String) {
    output.append(String(repeating: "  ", count: level))
  }

  private static func writeString(_ string: String, into output: inout String) {
    output.append("\"")
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case "\u{08}": output.append("\\b")
      case "\u{0C}": output.append("\\f")
      case "\u{00}"..."\u{1F}":
        let digits = String(scalar.value, radix: 16)
        output.append("\\u" + String(repeating: "0", count: 4 - digits.count) + digits)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output.append("\"")
  }
}
