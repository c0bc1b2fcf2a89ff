/// A whole worksheet held in memory: its description, rows and layout.
///
/// Built by ``WorkbookReader/readWorkbook()`` for callers that want every cell at once; streaming callers use
/// ``WorkbookReader/readSheet(at:rows:)`` instead.
public struct Worksheet: Hashable, Sendable {
  /// The sheet's name, visibility and part.
  public var info: SheetInfo
  /// The rows that hold cells or layout, in row order.
  public var rows: [Row]
  /// Merges, columns and dimension.
  public var layout: SheetLayout

  /// Creates a worksheet.
  public init(info: SheetInfo, rows: [Row], layout: SheetLayout) {
    self.info = info
    self.rows = rows
    self.layout = layout
  }

  /// Every cell of the sheet, row by row.
  public var cells: [Cell] { rows.flatMap(\.cells) }
}

/// A whole workbook held in memory: its sheets in workbook order.
public struct Workbook: Hashable, Sendable {
  /// The sheets in the order the workbook lists them.
  public var sheets: [Worksheet]

  /// Creates a workbook.
  public init(sheets: [Worksheet]) {
    self.sheets = sheets
  }
}
