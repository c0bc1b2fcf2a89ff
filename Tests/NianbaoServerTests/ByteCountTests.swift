import Testing

@testable import NianbaoServer

@Suite struct ByteCountTests {
  @Test func namesTheLargestUnitThatDivides() {
    #expect(ByteCount.words(20 << 20) == "20 MiB")
    #expect(ByteCount.words(512 << 10) == "512 KiB")
    #expect(ByteCount.words(1000) == "1000 bytes")
    #expect(ByteCount.words(1) == "1 byte")
    #expect(ByteCount.words((1 << 20) + 1) == "1048577 bytes")
  }
}
