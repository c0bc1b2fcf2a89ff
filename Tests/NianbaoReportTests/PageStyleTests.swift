import Testing

@testable import NianbaoReport

@Suite struct PageStyleTests {
  @Test func fontsWithFallbacksPrintAndPhone() {
    let css = PageStyle.css
    #expect(!css.contains("<") && !css.contains("&"), "the page stays well-formed XML")
    #expect(css.contains("@page { size: A4;"))
    #expect(css.contains("@media print") && css.contains("@media (max-width: 640px)"))
    #expect(css.contains("\"宋体\", SimSun, \"Songti SC\", \"Noto Serif CJK SC\""))
    #expect(css.contains("section.table { break-inside: avoid;"))
    #expect(PageStyle.family(["黑体", "Noto Sans CJK SC", "sans-serif"]) == "\"黑体\", \"Noto Sans CJK SC\", sans-serif")
  }
}
