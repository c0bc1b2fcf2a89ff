/// Deterministic pretty printing: 2-space indentation, `"key": value`, members in the order
/// they are held, non-ASCII text unescaped (only `"`, `\` and control characters are escaped),
/// numbers exactly as held, and a trailing newline after the document.
extension JSONValue {
  /// The document text.
  public func prettyPrinted() -> String {
    String(decoding: prettyPrintedUTF8(), as: UTF8.self)
  }

  /// The document text as UTF-8 bytes.
  public func prettyPrintedUTF8() -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(16 * 1024)
    write(into: &output, level: 0)
    output.append(UInt8(ascii: "\n"))
    return output
  }

  private func write(into output: inout [UInt8], level: Int) {
    switch self {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
    case .number(let number): output.append(contentsOf: number.text.utf8)
    case .string(let string): Self.writeString(string, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output.append(contentsOf: "[]".utf8)
        return
      }
      output.append(contentsOf: "[\n".utf8)
      for (position, element) in elements.enumerated() {
        Self.indent(level + 1, into: &output)
        element.write(into: &output, level: level + 1)
        Self.endLine(last: position == elements.count - 1, into: &output)
      }
      Self.indent(level, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        output.append(contentsOf: "{}".utf8)
        return
      }
      output.append(contentsOf: "{\n".utf8)
      for (position, member) in members.enumerated() {
        Self.indent(level + 1, into: &output)
        Self.writeString(member.key, into: &output)
        output.append(contentsOf: ": ".utf8)
        member.value.write(into: &output, level: level + 1)
        Self.endLine(last: position == members.count - 1, into: &output)
      }
      Self.indent(level, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func indent(_ level: Int, into output: inout [UInt8]) {
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  private static func endLine(last: Bool, into output: inout [UInt8]) {
    if !last { output.append(UInt8(ascii: ",")) }
    output.append(UInt8(ascii: "\n"))
  }

  /// Writes `string` quoted: `"`, `\` and the C0 controls escaped, everything else as its UTF-8 bytes.
  private static func writeString(_ string: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { bytes in
      var start = 0
      for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C {
        output.append(contentsOf: bytes[start..<index])
        appendEscape(byte, into: &output)
        start = index + 1
      }
      output.append(contentsOf: bytes[start...])
    }
    output.append(UInt8(ascii: "\""))
  }

  private static func appendEscape(_ byte: UInt8, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), 0x5C: output.append(byte)
    case 0x0A: output.append(UInt8(ascii: "n"))
    case 0x0D: output.append(UInt8(ascii: "r"))
    case 0x09: output.append(UInt8(ascii: "t"))
    case 0x08: output.append(UInt8(ascii: "b"))
    case 0x0C: output.append(UInt8(ascii: "f"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      output.append(contentsOf: "u00".utf8)
      output.append(hex[Int(byte >> 4)])
      output.append(hex[Int(byte & 0x0F)])
    }
  }
}
