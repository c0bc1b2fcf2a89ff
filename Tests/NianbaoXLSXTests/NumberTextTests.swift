import Testing

@testable import NianbaoXLSX

@Suite struct NumberTextTests {
  @Test(arguments: ["0", "-18", "+1036", "24252.311082", "1E-3", "1.5e+10", ".5", "5."])
  func acceptsNumbers(_ text: String) {
    #expect(NumberText.isValid(text))
  }

  @Test(arguments: ["", "-", ".", "1e", "1..2", "0x10", "1 2", "１３", "NaN", "inf", "251000元"])
  func rejectsOtherText(_ text: String) {
    #expect(!NumberText.isValid(text))
  }
}
