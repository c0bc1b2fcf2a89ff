#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes the `_xHHHH_` escapes OOXML uses for characters XML cannot carry (ECMA-376 Part 1, 22.4.2.4).
enum TextEscapes {
  /// The UTF-8 bytes as a string with its escapes decoded; bytes without an `_` are taken as they are.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "_")), bytes.count) != nil else { return text }
    return decode(text)
  }

  /// Replaces every `_xHHHH_` (four hex digits) by its UTF-16 code unit; `_x005F_` yields a literal `_`.
  static func decode(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    var units: [UInt16] = []
    let source = Array(text.utf16)
    units.reserveCapacity(source.count)
    var index = 0
    while index < source.count {
      if source[index] == 0x5F, index + 6 < source.count, source[index + 1] == 0x78, source[index + 6] == 0x5F,
        let value = hexValue(source[(index + 2)...(index + 5)])
      {
        units.append(value)
        index += 7
      } else {
        units.append(source[index])
        index += 1
      }
    }
    return String(decoding: units, as: UTF16.self)
  }

  private static func hexValue(_ digits: ArraySlice<UInt16>) -> UInt16? {
    var value: UInt16 = 0
    for digit in digits {
      let nibble: UInt16
      switch digit {
      case 0x30...0x39: nibble = digit - 0x30
      case 0x41...0x46: nibble = digit - 0x41 + 10
      case 0x61...0x66: nibble = digit - 0x61 + 10
      default: return nil
      }
      value = value << 4 | nibble
    }
    return value
  }
}
