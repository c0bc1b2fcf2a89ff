import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// The look of exported reports and templates.
@Suite struct ReportStylesTests {
  @Test func numberFormatsShowEveryDigitWritten() {
    #expect(ReportStyles.numberFormat(kind: .count, value: .count(3985758)) == "0")
    #expect(ReportStyles.numberFormat(kind: .signedCount, value: .count(-18)) == "0")
    #expect(ReportStyles.numberFormat(kind: .count, value: nil) == "0")
    #expect(ReportStyles.numberFormat(kind: .amount, value: .amount(Amount("24252.311082")!)) == "0.000000")
    #expect(ReportStyles.numberFormat(kind: .amount, value: .amount(Amount("7730.280")!)) == "0.000")
    #expect(ReportStyles.numberFormat(kind: .amount, value: .amount(Amount("251000")!)) == "0")
    #expect(ReportStyles.numberFormat(kind: .amount, value: nil) == nil)
  }

  @Test func everyStyleUsesSongTi() {
    let styles = [
      ReportStyles.title(locked: true), ReportStyles.sectionTitle, ReportStyles.header, ReportStyles.rowLabel,
      ReportStyles.emptyCell, ReportStyles.value(numberFormat: "0", locked: false), ReportStyles.textTitle,
      ReportStyles.textBody(locked: true), ReportStyles.check, ReportStyles.checkCaption,
    ]
    #expect(styles.allSatisfy { $0.font.name == "宋体" })
  }

  @Test func tableCellsHaveThinBordersAndTitlesAreBold() {
    for style in [
      ReportStyles.header, ReportStyles.rowLabel, ReportStyles.emptyCell,
      ReportStyles.value(numberFormat: nil, locked: true),
    ] {
      #expect(style.border == .thin)
    }
    #expect(ReportStyles.title(locked: true).font.isBold)
    #expect(ReportStyles.sectionTitle.font.isBold)
    #expect(ReportStyles.header.alignment == CellAlignment(horizontal: .center, vertical: .center, wrapsText: true))
    #expect(ReportStyles.rowLabel.alignment.horizontal == .left)
    #expect(!ReportStyles.value(numberFormat: nil, locked: false).isLocked)
    #expect(ReportStyles.value(numberFormat: nil, locked: true).isLocked)
  }
}
