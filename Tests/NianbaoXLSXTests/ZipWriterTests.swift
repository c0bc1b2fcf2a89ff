import Testing

@testable import NianbaoXLSX

@Suite struct ZipWriterTests {
  /// One local file header of a zip archive.
  struct LocalHeader {
    var name: String
    var flags: UInt16
    var method: UInt16
    var time: UInt16
    var date: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var extraLength: Int
  }

  static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
  }

  /// The local headers from the start of the archive up to the central directory.
  static func localHeaders(_ bytes: [UInt8]) -> [LocalHeader] {
    var headers: [LocalHeader] = []
    var offset = 0
    while offset + 30 <= bytes.count, uint32(bytes, offset) == 0x0403_4B50 {
      let nameLength = Int(uint16(bytes, offset + 26))
      let extraLength = Int(uint16(bytes, offset + 28))
      let header = LocalHeader(
        name: String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self),
        flags: uint16(bytes, offset + 6), method: uint16(bytes, offset + 8), time: uint16(bytes, offset + 10),
        date: uint16(bytes, offset + 12), crc: uint32(bytes, offset + 14),
        compressedSize: Int(uint32(bytes, offset + 18)), size: Int(uint32(bytes, offset + 22)),
        extraLength: extraLength)
      headers.append(header)
      offset += 30 + nameLength + extraLength + header.compressedSize
    }
    return headers
  }

  /// CRC-32 (IEEE), as zip stores it.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  static let contents: [(name: String, bytes: [UInt8])] = [
    ("[Content_Types].xml", Array("<Types/>".utf8)),
    ("xl/表.xml", Array(String(repeating: "<row>规章</row>", count: 200).utf8)),
    ("empty.txt", []),
  ]

  static var entries: [ZipWriter.Entry] { contents.map { ZipWriter.Entry(name: $0.name, bytes: $0.bytes) } }

  @Test func entriesKeepTheirOrderNamesSizesAndChecksums() throws {
    let headers = Self.localHeaders(try ZipWriter.archive(Self.entries))
    #expect(headers.map(\.name) == Self.contents.map(\.name))
    #expect(headers.map(\.size) == Self.contents.map(\.bytes.count))
    #expect(headers.map(\.crc) == Self.contents.map { Self.crc32($0.bytes) })
    #expect(headers[1].method == 8)
    #expect(headers[1].compressedSize < headers[1].size)
  }

  @Test func everyEntryIsStampedAtTheZipEpochWithoutExtraFields() throws {
    for header in Self.localHeaders(try ZipWriter.archive(Self.entries)) {
      #expect(header.date == 0x0021, "\(header.name)")
      #expect(header.time == 0, "\(header.name)")
      #expect(header.extraLength == 0, "\(header.name)")
      // Bit 11: the name is UTF-8 (or plain ASCII, for which libzip leaves it clear).
      #expect(header.flags & 0x0800 != 0 || header.name.utf8.allSatisfy { $0 < 0x80 }, "\(header.name)")
    }
  }

  @Test func sameEntriesGiveSameBytes() throws {
    #expect(try ZipWriter.archive(Self.entries) == ZipWriter.archive(Self.entries))
  }

  @Test func archiveEndsWithTheEndOfCentralDirectory() throws {
    let bytes = try ZipWriter.archive(Self.entries)
    let end = bytes.count - 22
    #expect(Self.uint32(bytes, end) == 0x0605_4B50)
    #expect(Self.uint16(bytes, end + 10) == UInt16(Self.entries.count))
  }
}
