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
