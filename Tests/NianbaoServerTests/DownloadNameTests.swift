import NianbaoReport
import Testing

@testable import NianbaoServer

@Suite struct DownloadNameTests {
  @Test func namesKeepLettersAndDigitsOnly() {
    #expect(DownloadName.safe("示例县示例镇_2022", ending: ".xlsx") == "示例县示例镇_2022.xlsx")
    #expect(DownloadName.safe("../../etc/passwd", ending: ".json") == "etc_passwd.json")
    #expect(DownloadName.safe("<script>alert(1)</script>", ending: ".html") == "script_alert_1_script.html")
    #expect(DownloadName.safe("a\"b\r\nc", ending: ".csv") == "a_b_c.csv")
    #expect(DownloadName.safe("...", ending: ".xlsx") == "report.xlsx")
    #expect(DownloadName.safe(String(repeating: "长", count: 200), ending: ".xlsx").count == 85)
  }

  @Test func theDispositionHasAnASCIINameAndTheRealOne() {
    #expect(
      DownloadName.contentDisposition("示例_2022.xlsx")
        == "attachment; filename=\"___2022.xlsx\"; filename*=UTF-8''%E7%A4%BA%E4%BE%8B_2022.xlsx")
    #expect(
      DownloadName.contentDisposition("a-b.json") == "attachment; filename=\"a-b.json\"; filename*=UTF-8''a-b.json")
  }

  @Test func theStemIsTheOrganAndTheYear() throws {
    var report = Report(formatVersion: .v2021)
    #expect(DownloadName.stem(for: report) == "report")
    report.organ = "某县"
    report.year = 2023
    #expect(DownloadName.stem(for: report) == "某县_2023")
  }
}
