import NianbaoPackage
import Testing

@Suite struct FileKindTests {
  @Test func tellsFileTypesFromTheirFirstBytes() {
    #expect(FileKind.detect([]) == .empty)
    #expect(FileKind.detect([0x50, 0x4B, 0x03, 0x04, 0]) == .zip)
    #expect(FileKind.detect(Array("%PDF-1.7\n".utf8)) == .pdf)
    #expect(FileKind.detect(Array("单位,数量\n规章,0\n".utf8)) == .text)
    #expect(FileKind.detect(Array("\u{FEFF} {\"formatVersion\": 2021}".utf8)) == .json)
    #expect(FileKind.detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]) == .png)
    #expect(FileKind.detect([0, 1, 2, 3, 0, 0, 9, 200]) == .unknown)
  }
}

/// OLE2 containers told apart by the stream names in their directory.
@Suite struct OLE2KindTests {
  /// An OLE2 header followed by directory entries of the given names (UTF-16, NUL-terminated).
  static func ole2(_ names: [String], text: String = "") -> [UInt8] {
    var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
    bytes += text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    for name in names {
      var entry: [UInt8] = name.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] } + [0, 0]
      entry += Array(repeating: 0, count: 128 - entry.count)
      bytes += entry
    }
    return bytes
  }

  @Test func wordAndWPSDocumentsAreLegacyWord() {
    #expect(FileKind.detect(Self.ole2(["Root Entry", "WordDocument", "1Table"])) == .legacyWord)
    // Word's text is UTF-16 too: a paragraph that spells "Book" does not make a document a workbook.
    #expect(FileKind.detect(Self.ole2(["Root Entry", "WordDocument"], text: "Book")) == .legacyWord)
    #expect(FileKind.detect(Self.ole2(["Root Entry", "Workbook"])) == .legacyXLS)
    #expect(FileKind.detect(Self.ole2(["Root Entry", "Contents"])) == .otherOLE2)
    // A stream name only counts as a whole, NUL-terminated name.
    #expect(FileKind.detect(Self.ole2(["Root Entry", "Contents"], text: "WordDocumentX")) == .otherOLE2)
  }
}
