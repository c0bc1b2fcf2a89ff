import Foundation
import Testing

@testable import NianbaoXLSX

@Suite struct ZipEntrySourceTests {
  @Test func piecesMakeTheSameEntryAsTheirBytesTogether() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let head = Array("<sheetData>".utf8)
    let body = Array(String(repeating: "<row r=\"1\"><c r=\"A1\"><v>规章</v></c></row>", count: 5000).utf8)
    let tail = Array("</sheetData>".utf8)
    let spool = try SpoolFile(beside: folder.appendingPathComponent("out.xlsx").path)
    try body.withUnsafeBytes { try spool.write($0) }
    let pieces = ZipWriter.Entry(name: "xl/sheet.xml", pieces: [.bytes(head), .spool(spool), .bytes([]), .bytes(tail)])
    let whole = ZipWriter.Entry(name: "xl/sheet.xml", bytes: head + body + tail)
    let archive = try ZipWriter.archive([pieces])
    #expect(archive == (try ZipWriter.archive([whole])))
    let header = try #require(ZipWriterTests.localHeaders(archive).first)
    #expect(header.size == head.count + body.count + tail.count)
    #expect(header.crc == ZipWriterTests.crc32(head + body + tail))
  }
}
