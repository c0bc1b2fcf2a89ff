import NianbaoXLSX

/// Byte-level appends to ``StandardOutput`` for listings of millions of cells: text is copied as UTF-8 straight
/// into the buffer, escaped while it is copied, and references are spelled without building strings.
extension StandardOutput {
  /// Appends `text` with tabs, line breaks and backslashes escaped (`\t`, `\n`, `\r`, `\\`), as TSV fields are.
  mutating func appendTSVField(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      if !bytes.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) {
        append(bytes)
        return
      }
      for byte in bytes {
        switch byte {
        case 0x09: append(backslash: UInt8(ascii: "t"))
        case 0x0A: append(backslash: UInt8(ascii: "n"))
        case 0x0D: append(backslash: UInt8(ascii: "r"))
        case 0x5C: append(backslash: 0x5C)
        default: append(byte: byte)
        }
      }
    }
  }

  /// Appends `text` as a JSON string literal, with the escapes of ``CellsJSON/quote(_:)``.
  mutating func appendJSONString(_ text: String) {
    var text = text
    append(byte: UInt8(ascii: "\""))
    text.withUTF8 { bytes in
      if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
        append(bytes)
        return
      }
      for byte in bytes {
        switch byte {
        case 0x22: append(backslash: 0x22)
        case 0x5C: append(backslash: 0x5C)
        case 0x0A: append(backslash: UInt8(ascii: "n"))
        case 0x0D: append(backslash: UInt8(ascii: "r"))
        case 0x09: append(backslash: UInt8(ascii: "t"))
        case _ where byte < 0x20:
          let hex = Array("0123456789abcdef".utf8)
          for digit in [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]] {
            append(byte: digit)
          }
        default: append(byte: byte)
        }
      }
    }
    append(byte: UInt8(ascii: "\""))
  }

  /// Appends text that needs no escaping (names of types, JSON punctuation).
  mutating func appendRaw(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends a cell reference in A1 notation (`AB12`).
  mutating func appendReference(_ reference: CellReference) {
    var letters: (UInt8, UInt8, UInt8) = (0, 0, 0)
    var count = 0
    var column = reference.column
    while column > 0, count < 3 {
      let rest = UInt8((column - 1) % 26)
      column = (column - 1) / 26
      switch count {
      case 0: letters.0 = 0x41 + rest
      case 1: letters.1 = 0x41 + rest
      default: letters.2 = 0x41 + rest
      }
      count += 1
    }
    if count > 2 { append(byte: letters.2) }
    if count > 1 { append(byte: letters.1) }
    if count > 0 { append(byte: letters.0) }
    appendDecimal(reference.row)
  }

  /// Appends a non-negative integer in decimal.
  mutating func appendDecimal(_ value: Int) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = max(value, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        count += 1
      } while rest > 0 && count < 10
      for index in stride(from: count - 1, through: 0, by: -1) { append(byte: buffer[index]) }
    }
  }

  private mutating func append(backslash byte: UInt8) {
    append(byte: 0x5C)
    append(byte: byte)
  }
}
