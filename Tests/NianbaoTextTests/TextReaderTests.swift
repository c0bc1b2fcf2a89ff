import NianbaoGrid
import NianbaoPackage
import NianbaoText
import Testing

@Suite struct TextReaderTests {
  /// `r,c text` for each cell of a grid.
  private func render(_ grid: SourceGrid) -> [String] {
    grid.cells.map { "\($0.row),\($0.column) \($0.text)" }
  }

  private let page = """
    示例镇2022年政府信息公开工作年度报告

    一、总体情况
    第一段。
    第二段。
    二、主动公开政府信息情况
    \t第二十条第（一）项

    \t信息内容
    \t本年制发件数

    \t规章
    \t3

    三、收到和处理政府信息公开申请情况
    \t
    \t商业
    企业
    \t

    """

  @Test func tabLinesAreCellsBlankLinesEndRowsAndOtherLinesAreParagraphs() throws {
    let grids = try TextReader.read(bytes: Array(page.utf8), name: "page.txt")
    #expect(grids.map(\.name) == ["正文", "表格1", "表格2"])
    #expect(
      render(grids[0]) == [
        "1,1 示例镇2022年政府信息公开工作年度报告", "2,1 一、总体情况", "3,1 第一段。", "4,1 第二段。", "5,1 二、主动公开政府信息情况",
        "6,1 三、收到和处理政府信息公开申请情况",
      ])
    #expect(render(grids[1]) == ["1,1 第二十条第（一）项", "2,1 信息内容", "2,2 本年制发件数", "3,1 规章", "3,2 3"])
    #expect(render(grids[2]) == ["1,1 ", "1,2 商业\n企业", "1,3 "])
  }

  @Test func tablesFromTextSayTheirColumnsAreNotExact() throws {
    let grids = try TextReader.read(bytes: Array(page.utf8), name: "page.txt")
    #expect(grids.dropFirst().allSatisfy { !$0.columnsAreExact })
  }

  @Test func windowsLineEndsAndAByteOrderMarkReadTheSame() throws {
    let windows: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(page.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let plain = try TextReader.read(bytes: Array(page.utf8), name: "a")
    let other = try TextReader.read(bytes: windows, name: "b")
    #expect(plain.map { render($0) } == other.map { render($0) })
  }

  @Test func utf16WithAByteOrderMarkReads() throws {
    let utf16: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let grids = try TextReader.read(bytes: utf16, name: "u16.txt")
    #expect(render(grids[1]).last == "3,2 3")
  }

  @Test func bytesThatAreNotUTF8AreRefusedWithASentence() {
    #expect {
      try TextReader.read(bytes: [0xB9, 0xE6, 0xD5, 0xC2, 0xFF], name: "gbk.txt")
    } throws: { error in
      (error as? TextError)?.kind == .notText && "\(error)".contains("gbk.txt")
    }
  }

  @Test func aFileLargerThanTheLimitIsRefused() {
    var limits = ReadLimits.default
    limits.maxInputBytes = 10
    #expect {
      try TextReader.read(bytes: Array(page.utf8), name: "big.txt", limits: limits)
    } throws: { error in
      (error as? TextError)?.kind == .tooLarge
    }
  }

  @Test func aMissingFileIsUnreadable() {
    #expect {
      try TextReader.read(path: "/nonexistent/report.txt")
    } throws: { error in
      (error as? TextError)?.kind == .unreadableFile && "\(error)".contains("/nonexistent/report.txt")
    }
  }
}
