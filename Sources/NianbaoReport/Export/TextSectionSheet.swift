import NianbaoXLSX

/// The sheet holding the text sections 一、五、六: each section's official title in column A and its text in column B,
/// the arrangement the importer reads back (a section title with its text in the cell to its right).
enum TextSectionSheet {
  /// The sheet's name.
  static let name = "文字部分"
  /// The width of the text column, in characters.
  static let textColumnWidth = 90.0
  /// The least height of an empty text cell in a template, in points, leaving room to type.
  static let emptyTextHeight = 120.0

  /// The sheet of an exported report: one row per section that has text, or `nil` when no section has any.
  static func sheet(for text: ReportText) -> SheetDocument? {
    let present = TextSection.allCases.filter { text[$0] != nil }
    guard !present.isEmpty else { return nil }
    return sheet(sections: present.map { ($0, text[$0]) }, editable: false)
  }

  /// The sheet of a blank template: every section with an empty, unlocked text cell.
  static func template() -> SheetDocument {
    sheet(sections: TextSection.allCases.map { ($0, nil) }, editable: true)
  }

  private static func sheet(sections: [(TextSection, String?)], editable: Bool) -> SheetDocument {
    var draft = SheetDraft()
    draft.fixedColumnWidths[2] = textColumnWidth
    for (index, (section, text)) in sections.enumerated() {
      let row = index + 1
      draft.fill(
        CellRange(origin: CellReference(row: row, column: 1)!, rows: 1, columns: 1)!, .string(section.title.text),
        style: ReportStyles.textTitle, fontSize: ReportStyles.bodySize, sizing: .wrapped)
      draft.fill(
        CellRange(origin: CellReference(row: row, column: 2)!, rows: 1, columns: 1)!,
        text.map(CellValue.string) ?? .empty,
        style: ReportStyles.textBody(locked: !editable), fontSize: ReportStyles.bodySize, sizing: .heightOnly)
      if text == nil { draft.minimumRowHeights[row] = emptyTextHeight }
    }
    var sheet = draft.sheet(named: name)
    sheet.pageSetup = PageSetup(
      paperSize: PageSetup.a4, orientation: .portrait, fit: PageFit(pagesWide: 1, pagesTall: 0))
    return sheet
  }
}
