import NianbaoPackage
import Testing

@Suite struct ElementEndTests {
  @Test func anEmptyElementsEndIsSwallowed() {
    var depth = 3
    var swallowEnd = true
    var skipDepth: Int?
    #expect(!ElementEnd.isHandled(depth: &depth, swallowEnd: &swallowEnd, skipDepth: &skipDepth))
    #expect(depth == 2 && !swallowEnd)
    #expect(ElementEnd.isHandled(depth: &depth, swallowEnd: &swallowEnd, skipDepth: &skipDepth))
    #expect(depth == 1)
  }

  @Test func aSkippedSubtreeEndsUnhandledAtItsOwnDepth() {
    var depth = 4
    var swallowEnd = false
    var skipDepth: Int? = 2
    #expect(!ElementEnd.isHandled(depth: &depth, swallowEnd: &swallowEnd, skipDepth: &skipDepth))
    #expect(skipDepth == 2)
    #expect(!ElementEnd.isHandled(depth: &depth, swallowEnd: &swallowEnd, skipDepth: &skipDepth))
    #expect(depth == 2 && skipDepth == nil)
    #expect(ElementEnd.isHandled(depth: &depth, swallowEnd: &swallowEnd, skipDepth: &skipDepth))
  }
}
