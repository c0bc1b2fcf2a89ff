import Foundation
import NianbaoPackage
import Testing

@Suite struct FileBytesTests {
  private func scratchFile(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "nianbao-filebytes-\(UUID().uuidString)"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aSmallFileIsReadWhole() throws {
    let bytes = (0..<5000).map { UInt8($0 % 251) }
    let path = try scratchFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileBytes.small(path: path, limit: 5000) == bytes)
    #expect(try FileBytes.read(path: path, limit: 5000) == bytes)
    #expect(FileBytes.head(path: path, count: 10) == Array(bytes.prefix(10)))
  }

  @Test func aLargerFileAFolderOrAMissingFileIsLeftToTheUsualPath() throws {
    let path = try scratchFile([UInt8](repeating: 7, count: 5001))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileBytes.small(path: path, limit: 5000) == nil)
    #expect(FileBytes.small(path: NSTemporaryDirectory(), limit: 5000) == nil)
    #expect(FileBytes.small(path: path + ".missing", limit: 5000) == nil)
    #expect(throws: PackageError.self) { try FileBytes.read(path: path, limit: 5000) }
  }

  @Test func anEmptyFileIsEmpty() throws {
    let path = try scratchFile([])
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileBytes.small(path: path, limit: 10) == [])
  }
}
