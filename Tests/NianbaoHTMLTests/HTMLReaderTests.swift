import Foundation
import NianbaoGrid
import NianbaoPackage
import Testing

@testable import NianbaoHTML
@testable import NianbaoReport

/// The portal page of a real report read end to end, its GB18030 twins, and hostile pages.
@Suite struct HTMLReaderTests {
  static let expected = HTMLFixtures.shared.appendingPathComponent("fixtures/expected")

  @Test func pingtanPageImportsToItsExpectedTables() throws {
    let grids = try HTMLReader.read(path: HTMLFixtures.pingtan)
    let imported = try ReportImporter.importReport(from: grids, source: "pingtan_2024.html")
    let expected = try Report(
      jsonText: String(contentsOf: Self.expected.appendingPathComponent("pingtan_2024.json"), encoding: .utf8))
    #expect(imported.report.formatVersion == expected.formatVersion)
    for slot in expected.layout.slots {
      #expect(imported.report[slot.keyPath] == expected[slot.keyPath], "\(slot.keyPath)")
    }
    let findings = try JSONValue.parse(
      String(contentsOf: Self.expected.appendingPathComponent("pingtan_2024.findings.json"), encoding: .utf8))
    guard case .array(let listed) = try #require(findings["findings"]) else {
      Issue.record("findings is not an array")
      return
    }
    let balance = imported.findings.filter { [.r1, .r2, .r3, .r4].contains($0.rule) }
    #expect(balance.count == listed.count, "\(balance)")
  }

  /// The paragraphs after `heading` up to the next section heading (or the end).
  static func section(_ body: [String], _ heading: String) throws -> [String] {
    let start = try #require(body.firstIndex(of: heading), "no heading \(heading)") + 1
    let headings = ["一、", "二、", "三、", "四、", "五、", "六、"]
    let end = body[start...].firstIndex { line in headings.contains { line.hasPrefix($0) } && line.count < 30 }
    return Array(body[start..<(end ?? body.count)])
  }

  @Test func pingtanBodyCarriesTitleHeadingsAndTextSections() throws {
    let body = HTMLFixtures.body(try HTMLReader.read(path: HTMLFixtures.pingtan))
    let text = try JSONValue.parse(
      String(contentsOf: Self.expected.appendingPathComponent("pingtan_2024.json"), encoding: .utf8))["text"]
    func expected(_ key: String) throws -> String {
      guard case .string(let value) = try #require(text?[key]) else { throw CocoaError(.coderValueNotFound) }
      return value
    }
    #expect(body.first == "平潭综合实验区2024年度政府信息公开工作年度报告")
    let headings = [
      "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ]
    #expect(headings.allSatisfy(body.contains))
    #expect(headings.compactMap { body.firstIndex(of: $0) } == headings.compactMap { body.firstIndex(of: $0) }.sorted())
    // The expected text joins a section's paragraphs with nothing between them (the page has six <p> in 一).
    #expect(try Self.section(body, "一、总体情况").count == 6)
    #expect(try Self.section(body, "一、总体情况").joined() == expected("overview"))
    #expect(try Self.section(body, "五、存在的主要问题及改进情况").joined() == expected("problems"))
    #expect(try Self.section(body, "六、其他需要报告的事项").joined() == expected("other"))
    // No chrome: navigation, breadcrumbs, share links, the footer.
    for chrome in ["首页", "当前位置：", "微信 微博 QQ空间", "版权所有：平潭综合实验区党工委管委会网站", "扫一扫在手机上查看当前页面", "文字解读"] {
      #expect(!body.contains(chrome), "\(chrome)")
    }
  }

  @Test(arguments: ["pingtan_2024.gb18030.html", "pingtan_2024.gb2312.html"])
  func gbEncodedPagesReadLikeTheUTF8One(_ name: String) throws {
    let utf8 = try HTMLReader.read(path: HTMLFixtures.pingtan)
    #expect(try HTMLReader.read(path: HTMLFixtures.path(name)) == utf8)
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: HTMLFixtures.path(name))))
    #expect(try HTMLReader.read(bytes: bytes, name: name) == utf8)
  }

  @Test func bytesAndPathGiveTheSameGrids() throws {
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: HTMLFixtures.pingtan)))
    #expect(try HTMLReader.read(bytes: bytes, name: "p.html") == HTMLReader.read(path: HTMLFixtures.pingtan))
  }

  @Test func looksLikeHTMLTellsPagesFromOtherFiles() throws {
    #expect(HTMLReader.looksLikeHTML(Array("<!DOCTYPE html><html>".utf8)))
    #expect(HTMLReader.looksLikeHTML(Array("\u{FEFF}\n  <HTML><body>".utf8)))
    #expect(HTMLReader.looksLikeHTML(Array("<table><tr><td>1</td></tr></table>".utf8)))
    #expect(HTMLReader.looksLikeHTML(Array("<!-- saved --><head><meta charset=gbk>".utf8)))
    let utf16 = [UInt8]([0xFF, 0xFE]) + "<html><body>x</body></html>".utf8.flatMap { [$0, 0] }
    #expect(HTMLReader.looksLikeHTML(utf16))
    let gb = try Array(Data(contentsOf: URL(fileURLWithPath: HTMLFixtures.path("pingtan_2024.gb18030.html"))))
    #expect(HTMLReader.looksLikeHTML(gb))
    #expect(!HTMLReader.looksLikeHTML(Array("自然人,总计\n1,2\n".utf8)))
    #expect(!HTMLReader.looksLikeHTML(Array("<?xml version=\"1.0\"?><worksheet/>".utf8)))
    #expect(!HTMLReader.looksLikeHTML([0x50, 0x4B, 0x03, 0x04, 0, 0]))
    #expect(!HTMLReader.looksLikeHTML([]))
  }

  @Test func utf16PageWithByteOrderMarkReads() throws {
    let page = "<html><body><p>一、总体情况</p><table><tr><td>自然人</td></tr></table></body></html>"
    let bytes = [UInt8]([0xFF, 0xFE]) + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let grids = try HTMLReader.read(bytes: bytes, name: "utf16.html")
    #expect(HTMLFixtures.body(grids) == ["一、总体情况"])
    #expect(grids.last?.cells.first?.text == "自然人")
  }

  // MARK: Hostile pages

  @Test func entityDeclarationsAreInert() throws {
    let grids = try HTMLReader.read(path: HTMLFixtures.path("hostile/entity-declarations.html"))
    let texts = grids.flatMap { $0.cells.map(\.text) }
    #expect(!texts.joined().contains("root:"))
    #expect(texts.contains("&xxe;"))
    #expect(texts.contains("&b;&b;&b;"))
    #expect(texts.contains("&< 中文©"))
  }

  @Test(arguments: [
    ("hostile/invalid-gb18030.html", HTMLError.Kind.invalidEncoding),
    ("hostile/invalid-utf8.html", .invalidEncoding),
    ("hostile/unknown-charset.html", .unsupportedEncoding),
  ])
  func badBytesGiveTypedErrors(_ name: String, _ kind: HTMLError.Kind) throws {
    let path = try HTMLFixtures.path(name)
    let error = HTMLFixtures.error { () throws(HTMLError) in try HTMLReader.read(path: path) }
    #expect(error?.kind == kind, "\(String(describing: error))")
    #expect(error?.message.contains(path) == true)
  }

  @Test func deepNestingIsRefused() throws {
    for element in ["div", "table><tr><td", "span"] {
      let page = "<html><body>" + String(repeating: "<\(element)>", count: 100_000) + "x</body></html>"
      let error = HTMLFixtures.error { () throws(HTMLError) in try HTMLFixtures.grids(page) }
      #expect(error?.kind == .tooDeep, "\(element): \(String(describing: error))")
    }
  }

  @Test func manyTablesInARowAreBounded() throws {
    let page = "<body>" + String(repeating: "<table><tr><td>1</td></tr></table>", count: 100_000) + "</body>"
    let grids = try HTMLFixtures.grids(page)
    #expect(grids.count == 100_001)
  }

  @Test func fiftyMegabytePageOfChromeReadsLikeTheArticle() throws {
    // Written to a file piece by piece and read from it, as a crawled page is: neither side holds the whole page.
    let article = try String(contentsOfFile: HTMLFixtures.pingtan, encoding: .utf8)
    let insert = try #require(article.range(of: "<!--底部开始-->"))
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-html-\(UUID().uuidString).html")
    defer { try? FileManager.default.removeItem(at: path) }
    FileManager.default.createFile(atPath: path.path, contents: nil)
    let handle = try FileHandle(forWritingTo: path)
    handle.write(Data(article[..<insert.lowerBound].utf8))
    let chrome = Data(
      String(
        repeating: "<div class=\"footer\"><ul><li><a href=\"/x\">链接</a></li></ul><script>var a=1;</script>"
          + "<!-- 注释 --><style>p{}</style></div>\n", count: 4_000
      ).utf8)
    for _ in 0..<100 { handle.write(chrome) }
    handle.write(Data(article[insert.lowerBound...].utf8))
    try handle.close()
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path.path)[.size] as? Int)
    #expect(size > 50_000_000)
    let started = Date()
    #expect(try HTMLReader.read(path: path.path) == HTMLReader.read(path: HTMLFixtures.pingtan))
    #expect(Date().timeIntervalSince(started) < 60)
  }

  @Test func textPastTheLimitIsRefused() throws {
    let page = "<body><p>" + String(repeating: "政府信息公开", count: 1_000_000) + "</p></body>"
    var limits = ReadLimits()
    limits.maxTextBytes = 1 << 20
    let error = HTMLFixtures.error { () throws(HTMLError) in
      try HTMLReader.read(bytes: Array(page.utf8), name: "text.html", limits: limits)
    }
    #expect(error?.kind == .contentLimitExceeded)
  }

  @Test func endlessCommentTagOrScriptIsRefused() throws {
    for (opening, filler) in [("<!-- ", "a>"), ("<div class=\"", "a"), ("<script>", "x>1;")] {
      let page = "<body>" + opening + String(repeating: filler, count: 3 << 20)
      let error = HTMLFixtures.error { () throws(HTMLError) in try HTMLFixtures.grids(page) }
      #expect(error?.kind == .tagTooLong, "\(opening)")
    }
  }

  @Test func inputPastTheLimitIsRefused() throws {
    var limits = ReadLimits()
    limits.maxInputBytes = 100
    let page = Array(("<body>" + String(repeating: "x", count: 200) + "</body>").utf8)
    let error = HTMLFixtures.error { () throws(HTMLError) in try HTMLReader.read(bytes: page, name: "p", limits: limits)
    }
    #expect(error?.kind == .inputTooLarge)
    let pathError = HTMLFixtures.error { () throws(HTMLError) in
      try HTMLReader.read(path: HTMLFixtures.pingtan, limits: limits)
    }
    #expect(pathError?.kind == .inputTooLarge)
  }

  @Test func missingFileIsUnreadable() {
    let error = HTMLFixtures.error { () throws(HTMLError) in try HTMLReader.read(path: "/nonexistent/page.html") }
    #expect(error?.kind == .unreadableFile)
    #expect(error?.message.contains("/nonexistent/page.html") == true)
  }
}
