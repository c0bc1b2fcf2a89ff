import NianbaoDOCX
import NianbaoGrid
import Testing

/// What the handler of `word/document.xml` makes of WordprocessingML, on documents built in memory.
@Suite struct DocumentPartHandlerTests {
  static func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
  static func paragraph(_ content: String) -> String { "<w:p>\(content)</w:p>" }
  static func cell(_ content: String, properties: String = "") -> String {
    "<w:tc><w:tcPr>\(properties)</w:tcPr>\(content)</w:tc>"
  }
  static func text(_ value: String) -> String { paragraph(run(value)) }

  @Test func bodyParagraphsKeepTheirRunsBreaksAndTabsInOrder() throws {
    let grids = try DOCXFixtures.grids(
      body: Self.paragraph(Self.run("标题") + Self.run("一")) + "<w:p/>" + Self.paragraph(Self.run(" "))
        + Self.paragraph(Self.run("第一行") + "<w:r><w:br/><w:t>第二行</w:t><w:tab/><w:t>后</w:t><w:cr/></w:r>")
        + "<w:tbl><w:tr>" + Self.cell(Self.text("表")) + "</w:tr></w:tbl>" + Self.text("  末段\u{3000}"))
    #expect(grids.map(\.name) == ["正文", "表格1"])
    #expect(DOCXFixtures.cells(grids[0]) == ["A1=标题一", "A2=第一行\n第二行\t后", "A3=末段"])
  }

  @Test func spansMergesAndSkippedColumnsPlaceCellsOnTheGrid() throws {
    let row1 =
      "<w:tr>" + Self.cell(Self.text("甲"), properties: "<w:vMerge w:val=\"restart\"/>")
      + Self.cell(Self.text("乙"), properties: "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
    let row2 =
      "<w:tr>" + Self.cell("<w:p/>", properties: "<w:vMerge/>") + Self.cell(Self.text("1"))
      + Self.cell(Self.text("2")) + "</w:tr>"
    let row3 =
      "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + Self.cell(Self.text("3")) + "</w:tr>"
    let grids = try DOCXFixtures.grids(body: "<w:tbl>" + row1 + row2 + row3 + "</w:tbl>")
    #expect(DOCXFixtures.cells(grids[1]) == ["A1=甲[2x1]", "B1=乙[1x2]", "B2=1", "C2=2", "C3=3"])
  }

  @Test func aCellsParagraphsAreJoinedWithNewlinesAndNestedTablesAreGridsOfTheirOwn() throws {
    let inner = "<w:tbl><w:tr>" + Self.cell(Self.text("内")) + "</w:tr></w:tbl>"
    let outer =
      "<w:tbl><w:tr>" + Self.cell(Self.text("上") + "<w:p/>" + inner + Self.text("下")) + Self.cell(Self.text("右"))
      + "</w:tr></w:tbl>"
    let grids = try DOCXFixtures.grids(body: outer)
    #expect(grids.map(\.name) == ["正文", "表格1", "表格2"])
    #expect(DOCXFixtures.cells(grids[1]) == ["A1=上\n下", "B1=右"])
    #expect(DOCXFixtures.cells(grids[2]) == ["A1=内"])
    #expect(grids[0].cells.isEmpty)
  }

  @Test func fieldsKeepTheirResultAndDropTheirInstruction() throws {
    let complex =
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      + "<w:r><w:t>指令</w:t></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Self.run("12")
      + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    let simple = "<w:fldSimple w:instr=\" DATE \">" + Self.run("2021年") + "</w:fldSimple>"
    let grids = try DOCXFixtures.grids(
      body: Self.paragraph(Self.run("第") + complex + Self.run("页")) + Self.paragraph(simple))
    #expect(DOCXFixtures.cells(grids[0]) == ["A1=第12页", "A2=2021年"])
  }

  @Test func trackedInsertionsAreKeptAndDeletionsDropped() throws {
    let changes =
      Self.run("共") + "<w:ins w:id=\"1\" w:author=\"a\">" + Self.run("13") + "</w:ins>"
      + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>12</w:delText></w:r></w:del>"
      + "<w:moveFrom w:id=\"3\">" + Self.run("旧") + "</w:moveFrom><w:moveTo w:id=\"4\">" + Self.run("件")
      + "</w:moveTo>"
    let deletedRow =
      "<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"a\"/></w:trPr>" + Self.cell(Self.text("删")) + "</w:tr>"
    let keptRow = "<w:tr>" + Self.cell(Self.text("留")) + "</w:tr>"
    let grids = try DOCXFixtures.grids(body: Self.paragraph(changes) + "<w:tbl>" + deletedRow + keptRow + "</w:tbl>")
    #expect(DOCXFixtures.cells(grids[0]) == ["A1=共13件"])
    #expect(DOCXFixtures.cells(grids[1]) == ["A1=留"])
  }

  @Test func tablesInsideContentControlsAreRead() throws {
    let control =
      "<w:sdt><w:sdtPr><w:alias w:val=\"表\"/><w:placeholder><w:docPart w:val=\"x\"/></w:placeholder></w:sdtPr>"
      + "<w:sdtContent><w:tbl><w:sdt><w:sdtContent><w:tr>" + Self.cell(Self.text("控件内"))
      + "</w:tr></w:sdtContent></w:sdt></w:tbl>" + Self.text("段") + "</w:sdtContent></w:sdt>"
    let grids = try DOCXFixtures.grids(body: control)
    #expect(DOCXFixtures.cells(grids[0]) == ["A1=段"])
    #expect(DOCXFixtures.cells(grids[1]) == ["A1=控件内"])
  }

  @Test func propertiesDrawingsAndTheirOldValuesAddNothing() throws {
    let properties =
      "<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs><w:rPr><w:t>x</w:t></w:rPr></w:pPr>"
    let drawing =
      "<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>"
      + "<mc:AlternateContent><mc:Choice Requires=\"wps\">" + Self.run("选") + "</mc:Choice></mc:AlternateContent>"
    let changed =
      "<w:tbl><w:tr>"
      + Self.cell(
        Self.text("宽"),
        properties: "<w:gridSpan w:val=\"2\"/><w:tcPrChange w:id=\"1\"><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr>"
          + "</w:tcPrChange>") + "</w:tr></w:tbl>"
    let grids = try DOCXFixtures.grids(body: Self.paragraph(properties + Self.run("文") + drawing) + changed)
    #expect(DOCXFixtures.cells(grids[0]) == ["A1=文"])
    #expect(DOCXFixtures.cells(grids[1]) == ["A1=宽[1x2]"])
  }

  @Test func emptyElementsAndMisplacedOnesAreHarmless() throws {
    let odd =
      "<w:tbl/><w:tbl><w:tr/><w:tr><w:tc/>" + Self.text("行外") + Self.cell(Self.text("格")) + "</w:tr></w:tbl>"
      + Self.paragraph("<w:r><w:t>a</w:t></w:r><w:p><w:r><w:t>b</w:t></w:r></w:p>")
      + "<w:tc>" + Self.text("表外格") + "</w:tc><w:t>段外</w:t>"
      + Self.cell(Self.text("x"), properties: "<w:gridSpan w:val=\"-3\"/><w:gridSpan w:val=\"99999999\"/>")
    let grids = try DOCXFixtures.grids(body: odd)
    #expect(grids.map(\.name) == ["正文", "表格1", "表格2"])
    #expect(grids[1].cells.isEmpty)
    #expect(DOCXFixtures.cells(grids[2]) == ["A2=", "B2=格"])
    #expect(DOCXFixtures.cells(grids[0]) == ["A1=ab", "A2=表外格", "A3=x"])
  }
}
