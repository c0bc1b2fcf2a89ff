import Foundation
import Testing

@testable import NianbaoXLSX

@Suite struct AtomicFileTests {
  struct Refused: Error {}

  @Test func aFailingWriterLeavesTheTargetAndNoTemporaryFile() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.xlsx")
    try Data("old".utf8).write(to: target)
    #expect(throws: Refused.self) {
      try AtomicFile.write(to: target.path) { temporary in
        try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
        throw Refused()
      }
    }
    #expect(try Data(contentsOf: target) == Data("old".utf8))
    #expect(try WorkbookWriterTests.contents(of: folder) == ["report.xlsx"])
  }

  @Test func theTemporaryFileStartsEmptyWithTheReplacedFilesPermissions() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("secret.xlsx")
    try Data("old".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    try AtomicFile.write(to: target.path) { temporary in
      let attributes = try FileManager.default.attributesOfItem(atPath: temporary)
      #expect(attributes[.posixPermissions] as? Int == 0o600)
      #expect(attributes[.size] as? Int == 0)
      try Data("new".utf8).write(to: URL(fileURLWithPath: temporary))
    }
    #expect(try Data(contentsOf: target) == Data("new".utf8))
    #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o600)
  }

  @Test func deferredWritesAreAtomicAndKeepThePermissions() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("secret.json")
    try Data("old".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    try AtomicFile.write(Array("new".utf8), to: target.path, durability: .deferred)
    let fresh = folder.appendingPathComponent("fresh.json")
    try AtomicFile.write(Array("{}".utf8), to: fresh.path, durability: .deferred)
    AtomicFile.flushFileSystems()
    #expect(try Data(contentsOf: target) == Data("new".utf8))
    #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o600)
    #expect(try Data(contentsOf: fresh) == Data("{}".utf8))
    #expect(try WorkbookWriterTests.contents(of: folder) == ["fresh.json", "secret.json"])
    #expect(throws: XLSXError.self) {
      try AtomicFile.write(
        Array("x".utf8), to: folder.appendingPathComponent("missing/a.json").path, durability: .deferred)
    }
  }
}
