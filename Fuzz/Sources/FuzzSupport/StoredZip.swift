/// Builds a zip of stored (uncompressed) entries with correct CRC-32 checksums, in plain Swift, so that a fuzz
/// target can hand mutated XML to the reader inside a package that libzip accepts.
public enum StoredZip {
  /// The archive of the entries, in order.
  public static func archive(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
    var output: [UInt8] = []
    var directory: [UInt8] = []
    for entry in entries {
      let name = Array(entry.name.utf8)
      let crc = crc32(entry.bytes)
      let offset = UInt32(truncatingIfNeeded: output.count)
      let size = UInt32(truncatingIfNeeded: entry.bytes.count)
      // Local file header: version 2.0, UTF-8 names, stored, 1980-01-01 00:00.
      append32(0x0403_4B50, to: &output)
      append16(20, to: &output)
      append16(0x0800, to: &output)
      append16(0, to: &output)
      append16(0, to: &output)
      append16(0x21, to: &output)
      append32(crc, to: &output)
      append32(size, to: &output)
      append32(size, to: &output)
      append16(UInt16(truncatingIfNeeded: name.count), to: &output)
      append16(0, to: &output)
      output += name
      output += entry.bytes
      // Central directory record.
      append32(0x0201_4B50, to: &directory)
      append16(20, to: &directory)
      append16(20, to: &directory)
      append16(0x0800, to: &directory)
      append16(0, to: &directory)
      append16(0, to: &directory)
      append16(0x21, to: &directory)
      append32(crc, to: &directory)
      append32(size, to: &directory)
      append32(size, to: &directory)
      append16(UInt16(truncatingIfNeeded: name.count), to: &directory)
      append16(0, to: &directory)
      append16(0, to: &directory)
      append16(0, to: &directory)
      append16(0, to: &directory)
      append32(0, to: &directory)
      append32(offset, to: &directory)
      directory += name
    }
    let directoryOffset = UInt32(truncatingIfNeeded: output.count)
    output += directory
    // End of central directory.
    append32(0x0605_4B50, to: &output)
    append16(0, to: &output)
    append16(0, to: &output)
    append16(UInt16(truncatingIfNeeded: entries.count), to: &output)
    append16(UInt16(truncatingIfNeeded: entries.count), to: &output)
    append32(UInt32(truncatingIfNeeded: directory.count), to: &output)
    append32(directoryOffset, to: &output)
    append16(0, to: &output)
    return output
  }

  /// The CRC-32 (ISO-HDLC, as zip uses) of the bytes.
  public static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
    }
    return crc ^ 0xFFFF_FFFF
  }

  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  private static func append16(_ value: UInt16, to bytes: inout [UInt8]) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
  }

  private static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
