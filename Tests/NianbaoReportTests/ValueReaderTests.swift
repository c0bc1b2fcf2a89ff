import Testing

@testable import NianbaoReport

@Suite struct ValueReaderTests {
  @Test func sumsOfBlankCellsAndValues() {
    #expect(ValueReader.add(nil, nil) == .blank)
    #expect(ValueReader.add(nil, .count(3)) == .value(.count(3)))
    #expect(ValueReader.add(.count(3), nil) == .value(.count(3)))
    #expect(ValueReader.add(.count(3), .count(4)) == .value(.count(7)))
    #expect(ValueReader.add(.amount(Amount("1.5")!), .amount(Amount("2.25")!)) == .value(.amount(Amount("3.75")!)))
  }

  @Test func sumsTooLargeToHoldAreToldApart() {
    #expect(ValueReader.add(.count(Int.max), .count(1)) == .tooLarge)
    let largest = Amount(String(repeating: "9", count: Amount.maximumDigits))!
    #expect(ValueReader.add(.amount(largest), .amount(Amount("1")!)) == .tooLarge)
    #expect(ValueReader.add(.amount(largest), nil) == .value(.amount(largest)))
  }
}
