import Testing

@testable import NianbaoHTML

/// Tags, comments and script bodies measured before libxml2 buffers them.
@Suite struct MarkupGuardTests {
  static func check(_ text: String, chunk: Int = 3) -> String? {
    var guardian = MarkupGuard(maxTagBytes: 16, maxRawTextBytes: 32)
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(start + chunk, bytes.count)
      if let what = bytes[start..<end].withUnsafeBytes({ guardian.check($0) }) { return what }
      start = end
    }
    return nil
  }

  @Test func ordinaryMarkupPasses() {
    #expect(Self.check("<p class=a>" + String(repeating: "长文本", count: 100) + "</p><!-- c --><br/>") == nil)
    #expect(
      Self.check("<script>" + String(repeating: "x", count: 30) + "</script>" + String(repeating: "y", count: 99))
        == nil)
    #expect(Self.check("<!DOCTYPE html><html>") == nil)
  }

  @Test func longTagCommentAndScriptAreCaught() {
    #expect(Self.check("<div class=\"" + String(repeating: "a", count: 20)) == "a tag")
    #expect(Self.check("<!-- " + String(repeating: "> ", count: 20)) == "a comment")
    #expect(Self.check("<SCRIPT type=x>" + String(repeating: "a>", count: 20)) == "a script or style")
    #expect(Self.check("<style>" + String(repeating: "b", count: 40)) == "a script or style")
  }

  @Test func endTagsAndLookalikesDoNotOpenRawText() {
    #expect(Self.check("</script>" + String(repeating: "z", count: 40)) == nil)
    #expect(Self.check("<scripts>" + String(repeating: "z", count: 40)) == nil)
  }
}
