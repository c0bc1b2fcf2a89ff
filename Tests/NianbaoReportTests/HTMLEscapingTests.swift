import Testing

@testable import NianbaoReport

@Suite struct HTMLEscapingTests {
  @Test func markupCharactersAndControlCharacters() {
    #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    #expect(HTMLEscaping.escape("甲\t乙\n丙\u{0}\u{7}\u{1B}丁\u{85}") == "甲\t乙\n丙丁")
    #expect(HTMLEscaping.escape("平潭综合实验区 24252.311082") == "平潭综合实验区 24252.311082")
  }
}
