import Testing

@testable import NianbaoPDF

/// Lines joined into paragraphs and cells, page furniture left out.
@Suite struct ParagraphsTests {
  static func line(_ text: String, x: Double, y: Double, size: Double = 12) -> TextLine {
    var x = x
    var glyphs: [Glyph] = []
    for character in text {
      let width = character.isASCII ? size / 2 : size
      glyphs.append(Glyph(character: character, x0: x, y0: y, x1: x + width, y1: y + size * 1.3))
      x += width
    }
    return TextLine(glyphs: glyphs)
  }

  static func body(_ line: TextLine, page: Int = 0, tables: Int = 0) -> Paragraphs.Line {
    Paragraphs.Line(line: line, page: page, pageHeight: 842, tablesBefore: tables)
  }

  @Test func joinsWrappedLinesWithoutSpacesBetweenChineseCharacters() {
    let lines = [
      Self.line("一、总体情况", x: 111, y: 150),
      Self.line("根据条例要求，本年度", x: 111, y: 180),
      Self.line("通过政府网站公开发布信", x: 90, y: 210),
      Self.line("息。", x: 90, y: 240),
      Self.line("第二段", x: 111, y: 270),
    ]
    #expect(
      Paragraphs.paragraphs(lines.map { Self.body($0) }) == ["一、总体情况", "根据条例要求，本年度通过政府网站公开发布信息。", "第二段"])
  }

  @Test func aLatinWordWrappedAtASpaceKeepsItsSpace() {
    #expect(Paragraphs.join([Self.line("Annual", x: 0, y: 0), Self.line("report", x: 0, y: 20)]) == "Annual report")
    #expect(Paragraphs.join([Self.line("商业", x: 0, y: 0), Self.line("企业", x: 0, y: 20)]) == "商业企业")
  }

  @Test func aTableOrAChangeOfFontSizeEndsAParagraph() {
    let lines = [
      Self.body(Self.line("标题标题标题标题标题", x: 90, y: 100, size: 16)),
      Self.body(Self.line("正文正文正文正文正文正文正文", x: 90, y: 130)),
      Self.body(Self.line("正文正文正文正文正文正文正文", x: 90, y: 300), tables: 1),
    ]
    #expect(Paragraphs.paragraphs(lines).count == 3)
  }

  @Test func leavesOutPageNumbersAndRunningHeaders() {
    let lines = [
      Self.body(Self.line("某某镇人民政府", x: 250, y: 30), page: 0),
      Self.body(Self.line("正文", x: 90, y: 100), page: 0),
      Self.body(Self.line("-1-", x: 290, y: 800), page: 0),
      Self.body(Self.line("某某镇人民政府", x: 250, y: 30), page: 1),
      Self.body(Self.line("— 2 —", x: 290, y: 800), page: 1),
    ]
    #expect(Paragraphs.furniture(lines) == [0, 2, 3, 4])
  }

  @Test(arguments: ["-1-", "— 12 —", "3", "第 4 页", "第4页 共9页", "Page 5", "5 / 12", "page 2 of 3"])
  func readsPageNumbers(_ text: String) {
    #expect(Paragraphs.isPageNumber(text))
  }

  @Test(arguments: ["无。", "2021年", "一、总体情况", "-", "第二十条第（一）项"])
  func tellsTextFromPageNumbers(_ text: String) {
    #expect(!Paragraphs.isPageNumber(text))
  }

  @Test func aCellBreaksItsParagraphsWhereALineEndsShort() {
    let lines = [
      Self.line("第一段第一段第一段", x: 0, y: 0), Self.line("第一段。", x: 0, y: 20),
      Self.line("第二段第二段第二段", x: 0, y: 40),
    ]
    #expect(Paragraphs.cellText(lines) == "第一段第一段第一段第一段。\n第二段第二段第二段")
  }
}
