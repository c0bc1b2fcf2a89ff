import Testing

@testable import NianbaoXLSX

@Suite struct CellMarkupTests {
  /// The markup of one row holding one cell, flushed to memory.
  static func markup(_ build: (inout CellMarkup) -> Void) throws -> String {
    var markup = CellMarkup()
    build(&markup)
    let sink = MemorySink()
    try markup.flush(to: sink)
    return String(decoding: sink.bytes, as: UTF8.self)
  }

  /// What libxml2 writes for `<name>text</name>`, without the XML declaration.
  static func libxml2(_ name: String, _ text: String) throws -> String {
    let xml = try XMLWriter(part: "test")
    try xml.element(name, text: text)
    let document = String(decoding: try xml.finish(), as: UTF8.self)
    return String(document[document.range(of: "<" + name)!.lowerBound...]).trimmingSuffix("\n")
  }

  @Test(arguments: [
    "A3&\" \"", "<tag> & \"quoted\" 'single'", "line\r\nbreak\ttab", "规章 ", "", "_x000D_", "a]]>b", "emoji 🧾",
  ])
  func textIsEscapedAsLibxml2EscapesIt(_ text: String) throws {
    let cell = try Self.markup { markup in
      markup.openRow(1, height: nil)
      markup.startCell(column: 1, style: 0, type: "str")
      markup.formula(text)
      markup.escapedValue(text, afterFormula: true)
      markup.closeRow()
    }
    let expected =
      "<row r=\"1\"><c r=\"A1\" t=\"str\">" + (try Self.libxml2("f", text))
      + (try Self.libxml2("v", text)) + "</c></row>"
    #expect(cell == expected)
  }

  @Test func columnLettersMatchTheReferenceNames() throws {
    for column in [1, 2, 25, 26, 27, 52, 53, 701, 702, 703, 704, 728, 729, 16_383, 16_384] {
      let cell = try Self.markup { markup in
        markup.openRow(1_048_576, height: nil)
        markup.startCell(column: column, style: 0, type: nil)
        markup.endEmptyCell()
        markup.closeRow()
      }
      #expect(cell == "<row r=\"1048576\"><c r=\"\(CellReference.columnName(column))1048576\"/></row>")
    }
  }

  @Test func rowsWithoutCellsCloseThemselvesAndHeightsAreWritten() throws {
    let rows = try Self.markup { markup in
      markup.openRow(2, height: 27.75)
      markup.closeRow()
      markup.openRow(3, height: 12)
      markup.startCell(column: 2, style: 14, type: "s")
      markup.indexValue(1_234_567, afterFormula: false)
      markup.startCell(column: 3, style: 0, type: nil)
      markup.plainValue("-1E-3", afterFormula: false)
      markup.closeRow()
    }
    #expect(
      rows == "<row r=\"2\" ht=\"27.75\" customHeight=\"1\"/><row r=\"3\" ht=\"12\" customHeight=\"1\">"
        + "<c r=\"B3\" s=\"14\" t=\"s\"><v>1234567</v></c><c r=\"C3\"><v>-1E-3</v></c></row>")
  }

  @Test func theBufferGrowsForALongRow() throws {
    let text = String(repeating: "&", count: 70_000)
    let row = try Self.markup { markup in
      markup.openRow(1, height: nil)
      markup.startCell(column: 1, style: 0, type: "str")
      markup.formula("A2")
      markup.escapedValue(text, afterFormula: true)
      markup.closeRow()
    }
    #expect(row.hasSuffix(String(repeating: "&amp;", count: 70_000) + "</v></c></row>"))
  }
}

extension String {
  /// The string without one trailing `suffix`.
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
