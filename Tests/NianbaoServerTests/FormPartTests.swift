import Testing

@testable import NianbaoServer

@Suite struct FormPartTests {
  @Test func theDisplayNameDropsFoldersAndControlCharacters() {
    func name(_ fileName: String?) -> String {
      FormPart(name: "file", fileName: fileName, contentType: nil, bytes: []).displayName
    }
    #expect(name("reports/2023/a.xlsx") == "a.xlsx")
    #expect(name("C:\\Users\\clerk\\报告.docx") == "报告.docx")
    #expect(name("a\u{0}b\r\n.xlsx") == "ab.xlsx")
    #expect(name(nil) == "upload")
    #expect(name("  ") == "upload")
  }
}
