import Testing

@testable import nianbao

@Suite struct ProgressBarTests {
  @Test func countRateAndTimeLeft() {
    let line = ProgressBar.line(done: 50, total: 200, elapsed: 2, width: 8, language: .english)
    #expect(line == "checking [██░░░░░░] 50/200  25.0 files/s  0:06 left")
    #expect(
      ProgressBar.line(done: 0, total: 10, elapsed: 0, width: 4, language: .chinese)
        == "检查中 [░░░░] 0/10  0.0 个/秒  剩余 --:--")
    #expect(ProgressBar.line(done: 10, total: 10, elapsed: 1, width: 4, language: .chinese).contains("[████] 10/10"))
  }

  @Test func clock() {
    #expect(ProgressBar.clock(0) == "0:00")
    #expect(ProgressBar.clock(61.2) == "1:02")
    #expect(ProgressBar.clock(3725) == "1:02:05")
  }
}
