import Testing

@testable import NianbaoReport

@Suite("Amounts")
struct AmountTests {
  @Test("plain digits only")
  func parsing() {
    #expect(Amount("24252.311082")?.text == "24252.311082")
    #expect(Amount("251000")?.text == "251000")
    #expect(Amount("0024.10")?.text == "24.10")
    #expect(Amount("0")?.text == "0")
    #expect(Amount(".5") == nil)
    #expect(Amount("5.") == nil)
    #expect(Amount("-5") == nil)
    #expect(Amount("251000元") == nil)
    #expect(Amount("1,000") == nil)
    #expect(Amount("1e3") == nil)
    #expect(Amount(String(repeating: "9", count: 65)) == nil)
  }

  @Test("from JSON numbers, keeping digits")
  func fromJSON() {
    #expect(Amount(JSONNumber("7730.28")!)?.text == "7730.28")
    #expect(Amount(JSONNumber("2.50e1")!)?.text == "25.0")
    #expect(Amount(JSONNumber("5e-3")!)?.text == "0.005")
    #expect(Amount(JSONNumber("1E+2")!)?.text == "100")
    #expect(Amount(JSONNumber("-0")!)?.text == "0")
    #expect(Amount(JSONNumber("-0.5")!) == nil)
    #expect(Amount(JSONNumber("1e100")!) == nil)
  }

  @Test("equality by value, exact addition")
  func arithmetic() throws {
    #expect(Amount("7730.28") == Amount("7730.280"))
    #expect(Set([Amount("1.0")!, Amount("1")!]).count == 1)
    #expect(Amount("0.1")! < Amount("0.25")!)
    #expect(Amount.adding(Amount("0.1")!, Amount("0.2")!)?.text == "0.3")
    #expect(Amount.adding(Amount("24252.311082")!, Amount("7730.28")!)?.text == "31982.591082")
    #expect(Amount.adding(Amount("999.99")!, Amount("0.01")!)?.text == "1000.00")
    #expect(Amount.adding(Amount("1.10")!, Amount("2")!)?.text == "3.10")
    #expect(Amount.adding(Amount(String(repeating: "9", count: 64))!, Amount("1")!) == nil)
  }
}
