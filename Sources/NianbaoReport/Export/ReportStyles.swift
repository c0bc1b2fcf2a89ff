import NianbaoXLSX

/// The look of an exported report or a blank template: 宋体 throughout, thin borders on every table cell, centred
/// and wrapped headers, left-aligned row labels, bold titles.
enum ReportStyles {
  /// The typeface of every cell.
  static let fontName = "宋体"
  /// The size of table cells and body text.
  static let bodySize = 11.0
  /// The size of the report title.
  static let titleSize = 16.0
  /// The size of the section titles above the tables.
  static let sectionSize = 12.0

  /// The body font.
  static let body = FontStyle(name: fontName, size: bodySize)

  /// The report title: large, bold, centred across the tables.
  static func title(locked: Bool) -> CellStyle {
    CellStyle(
      font: FontStyle(name: fontName, size: titleSize, isBold: true),
      alignment: CellAlignment(horizontal: .center, vertical: .center, wrapsText: true), isLocked: locked)
  }

  /// A section title (二、主动公开政府信息情况…): bold, flush left.
  static let sectionTitle = CellStyle(
    font: FontStyle(name: fontName, size: sectionSize, isBold: true),
    alignment: CellAlignment(horizontal: .left, vertical: .center))

  /// A column header, block title or note: centred and wrapped.
  static let header = CellStyle(
    font: body, border: .thin, alignment: CellAlignment(horizontal: .center, vertical: .center, wrapsText: true))

  /// The label of a single value row: flush left and wrapped.
  static let rowLabel = CellStyle(
    font: body, border: .thin, alignment: CellAlignment(horizontal: .left, vertical: .center, wrapsText: true))

  /// A table cell with neither label nor value.
  static let emptyCell = CellStyle(font: body, border: .thin)

  /// A value cell: centred, with the number format that shows its digits; unlocked in a template.
  static func value(numberFormat: String?, locked: Bool) -> CellStyle {
    CellStyle(
      font: body, border: .thin, alignment: CellAlignment(horizontal: .center, vertical: .center),
      numberFormat: numberFormat, isLocked: locked)
  }

  /// The number format showing a value exactly: `0` for whole numbers, `0.` and one `0` per decimal written for an
  /// amount (so `24252.311082` prints all six decimals and `7730.280` keeps its trailing zero). `nil` (General)
  /// for a blank amount cell, where any number of decimals may be typed.
  static func numberFormat(kind: ValueKind, value: ReportValue?) -> String? {
    switch (kind, value) {
    case (.amount, .amount(let amount)?):
      let decimals = amount.text.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
      return decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals)
    case (.amount, _):
      return nil
    case (.count, _), (.signedCount, _):
      return "0"
    }
  }

  /// The title of a text section in the first column of the text sheet.
  static let textTitle = CellStyle(
    font: FontStyle(name: fontName, size: bodySize, isBold: true), border: .thin,
    alignment: CellAlignment(horizontal: .left, vertical: .top, wrapsText: true))

  /// The text of a section: wrapped, from the top left; unlocked in a template.
  static func textBody(locked: Bool) -> CellStyle {
    CellStyle(
      font: body, border: .thin, alignment: CellAlignment(horizontal: .left, vertical: .top, wrapsText: true),
      isLocked: locked)
  }

  /// A live check cell of a template (✓ or ✗ and the rule): centred, locked.
  static let check = CellStyle(font: body, alignment: CellAlignment(horizontal: .center, vertical: .center))

  /// The caption of a column or row of check cells.
  static let checkCaption = CellStyle(
    font: FontStyle(name: fontName, size: bodySize, isItalic: true),
    alignment: CellAlignment(horizontal: .center, vertical: .center, wrapsText: true))
}
