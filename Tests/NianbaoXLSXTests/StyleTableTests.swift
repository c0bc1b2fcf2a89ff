import Testing

@testable import NianbaoXLSX

@Suite struct StyleTableTests {
  @Test func equalStylesShareOneIndexInOrderOfFirstUse() {
    var table = StyleTable()
    let bold = CellStyle(font: FontStyle(name: "宋体", isBold: true))
    let boxed = CellStyle(border: .thin)
    #expect(table.index(of: .normal) == 0)
    #expect(table.index(of: boxed) == 1)
    #expect(table.index(of: bold) == 2)
    #expect(table.index(of: boxed) == 1)
    #expect(table.cellFormats.count == 3)
    #expect(table.fonts.map(\.name) == ["Calibri", "宋体"])
    #expect(table.borders == [.none, .thin])
  }

  @Test func fontsFillsAndBordersAreSharedBetweenStyles() {
    var table = StyleTable()
    let font = FontStyle(name: "宋体", size: 12)
    _ = table.index(of: CellStyle(font: font, fill: .solid(.lightGray)))
    _ = table.index(of: CellStyle(font: font, fill: .solid(.lightGray), isLocked: false))
    #expect(table.cellFormats.count == 3)
    #expect(table.fonts.count == 2)
    #expect(table.solidFills == [.lightGray])
    #expect(table.cellFormats[1].fillID == 2)
    #expect(table.cellFormats[2].isLocked == false)
  }

  @Test func builtInNumberFormatsKeepTheirIDsAndCustomOnesStartAt164() {
    var table = StyleTable()
    let codes = ["0", "0.00", "@", "0.000000", "#,##0.000000", "0.000000", "General"]
    let ids = codes.map { code in
      let index = table.index(of: CellStyle(numberFormat: code))
      return table.cellFormats[index].numberFormatID
    }
    #expect(ids == [1, 2, 49, 164, 165, 164, 0])
    #expect(table.customNumberFormats.map(\.code) == ["0.000000", "#,##0.000000"])
  }

  @Test func differentialStylesAreDeduplicated() {
    var table = StyleTable()
    #expect(table.index(of: DifferentialStyle.warning) == 0)
    #expect(table.index(of: DifferentialStyle(fontColor: .red)) == 1)
    #expect(table.index(of: DifferentialStyle.warning) == 0)
  }
}
