import NianbaoGrid
import Testing

@testable import NianbaoHTML

/// Crafted pages: table occupancy, cell text, layout tables, the article against the chrome around it.
@Suite struct HTMLPageWalkerTests {
  @Test func aMarkedArticleIsTheArticleEvenWhenOneOfItsSectionsIsLonger() throws {
    let long = String(repeating: "很长的总体情况。", count: 40)
    let grids = try HTMLFixtures.grids(
      """
      <body><div class="side"><p>相关链接</p></div><article><h1>某县2022年政府信息公开工作年度报告</h1>
      <section><h2>一、总体情况</h2><p>\(long)</p></section>
      <section><h2>五、存在的主要问题及改进情况</h2><p>问题。</p></section></article></body>
      """)
    #expect(
      grids[0].cells.map(\.text) == [
        "某县2022年政府信息公开工作年度报告", "一、总体情况", long, "五、存在的主要问题及改进情况", "问题。",
      ])
  }

  @Test func rowspanAndColspanOccupyAsABrowserPlacesThem() throws {
    let grids = try HTMLFixtures.grids(
      """
      <table><tr><td rowspan="3" colspan="2">A</td><td colspan=2>B</td></tr>
      <tr><td>C</td><td rowspan=2>D</td></tr>
      <tr><td>E</td></tr>
      <tr><td>F</td><td>G</td><td>H</td><td>I</td></tr></table>
      """)
    #expect(grids.map(\.name) == ["正文", "表格1"])
    #expect(
      HTMLFixtures.cells(grids[1]) == [
        "A1 3x2 A", "C1 1x2 B", "C2 1x1 C", "D2 2x1 D", "C3 1x1 E", "A4 1x1 F", "B4 1x1 G", "C4 1x1 H", "D4 1x1 I",
      ])
  }

  @Test func cellTextKeepsLineBreaksAndCollapsesSpaces() throws {
    let grids = try HTMLFixtures.grids(
      """
      <table><tr><td><p>商业</p><p>企业</p></td><td>结果<br>纠正</td><td>  总&nbsp;&nbsp;计 </td>
      <td><span>1</span><span>3</span></td><td><p style="x">&nbsp;</p></td><td>a<br><br>b<br></td>
      <td>\n  三、本年度办\n  理结果 </td></tr></table>
      """)
    #expect(
      grids[1].cells.map(\.text) == ["商业\n企业", "结果\n纠正", "总 计", "13", "", "a\n\nb", "三、本年度办 理结果"])
  }

  @Test func reportTableNestedInALayoutTableIsAGridOfItsOwn() throws {
    let grids = try HTMLFixtures.grids(
      """
      <table width="100%"><tr><td class="nav">导航</td><td>
      <p>一、总体情况</p><p>全年办理申请218件。</p>
      <table border=1><tr><td colspan=2>第二十条第（一）项</td></tr><tr><td>规章</td><td>0</td></tr></table>
      <p>五、存在的主要问题及改进情况</p>
      </td></tr></table>
      """)
    #expect(grids.map(\.name) == ["正文", "表格1", "表格2"])
    #expect(HTMLFixtures.cells(grids[2]) == ["A1 1x2 第二十条第（一）项", "A2 1x1 规章", "B2 1x1 0"])
    // The layout cell holds its own text, not the nested table's.
    #expect(grids[1].cells.map(\.text) == ["导航", "一、总体情况\n全年办理申请218件。\n五、存在的主要问题及改进情况"])
    // Paragraphs of a layout table are the body's.
    #expect(HTMLFixtures.body(grids) == ["一、总体情况", "全年办理申请218件。", "五、存在的主要问题及改进情况"])
  }

  @Test func paragraphsInAReportTableAreNotBodyParagraphs() throws {
    let grids = try HTMLFixtures.grids(
      "<p>一、总体情况</p><p>正文。</p><table><tr><td><p>信息内容</p></td></tr></table><p>六、其他需要报告的事项</p>")
    #expect(HTMLFixtures.body(grids) == ["一、总体情况", "正文。", "六、其他需要报告的事项"])
  }

  @Test func pageWithoutTablesHasOnlyABody() throws {
    let grids = try HTMLFixtures.grids(
      """
      <html><head><title>某县2023年政府信息公开工作年度报告_年报_某县人民政府</title></head><body>
      <div class="article"><p>一、总体情况</p><p>见下图。</p><p><img src="t2.png"></p><p>二、主动公开政府信息情况</p>
      <p><img src="t3.png" alt="表三"></p></div></body></html>
      """)
    #expect(grids.map(\.name) == ["正文"])
    #expect(HTMLFixtures.body(grids) == ["某县2023年政府信息公开工作年度报告", "一、总体情况", "见下图。", "二、主动公开政府信息情况"])
  }

  @Test func scriptsStylesControlsAndChromeAreLeftOut() throws {
    let grids = try HTMLFixtures.grids(
      """
      <html><head><style>p { color: red }</style><script>document.write("<p>x</p>")</script></head><body>
      <div class="header"><ul><li><a>首页</a></li><li><a>政务公开</a></li></ul></div>
      <nav><a>导航</a></nav><div id="breadcrumb">当前位置：首页</div>
      <select><option>部门网站</option></select><button>打印</button><noscript>请启用脚本</noscript>
      <template><p>模板</p></template><!-- 注释 -->
      <div class="content"><h1>某局2024年政府信息公开工作年度报告</h1>
      <p>一、总体情况</p><p>第一段<br>第二段</p><div>叶子&nbsp;div&nbsp;文字</div><ul><li>列表项</li></ul>
      <p>六、其他需要报告的事项</p><p>无。</p></div>
      <div class="footer"><p>版权所有</p></div></body></html>
      """)
    #expect(
      HTMLFixtures.body(grids) == [
        "某局2024年政府信息公开工作年度报告", "一、总体情况", "第一段", "第二段", "叶子 div 文字", "列表项", "六、其他需要报告的事项",
        "无。",
      ])
  }

  @Test func headerInsideAnArticleIsNotChrome() throws {
    let grids = try HTMLFixtures.grids(
      "<header>站点</header><article><header><h1>标题</h1></header><p>一、总体情况</p><p>正文很长的一段。</p></article>")
    #expect(HTMLFixtures.body(grids) == ["标题", "一、总体情况", "正文很长的一段。"])
  }

  @Test func titleComesFromTheDocumentTitleBeforeItsSeparator() {
    #expect(HTMLPageWalker.titlePart("平潭综合实验区2024年度政府信息公开工作年度报告_政府信息公开年报_平潭") == "平潭综合实验区2024年度政府信息公开工作年度报告")
    #expect(HTMLPageWalker.titlePart(" 某县报告 - 某县人民政府 ") == "某县报告")
    #expect(HTMLPageWalker.titlePart("某县报告|网站") == "某县报告")
    #expect(HTMLPageWalker.titlePart("2023-2024年报告") == "2023-2024年报告")
    #expect(HTMLPageWalker.titlePart("_开头") == "_开头")
  }

  @Test func tooManyCellsIsAnError() {
    var walker = HTMLPageWalker(page: "p.html", maxTextBytes: 1 << 20, maxDepth: 100, maxCells: 3)
    walker.start("table") { _ in nil }
    for _ in 0..<4 {
      walker.start("td") { _ in nil }
      walker.end("td")
    }
    #expect(walker.failure?.kind == .contentLimitExceeded)
    #expect(walker.failure?.message.contains("p.html") == true)
  }

  @Test func unclosedTablesAndCellsAreClosedAtTheEnd() throws {
    let grids = try HTMLFixtures.grids("<table><tr><td>1<td>2<tr><td>3")
    #expect(HTMLFixtures.cells(grids[1]) == ["A1 1x1 1", "B1 1x1 2", "A2 1x1 3"])
  }
}
