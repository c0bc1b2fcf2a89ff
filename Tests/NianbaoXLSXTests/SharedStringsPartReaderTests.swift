import Testing

@testable import NianbaoXLSX

@Suite struct SharedStringsPartReaderTests {
  @Test func richTextRunsAreJoinedAndPhoneticRunsLeftOut() throws {
    let sheet = try WorkbookReader(path: TestFixtures.path("crafted/every-cell-type.xlsx")).readWorksheet(at: 0)
    let values = sheet.rows.first { $0.index == 1 }!.cells.map(\.value)
    #expect(values[0] == .string("plain"))
    // "rich " has no xml:space="preserve" and loses its space; "text " keeps it.
    #expect(values[1] == .string("richtext runs"))
    #expect(values[2] == .string("tab\tand_x0041_literal"))
    #expect(values[3] == .string("第二十条第（一）项"))
  }

  @Test func trimsOnlyXMLWhiteSpace() {
    func trimmed(_ text: String) -> String {
      Array(text.utf8).withUnsafeBufferPointer {
        String(decoding: SharedStringsPartReader.trimmingXMLSpace($0), as: UTF8.self)
      }
    }
    #expect(trimmed(" \t a b \r\n") == "a b")
    #expect(trimmed("\u{3000}0\u{3000}") == "\u{3000}0\u{3000}")
    #expect(trimmed("  ") == "")
  }
}
