import Foundation
import NianbaoDOCX
import NianbaoGrid

/// Paths of the shared reports and of this target's fixtures, and Word packages built in memory for the tests.
enum DOCXFixtures {
  /// `../shared` beside the checkout.
  static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

  /// A file of `../shared/reports`.
  static func report(_ name: String) -> String {
    shared.appendingPathComponent("reports").appendingPathComponent(name).path
  }

  /// A file of `../shared/fixtures/expected`.
  static func expected(_ name: String) -> String {
    shared.appendingPathComponent("fixtures/expected").appendingPathComponent(name).path
  }

  /// A file of this target's `Fixtures` folder, e.g. `corpus/template_xiasizhen_2021.docx`.
  static func fixture(_ name: String) throws -> String {
    guard let base = Bundle.module.resourceURL else { throw MissingFixture(name: name) }
    let path = base.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    guard FileManager.default.fileExists(atPath: path) else { throw MissingFixture(name: name) }
    return path
  }

  /// A fixture that is not where it should be.
  struct MissingFixture: Error, CustomStringConvertible {
    let name: String
    var description: String { "missing fixture \(name)" }
  }

  /// A minimal Word package around the children of `w:body`.
  static func package(body: String, relationships: Bool = true) -> [UInt8] {
    let document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + body
      + "</w:body></w:document>"
    return package(parts: [("word/document.xml", document)], relationships: relationships)
  }

  /// A package of the given parts, with `[Content_Types].xml` and (unless `relationships` is false) a
  /// `_rels/.rels` whose officeDocument relationship names `word/document.xml`.
  static func package(parts: [(String, String)], relationships: Bool = true, mainTarget: String = "word/document.xml")
    -> [UInt8]
  {
    var entries: [(name: String, bytes: [UInt8])] = [
      (
        "[Content_Types].xml",
        Array(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").utf8)
      )
    ]
    if relationships {
      entries.append(
        (
          "_rels/.rels",
          Array(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
              + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"\(mainTarget)\"/></Relationships>").utf8)
        ))
    }
    entries += parts.map { ($0.0, Array($0.1.utf8)) }
    return StoredZip.archive(entries)
  }

  /// The grids of a package built around `body`.
  static func grids(body: String) throws -> [SourceGrid] {
    try DOCXReader.read(bytes: package(body: body), name: "test.docx")
  }

  /// The texts of a grid's cells as (reference, text, rows, columns).
  static func cells(_ grid: SourceGrid) -> [String] {
    grid.cells.map { cell in
      var text = "\(cell.reference)=\(cell.text)"
      if cell.isMerged { text += "[\(cell.rowSpan)x\(cell.columnSpan)]" }
      return text
    }
  }
}

/// Builds a zip of stored (uncompressed) entries with correct CRC-32 checksums (as the fuzz targets do).
enum StoredZip {
  /// The archive of the entries, in order.
  static func archive(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
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
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
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
