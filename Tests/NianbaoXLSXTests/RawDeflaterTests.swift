import NianbaoPackage
import Testing

@testable import NianbaoXLSX

@Suite struct RawDeflaterTests {
  /// Text that deflates well, as worksheet markup does, with a counter so that no two stretches are alike.
  static func markup(_ count: Int, from start: Int = 0) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = start
    while bytes.count < count {
      bytes += Array("<c r=\"A\(index)\" t=\"s\"><v>\(index % 97)</v></c>".utf8)
      index += 1
    }
    return Array(bytes.prefix(count))
  }

  /// The bytes of one entry written with its pieces deflated apart, read back through libzip (which checks the
  /// CRC-32 the entry declares).
  static func readBack(_ pieces: [[UInt8]]) throws -> [UInt8] {
    let entry = ZipWriter.Entry(name: "part.xml", pieces: pieces.map { .bytes($0) }, deflatesPiecesApart: true)
    let archive = try ZipWriter.archive([entry])
    return try ZipArchive(bytes: archive, displayName: "test.zip", limits: .default).readAll("part.xml")
  }

  @Test(arguments: [
    [0, 0, 0], [10, 0, 0], [0, 0, 10], [100, 300_000, 50], [1, 700_000, 1], [5_000, 5_000, 5_000, 5_000], [12],
  ])
  func streamsDeflatedApartJoinIntoOne(_ sizes: [Int]) throws {
    var start = 0
    let pieces = sizes.map { size -> [UInt8] in
      defer { start += size }
      return Self.markup(size, from: start)
    }
    #expect(try Self.readBack(pieces) == pieces.flatMap { $0 })
  }

  @Test func crcsCombine() throws {
    let first = Self.markup(1_000)
    let second = Self.markup(70_000, from: 50)
    let one = try #require(RawDeflater())
    let other = try #require(RawDeflater())
    let both = try #require(RawDeflater())
    try first.withUnsafeBytes { try one.deflate($0) { _ in } }
    try second.withUnsafeBytes { try other.deflate($0) { _ in } }
    try (first + second).withUnsafeBytes { try both.deflate($0) { _ in } }
    #expect(RawDeflater.combine(one.crc, other.crc, length: second.count) == both.crc)
    #expect(both.count == first.count + second.count)
  }
}
