import Testing

@testable import NianbaoXLSX

@Suite struct IndexedListTests {
  @Test func numbersValuesByFirstUse() {
    var list = IndexedList(["a", "b", "a"])
    #expect(list.elements == ["a", "b"])
    #expect(list.index(of: "c") == 2)
    #expect(list.index(of: "a") == 0)
    #expect(list.index(of: "c") == 2)
    #expect(list.elements == ["a", "b", "c"])
  }
}
