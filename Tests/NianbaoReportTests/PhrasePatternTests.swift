import Testing

@testable import NianbaoReport

@Suite struct PhrasePatternTests {
  private let received = PhrasePattern([
    .oneOf(["收到", "受理"], optional: false), .oneOf(["政府信息公开"], optional: true), .oneOf(["申请"], optional: false),
    .oneOf(["共", "共计"], optional: true), .number, .oneOf(["件"], optional: false),
  ])

  private func matches(_ pattern: PhrasePattern, _ text: String) -> [String] {
    pattern.matches(in: Array(text.unicodeScalars)).map(\.digits)
  }

  @Test func theNumberAfterThePhraseIsRead() {
    #expect(matches(received, "全年收到申请75件") == ["75"])
    #expect(matches(received, "受理政府信息公开申请共计21件，") == ["21"])
  }

  @Test func anAlternativeThatFailsIsBackedOutOf() {
    // “共” is tried first and leaves “计21件”, which is not a number: “共计” then matches.
    #expect(matches(received, "收到申请共计21件") == ["21"])
  }

  @Test func everyMatchIsFoundLeftToRightWithoutOverlap() {
    #expect(matches(received, "收到申请3件，受理申请4件") == ["3", "4"])
    #expect(matches(received, "收到申请件") == [])
    #expect(matches(received, "收到申请12") == [])
  }

  @Test func matchesWhatTheSameRegularExpressionMatches() throws {
    // The pattern is the phrase the regular expression below spells; over many generated sentences both find the
    // same numbers.
    let regex = /(?:收到|受理)(?:政府信息公开)?申请(?:共|共计)?(\d+)件/
    let pieces = ["收到", "受理", "政府信息公开", "申请", "共", "共计", "计", "7", "12", "件", "起", "，", "年"]
    var generator = SplitMix(seed: 7)
    for _ in 0..<3000 {
      let text = (0..<Int(generator.next() % 9)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
        .joined()
      let expected = text.matches(of: regex).map { String($0.output.1) }
      #expect(matches(received, text) == expected, "\(text)")
    }
  }
}

/// A small deterministic random number generator for generated inputs.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
