import NianbaoXLSX

/// Builds blank templates of the official layout for the clerks who fill in a report.
///
/// The first sheet is the exported layout (``ReportSheetPlan``) with an empty title cell and empty value cells;
/// the title and value cells are unlocked, everything else is locked, and the sheet is protected without a password.
/// Value cells accept only their kind of number. To the right of the print area, live check cells (``BalanceCheck``)
/// show for every balance equation (R1–R4) whether it holds as the clerk types — beside each row of table 三 (R2),
/// beside （七）总计 and 四、结转下年度继续办理 one per column (R3, R1), beside table 四's row one per group (R4) — and a
/// broken total turns red. The second sheet holds the text sections' titles with an empty, unlocked cell for each text.
/// A filled template imports with ``ReportImporter``; an empty one imports as an all-blank report.
public enum TemplateBuilder {
  /// The protection of both sheets: no password; columns and rows may still be resized.
  public static let protection = SheetProtection(allowsFormattingColumns: true, allowsFormattingRows: true)

  /// The template of a version.
  public static func document(for version: FormatVersion) -> WorkbookDocument {
    let plan = ReportSheetPlan(version: version)
    var draft = ReportSheet.draft(plan: plan, title: nil, editable: true) { _ in nil }
    let checks = CheckPlacement.checks(for: plan)
    for caption in CheckPlacement.captions(for: checks, plan: plan) {
      draft.fill(
        CellRange(start: caption.reference, end: caption.reference)!, .string(caption.text),
        style: ReportStyles.checkCaption, fontSize: ReportStyles.bodySize, sizing: .wrapped)
    }
    for check in checks {
      // The cached result is that of the empty template: every sum is 0, so every equation holds.
      draft.fill(
        CellRange(start: check.reference, end: check.reference)!, .string(BalanceCheck.holdsText),
        formula: check.formula, style: ReportStyles.check, fontSize: ReportStyles.bodySize, sizing: .singleLine)
    }
    var sheet = ReportSheet.sheet(draft, plan: plan)
    sheet.dataValidations = [TemplateValidations.titleRule(plan)] + TemplateValidations.valueRules(plan)
    sheet.conditionalFormats = TotalHighlights.formats(for: checks, plan: plan)
    sheet.protection = protection
    var text = TextSectionSheet.template()
    text.protection = protection
    return WorkbookDocument(
      sheets: [sheet, text],
      properties: DocumentProperties(title: String(ReportTitle.suffix.dropFirst()) + "（\(version.rawValue)年版模板）"))
  }

  /// The bytes of a version's template.
  ///
  /// - Throws: ``XLSXError`` when the workbook cannot be written.
  public static func data(for version: FormatVersion) throws -> [UInt8] {
    try WorkbookWriter.data(document(for: version))
  }

  /// Writes a version's template to `path` atomically, replacing any file there.
  ///
  /// - Throws: ``XLSXError`` when the file cannot be written.
  public static func write(_ version: FormatVersion, to path: String) throws {
    try WorkbookWriter.write(document(for: version), to: path)
  }

  /// The live check cells of a version's template, one per balance equation of its layout, in the layout's order.
  public static func checks(for version: FormatVersion) -> [BalanceCheck] {
    CheckPlacement.checks(for: ReportSheetPlan(version: version))
  }
}
