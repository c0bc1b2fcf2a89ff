import NianbaoPackage
import Testing

@testable import NianbaoXLSX

/// The reader checks names, targets and ranges on bytes where that is cheaper; these tests hold each to the
/// character-wise reading it replaces, on ASCII and on the text where characters and bytes differ.
@Suite struct ReaderByteFastPathTests {
  static let names = [
    "xl/workbook.xml", "/xl/workbook.xml", "\\xl\\workbook.xml", "C:workbook.xml", "a:", "xl/../../etc", "..",
    "xl/..a/b", "xl/a../b", "xl\u{0}x", "\r\n:x", "\r:x", "/\u{301}x", "x/..\u{301}/y", "é:x", "e\u{301}:x",
    "docProps/app.xml", "a//b", "",
  ]

  @Test(arguments: names) func entryNamesAreCheckedAsCharacters(_ name: String) {
    let segments = name.split(separator: "/", omittingEmptySubsequences: false)
    let absolute = name.hasPrefix("/") || name.hasPrefix("\\") || (name.count >= 2 && Array(name)[1] == ":")
    let expected = absolute || name.contains("\\") || segments.contains("..") || name.utf8.contains(0)
    #expect(ZipArchive.isUnsafe(name) == expected)
  }

  static let targets: [(String, String, String?)] = [
    ("worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
    ("/xl/styles.xml", "xl/workbook.xml", "xl/styles.xml"),
    ("xl/workbook.xml", "", "xl/workbook.xml"),
    ("../docProps/app.xml", "xl/workbook.xml", "docProps/app.xml"),
    ("./a//b/./c", "xl/workbook.xml", "xl/a/b/c"),
    ("../../x.xml", "xl/workbook.xml", nil),
    ("..", "", nil),
    ("表/sheet1.xml", "xl/workbook.xml", "xl/表/sheet1.xml"),
    ("a/\u{301}../b", "xl/workbook.xml", "xl/a/\u{301}../b"),
  ]

  @Test(arguments: targets) func relationshipTargetsResolveAsCharacters(
    _ target: String, _ source: String, _ expected: String?
  ) {
    let resolved = try? RelationshipsPartReader.resolve(target, from: source, part: "p")
    #expect(resolved == expected)
  }

  static let ranges = [
    "A1:B2", "A1", "$A$1:$B$2", "B2:A1", "A1:", ":A1", "A1:B2:C3", "a1:b2", "XFD1048576", "XFE1:XFE2", "A0:B1",
    "A1:B2\u{301}", "A1:\u{301}B2", "é1", "",
  ]

  @Test(arguments: ranges) func rangesReadFromBytesAsFromText(_ text: String) {
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBufferPointer { WorksheetState.range($0) } == CellRange(text))
  }
}
