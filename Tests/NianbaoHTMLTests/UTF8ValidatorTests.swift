import Testing

@testable import NianbaoHTML

/// UTF-8 validation across chunks.
@Suite struct UTF8ValidatorTests {
  @Test func validTextPasses() {
    #expect(UTF8Validator.isValid(Array("政府 ©  𠀀".utf8), complete: true))
  }

  @Test(
    arguments: [
      [0x80], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
      [0xE4, 0xB8, 0x20],
    ] as [[UInt8]])
  func invalidSequencesFail(_ bytes: [UInt8]) {
    #expect(!UTF8Validator.isValid(bytes, complete: true))
  }

  @Test func sequenceAcrossChunksAndItsOffset() {
    var validator = UTF8Validator()
    let text = Array("ab政".utf8)
    #expect(text[0..<3].withUnsafeBytes { validator.check($0) } == nil)
    #expect(validator.finish() == 2)
    #expect(text[3...].withUnsafeBytes { validator.check($0) } == nil)
    #expect(validator.finish() == nil)
    #expect([UInt8]([0x61, 0xFF]).withUnsafeBytes { validator.check($0) } == 6)
  }
}
