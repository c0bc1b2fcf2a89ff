import Foundation
import NianbaoPackage
import Testing

@testable import NianbaoXLSX

/// External entities, parameter entities, external DTDs and XInclude in every kind of part point at a file this test
/// creates; its marker must never come back, in a value or in an error.
@Suite struct ExternalEntityTests {
  /// The file the fixtures point at (`SECRET_PATH` in `scripts/make_reader_fixtures.py`).
  static let secretPath = "/tmp/nianbao-secret-5d1e7c.txt"
  /// What the file holds.
  static let marker = "nianbao-secret-marker-5d1e7c"

  /// Each fixture with the part that points at the secret.
  static let fixtures: [(file: String, part: String)] = [
    ("xxe-external-dtd.xlsx", "xl/worksheets/sheet1.xml"),
    ("xxe-parameter-entity.xlsx", "xl/sharedStrings.xml"),
    ("xxe-rels.xlsx", "_rels/.rels"),
    ("xxe-shared-strings.xlsx", "xl/sharedStrings.xml"),
    ("xxe-sheet.xlsx", "xl/worksheets/sheet1.xml"),
    ("xxe-utf16.xlsx", "xl/sharedStrings.xml"),
    ("xxe-workbook.xlsx", "xl/workbook.xml"),
    ("xinclude.xlsx", "xl/sharedStrings.xml"),
  ]

  /// Writes the secret file (the same bytes every time, so that concurrent tests agree).
  static func plantSecret() throws {
    try Data((marker + "\n").utf8).write(to: URL(fileURLWithPath: secretPath), options: .atomic)
  }

  @Test(arguments: fixtures)
  func theFixturePointsAtTheSecret(_ fixture: (file: String, part: String)) throws {
    // Guards the other tests: each fixture really names the secret file in the part given.
    let archive = try ZipArchive(path: TestFixtures.path("hostile/" + fixture.file), limits: .default)
    let bytes = try archive.readAll(fixture.part)
    let path = Array(Self.secretPath.utf8)
    let utf16 = path.flatMap { byte -> [UInt8] in [byte, 0] }
    #expect(Self.contains(bytes, path) || Self.contains(bytes, utf16), "\(fixture.file)")
  }

  static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= bytes.count else { return false }
    return (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
  }

  @Test(arguments: fixtures)
  func theSecretNeverComesBack(_ fixture: (file: String, part: String)) throws {
    try Self.plantSecret()
    do {
      let workbook = try WorkbookReader(path: TestFixtures.path("hostile/" + fixture.file)).readWorkbook()
      // Only the XInclude fixture reads: its include is ignored.
      #expect(fixture.file == "xinclude.xlsx")
      for sheet in workbook.sheets {
        #expect(!sheet.info.name.contains(Self.marker))
        for cell in sheet.cells { #expect(!cell.value.text.contains(Self.marker), "\(fixture.file)") }
      }
    } catch let error as XLSXError {
      #expect(error.kind == .doctypeRejected, "\(fixture.file): \(error)")
      #expect(!error.description.contains(Self.marker), "\(fixture.file)")
    }
  }
}
