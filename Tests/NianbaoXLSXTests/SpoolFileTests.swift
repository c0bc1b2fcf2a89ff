import Foundation
import Testing

@testable import NianbaoXLSX

@Suite struct SpoolFileTests {
  @Test func bytesReadBackFromAnyOffsetAndNoFileIsLeftInTheFolder() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let spool = try SpoolFile(beside: folder.appendingPathComponent("out.xlsx").path)
    #expect(try WorkbookWriterTests.contents(of: folder).isEmpty)
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try bytes.withUnsafeBytes { try spool.write(UnsafeRawBufferPointer(rebasing: $0[..<60_000])) }
    try bytes.withUnsafeBytes { try spool.write(UnsafeRawBufferPointer(rebasing: $0[60_000...])) }
    #expect(spool.count == bytes.count)
    var buffer = [UInt8](repeating: 0, count: 50_000)
    let read = try buffer.withUnsafeMutableBytes { try spool.read(into: $0, at: 70_000) }
    #expect(read == 30_000)
    #expect(Array(buffer[..<read]) == Array(bytes[70_000...]))
  }

  @Test func aMissingFolderIsAWriteFailureNamingTheOutput() throws {
    let path = "/nonexistent-nianbao-folder/out.xlsx"
    let error = try #require(throws: XLSXError.self) { try SpoolFile(beside: path) }
    #expect(error.kind == .writeFailed)
    #expect(error.message.contains(path))
  }
}
