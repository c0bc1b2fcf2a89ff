import Testing

@testable import NianbaoXLSX

@Suite struct NumberFormatTests {
  @Test func classifiesBuiltInAndCustomCodes() {
    #expect(NumberFormat(id: 14, code: "mm-dd-yy").category == .date)
    #expect(NumberFormat(id: 9, code: "0%").category == .percent)
    #expect(NumberFormat(id: 49, code: "@").category == .text)
    #expect(NumberFormat(id: 164, code: "yyyy\"年\"m\"月\"d\"日\"").category == .date)
    #expect(NumberFormat(id: 165, code: "[h]:mm:ss").category == .date)
    #expect(NumberFormat(id: 166, code: "#,##0.00_);[Red](#,##0.00)").category == .number)
    #expect(NumberFormat(id: 167, code: "0.00\"万元\"").category == .number)
    #expect(NumberFormat(id: 168, code: "[$-804]General").category == .number)
  }
}
