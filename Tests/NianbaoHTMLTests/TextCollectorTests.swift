import Testing

@testable import NianbaoHTML

/// White space collapsed as a browser lays text out.
@Suite struct TextCollectorTests {
  static func collect(_ pieces: [String], _ steps: (inout TextCollector, Int) -> Void = { _, _ in }) -> String {
    var collector = TextCollector()
    for (index, piece) in pieces.enumerated() {
      Array(piece.utf8).withUnsafeBufferPointer { collector.append($0) }
      steps(&collector, index)
    }
    return collector.take()
  }

  @Test func spacesCollapseAndTrim() {
    #expect(Self.collect(["  a \t\n b  "]) == "a b")
    #expect(Self.collect(["\u{A0}总\u{A0}\u{A0}计\u{A0}"]) == "总 计")
    #expect(Self.collect(["a", " ", "b"]) == "a b")
    #expect(Self.collect(["中", "文"]) == "中文")
    #expect(Self.collect(["\u{3000}全角\u{3000}"]) == "\u{3000}全角\u{3000}")
  }

  @Test func noBreakSpaceSplitAcrossPiecesIsStillASpace() {
    var collector = TextCollector()
    [UInt8]([0x61, 0xC2]).withUnsafeBufferPointer { collector.append($0) }
    [UInt8]([0xA0, 0x62]).withUnsafeBufferPointer { collector.append($0) }
    #expect(collector.take() == "a b")
    [UInt8]([0xC2]).withUnsafeBufferPointer { collector.append($0) }
    [UInt8]([0xA9]).withUnsafeBufferPointer { collector.append($0) }
    #expect(collector.take() == "©")
  }

  @Test func breaksAndBlockBoundaries() {
    #expect(Self.collect(["a", "b"]) { collector, _ in collector.lineBreak() } == "a\nb")
    #expect(Self.collect(["a", "b"]) { collector, _ in collector.blockBoundary() } == "a\nb")
    #expect(
      Self.collect(["a", "b"]) { collector, _ in
        collector.blockBoundary()
        collector.blockBoundary()
      } == "a\nb")
    #expect(
      Self.collect(["a", "b"]) { collector, index in
        if index == 0 {
          collector.lineBreak()
          collector.lineBreak()
        }
      } == "a\n\nb")
    #expect(Self.collect([" ", "a "]) { collector, _ in collector.lineBreak() } == "a")
  }
}
