import NianbaoXLSX

/// The sheet holding the report title and tables 二、三、四 in the official layout, as ``ReportSheetPlan`` places
/// them; shared by the exporter (values filled, everything locked) and the blank templates (value cells empty and
/// unlocked).
enum ReportSheet {
  /// The least height of a table row, in points.
  static let tableRowHeight = 20.0
  /// The least height of the report title's row, in points.
  static let titleRowHeight = 32.0
  /// The height of a section title's row, in points.
  static let sectionRowHeight = 22.0
  /// The least width of a column holding values, in characters, leaving room to type a number.
  static let valueColumnWidth = 9.0

  /// The draft of the sheet: the title (or, in an editable sheet without one, an empty unlocked title cell for the
  /// clerk), then each table under its section title, every grid cell at its offset with the grid's merges, labels
  /// character for character and `value(slot)` in each value cell (`nil` leaves it empty: blank is not zero).
  static func draft(
    plan: ReportSheetPlan, title: String?, editable: Bool, value: (ValueSlot) -> ReportValue?
  ) -> SheetDraft {
    var draft = SheetDraft()
    if title != nil || editable {
      draft.fill(
        plan.titleRange, title.map(CellValue.string) ?? .empty, style: ReportStyles.title(locked: !editable),
        fontSize: ReportStyles.titleSize, sizing: .heightOnly)
      draft.minimumRowHeights[plan.titleRow] = titleRowHeight
    }
    for placed in plan.tables {
      draft.fill(
        CellRange(origin: CellReference(row: placed.titleRow, column: 1)!, rows: 1, columns: 1)!,
        .string(placed.table.title.text), style: ReportStyles.sectionTitle, fontSize: ReportStyles.sectionSize,
        sizing: .none)
      draft.minimumRowHeights[placed.titleRow] = sectionRowHeight
      let valueRows = Set(placed.table.slots.flatMap { $0.row..<$0.row + $0.rowSpan })
      for cell in placed.table.grid.cells {
        let area = placed.range(of: cell)
        switch cell.content {
        case .label(let label):
          let isRowLabel = cell.rowSpan == 1 && valueRows.contains(cell.row)
          draft.fill(
            area, .string(label.text), style: isRowLabel ? ReportStyles.rowLabel : ReportStyles.header,
            fontSize: ReportStyles.bodySize, sizing: .wrapped)
        case .value(let slot):
          for column in area.start.column...area.end.column {
            draft.minimumColumnWidths[column] = valueColumnWidth
          }
          let filled = value(slot)
          draft.fill(
            area, filled.map { .number($0.description) } ?? .empty,
            style: ReportStyles.value(
              numberFormat: ReportStyles.numberFormat(kind: slot.kind, value: filled), locked: !editable),
            fontSize: ReportStyles.bodySize, sizing: .singleLine)
        case .empty:
          draft.fill(area, .empty, style: ReportStyles.emptyCell, fontSize: ReportStyles.bodySize, sizing: .none)
        }
      }
      for row in placed.rows { draft.minimumRowHeights[row] = tableRowHeight }
    }
    return draft
  }

  /// The finished sheet: A4 landscape (tables 三 and 四 are wide), fitted to one page across, centred, printing
  /// the title and the tables, with a page break before table 三 so that it never splits inside its merged labels
  /// (table 二 fills the first page, tables 三 and 四 the second).
  static func sheet(_ draft: SheetDraft, plan: ReportSheetPlan) -> SheetDocument {
    var sheet = draft.sheet(named: ReportSheetPlan.sheetName)
    sheet.pageSetup = PageSetup(
      paperSize: PageSetup.a4, orientation: .landscape, fit: PageFit(pagesWide: 1, pagesTall: 0),
      margins: PageMargins(left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3),
      centersHorizontally: true)
    sheet.printArea = plan.printArea
    sheet.pageBreakRows = [plan.table(.applications).titleRow]
    return sheet
  }
}
