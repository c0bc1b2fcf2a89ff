import Testing

@testable import NianbaoReport

@Suite struct ReviewCSVTests {
  @Test func byteOrderMarkHeaderAndOneRowPerFinding() {
    let text = ReviewCSV.text(
      for: [
        ReviewEntryTests.entry("a,b.xlsx", [.r4, .r5]), ReviewEntryTests.entry("clean.json", []),
        ReviewEntry(file: "gone.xlsx", outcome: .unreadable(message: "It is \"damaged\".")),
      ], language: .english)
    #expect(text.hasPrefix("\u{FEFF}file,organ,year,formatVersion,severity,rule,"))
    let lines = text.dropFirst().components(separatedBy: "\r\n")
    #expect(lines.count == 5 && lines.last == "", "header, two findings, one unreadable row, then the final CRLF")
    #expect(lines[1].hasPrefix("\"a,b.xlsx\",,,2021,error,R4,mismatch,"))
    #expect(lines[2].contains(",warning,R5,") && lines[2].hasSuffix(",R5 sentence"))
    #expect(lines[3] == "gone.xlsx,,,,error,unreadable,,,,,,,,,\"It is \"\"damaged\"\".\"")
    #expect(!text.contains("clean.json"))
  }

  @Test func textThatASpreadsheetWouldRunIsShownInstead() {
    #expect(ReviewCSV.encode(.text("=HYPERLINK(\"x\")")) == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(ReviewCSV.encode(.text("+1")) == "'+1")
    #expect(ReviewCSV.encode(.text("@SUM(A1)")) == "'@SUM(A1)")
    #expect(ReviewCSV.encode(.number("-18")) == "-18")
    #expect(ReviewCSV.encode(.text("两行\n文字")) == "\"两行\n文字\"")
    #expect(ReviewCSV.encode(.text("平潭综合实验区")) == "平潭综合实验区")
  }

  @Test func theOrganAndYearOfTheReportAreOnEveryRow() throws {
    let report = Report(formatVersion: .v2019, organ: "=示例", year: 2020)
    let entry = ReviewEntry(file: "f", outcome: .checked(report: report, findings: [ReviewEntryTests.finding(.r1)]))
    let row = ReviewCSV.text(for: [entry], language: .chinese).components(separatedBy: "\r\n")[1]
    #expect(row.hasPrefix("f,'=示例,2020,2019,error,R1,"))
    #expect(row.hasSuffix(",R1句"))
  }
}
