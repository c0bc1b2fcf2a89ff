import NianbaoGrid
import NianbaoXLSX

/// Writes a ``Report`` as an XLSX workbook in the official layout.
///
/// The first sheet (``ReportSheetPlan/sheetName``) holds the title “<organ><year>年政府信息公开工作年度报告” merged
/// across the tables (when organ and year are known), then tables 二、三、四 stacked, each under its section title,
/// with exactly the official grid's merges and labels. Counts are written as numbers, amounts with their exact
/// digits, blank cells are left empty (blank is not zero). When any text section is present, a second sheet
/// (``textSheetName``) holds each section's title with its text to its right. The same report always gives the same
/// bytes, and ``ReportImporter`` reads the file back to the same report.
public enum ReportExporter {
  /// The name of the sheet holding the text sections.
  public static let textSheetName = TextSectionSheet.name

  /// The workbook of a report.
  public static func document(for report: Report) -> WorkbookDocument {
    let plan = ReportSheetPlan(layout: report.layout)
    let title = ReportTitle.text(organ: report.organ, year: report.year)
    let draft = ReportSheet.draft(plan: plan, title: title, editable: false) { report[$0.keyPath] }
    var sheets = [ReportSheet.sheet(draft, plan: plan)]
    if let text = TextSectionSheet.sheet(for: report.text) { sheets.append(text) }
    return WorkbookDocument(sheets: sheets, properties: DocumentProperties(title: title))
  }

  /// The bytes of the XLSX file of a report.
  ///
  /// - Throws: ``XLSXError`` when the workbook cannot be written (e.g. a text section longer than a cell holds).
  public static func data(for report: Report) throws -> [UInt8] {
    try WorkbookWriter.data(document(for: report))
  }

  /// Writes the XLSX file of a report to `path` atomically, replacing any file there.
  ///
  /// - Throws: ``XLSXError`` when the workbook cannot be built or the file cannot be written.
  public static func write(_ report: Report, to path: String) throws {
    try WorkbookWriter.write(document(for: report), to: path)
  }

  /// The cell each value slot of a version is written to, e.g. `applications.outcomes.total.total` → `J33`.
  public static func cellReferences(for version: FormatVersion) -> [ReportKeyPath: CellReference] {
    ReportSheetPlan(version: version).cellReferences
  }

  /// The location of each value slot of a version on an exported file or template, e.g. `'年度报告'!J33`, for
  /// findings that name real cells.
  public static func locations(for version: FormatVersion) -> [ReportKeyPath: SourceLocation] {
    ReportSheetPlan(version: version).locations
  }
}
