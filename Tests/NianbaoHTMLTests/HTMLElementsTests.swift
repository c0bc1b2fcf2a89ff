import Testing

@testable import NianbaoHTML

/// Element classes, chrome words and span attributes.
@Suite struct HTMLElementsTests {
  @Test func chromeWordsAreWholeWords() {
    #expect(HTMLElements.namesChrome("header menu_hov"))
    #expect(HTMLElements.namesChrome("banner_header"))
    #expect(HTMLElements.namesChrome("footer"))
    #expect(HTMLElements.namesChrome("site-nav"))
    #expect(!HTMLElements.namesChrome("article_title_group"))
    #expect(!HTMLElements.namesChrome("TRS_Editor"))
    #expect(!HTMLElements.namesChrome("navigate_to"))
    #expect(!HTMLElements.namesChrome(""))
  }

  @Test func spansAreClampedAsBrowsersDo() {
    #expect(HTMLElements.span(nil, maximum: 1000) == 1)
    #expect(HTMLElements.span("3", maximum: 1000) == 3)
    #expect(HTMLElements.span(" 2px", maximum: 1000) == 2)
    #expect(HTMLElements.span("0", maximum: 1000) == 1)
    #expect(HTMLElements.span("-4", maximum: 1000) == 1)
    #expect(HTMLElements.span("99999999999999999999", maximum: 1000) == 1000)
    #expect(HTMLElements.span("x", maximum: 1000) == 1)
  }

  @Test func scriptsAreSkippedAndParagraphsAreBlocks() {
    #expect(HTMLElements.skipped.isSuperset(of: ["script", "style", "noscript", "template", "select", "option"]))
    #expect(HTMLElements.blocks.isSuperset(of: ["p", "div", "h1", "h6", "li", "td"]))
    #expect(!HTMLElements.blocks.contains("span"))
  }
}
