import Foundation
import NianbaoPackage
import Testing

@testable import NianbaoXLSX

@Suite struct DeflatingSpoolTests {
  @Test func rowsDeflatedWhileWrittenGiveTheBytesOfDeflatingThemAfter() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("out.xlsx").path
    // More chunks than the queue holds, written in pieces of awkward sizes.
    let body = RawDeflaterTests.markup(DeflatingSpool.chunkBytes * (DeflatingSpool.queueLength + 3) + 12_345)
    let spool = try DeflatingSpool(beside: output)
    var offset = 0
    var step = 1
    while offset < body.count {
      let end = min(offset + step, body.count)
      try body[offset..<end].withUnsafeBytes { try spool.write($0) }
      offset = end
      step = step * 7 % 100_003 + 1
    }
    let piece = try spool.finishedPiece()
    guard case .deflated(let deflated) = piece else {
      Issue.record("not deflated: \(piece)")
      return
    }
    #expect(deflated.count == body.count)
    let head = Array("<worksheet>".utf8)
    let tail = Array("</worksheet>".utf8)
    try ZipWriter.write(
      [ZipWriter.Entry(name: "sheet.xml", pieces: [.bytes(head), piece, .bytes(tail)])], to: output,
      reportingAs: output)
    let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: output)))
    #expect(
      try ZipArchive(bytes: written, displayName: "out", limits: .default).readAll("sheet.xml") == head + body + tail)
    let inMemory = try ZipWriter.archive([
      ZipWriter.Entry(name: "sheet.xml", pieces: [.bytes(head), .bytes(body), .bytes(tail)], deflatesPiecesApart: true)
    ])
    #expect(written == inMemory)
    // The spool file was removed from the folder when it was created.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlsx"])
  }

  @Test func anAbandonedSpoolStopsItsThreadAndLeavesNothing() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      let spool = try DeflatingSpool(beside: folder.appendingPathComponent("out.xlsx").path)
      let chunk = RawDeflaterTests.markup(DeflatingSpool.chunkBytes)
      for _ in 0..<(DeflatingSpool.queueLength + 2) { try chunk.withUnsafeBytes { try spool.write($0) } }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func anEmptySpoolIsAnEmptyStream() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let spool = try DeflatingSpool(beside: folder.appendingPathComponent("out.xlsx").path)
    let piece = try spool.finishedPiece()
    guard case .deflated(let deflated) = piece else {
      Issue.record("not deflated")
      return
    }
    #expect(deflated.count == 0)
    let again = try spool.finishedPiece()
    guard case .deflated(let same) = again else { return }
    #expect(same.crc == deflated.crc)
  }
}
