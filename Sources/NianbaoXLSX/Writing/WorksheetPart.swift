/// `xl/worksheets/sheetN.xml`: one sheet's cells and layout, with its children in the order ECMA-376 requires:
/// sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, mergeCells,
/// conditionalFormatting, dataValidations, printOptions, pageMargins, pageSetup, rowBreaks.
enum WorksheetPart {
  /// The part without its rows, split where they go: `head` ends with `<sheetData>` and `tail` starts with
  /// `</sheetData>`. Without rows, `head` is the whole part (with `<sheetData/>`) and `tail` is empty.
  ///
  /// `dimension` is the used range the rows cover; conditional formats register their styles in `styles`.
  static func frame(
    _ sheet: SheetDocument, number: Int, isSelected: Bool, dimension: CellRange, hasRows: Bool,
    styles: inout StyleTable
  ) throws -> (head: [UInt8], tail: [UInt8]) {
    let xml = try XMLWriter(part: OOXML.Part.worksheet(number))
    try xml.start("worksheet")
    try xml.attribute("xmlns", OOXML.spreadsheetNamespace)
    try xml.attribute("xmlns:r", OOXML.relationshipsNamespace)
    if sheet.pageSetup?.fit != nil {
      try xml.start("sheetPr")
      try xml.element("pageSetUpPr", attribute: "fitToPage", "1")
      try xml.end()
    }
    try xml.element("dimension", attribute: "ref", dimension.a1)
    try writeSheetView(xml, sheet, isSelected: isSelected)
    try xml.start("sheetFormatPr")
    try xml.attribute("defaultRowHeight", decimal: sheet.defaultRowHeight)
    if sheet.defaultRowHeight != SheetDocument.standardRowHeight { try xml.attribute("customHeight", flag: true) }
    try xml.end()
    try writeColumns(xml, sheet.columnWidths)
    try xml.start("sheetData")
    let split = hasRows ? try xml.contentOffset() : nil
    try xml.end()
    if let protection = sheet.protection { try writeProtection(xml, protection) }
    if !sheet.merges.isEmpty {
      try xml.start("mergeCells")
      try xml.attribute("count", sheet.merges.count)
      for merge in sheet.merges { try xml.element("mergeCell", attribute: "ref", merge.a1) }
      try xml.end()
    }
    try writeConditionalFormats(xml, sheet.conditionalFormats, styles: &styles)
    try writeDataValidations(xml, sheet.dataValidations)
    try writePrinting(xml, sheet.pageSetup)
    try writePageBreaks(xml, sheet.pageBreakRows)
    try xml.end()
    let bytes = try xml.finish()
    guard let split else { return (bytes, []) }
    return (Array(bytes[..<split]), Array(bytes[split...]))
  }

  /// The cells that appear in the file, in row-major order: cells with a value, a formula or a non-default style.
  static func writtenCells(_ sheet: SheetDocument) -> [WriteCell] {
    sheet.cells.filter { $0.value != .empty || $0.formula != nil || $0.style != .normal }
      .sorted { $0.reference < $1.reference }
  }

  /// The formula text as stored: without a leading `=`.
  static func storedFormula(_ formula: String) -> String {
    formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
  }

  private static func writeSheetView(_ xml: XMLWriter, _ sheet: SheetDocument, isSelected: Bool) throws {
    try xml.start("sheetViews")
    try xml.start("sheetView")
    if isSelected { try xml.attribute("tabSelected", flag: true) }
    try xml.attribute("workbookViewId", 0)
    if let pane = sheet.frozenPane, pane.row > 1 || pane.column > 1 {
      let activePane: String
      switch (pane.column > 1, pane.row > 1) {
      case (true, true): activePane = "bottomRight"
      case (true, false): activePane = "topRight"
      default: activePane = "bottomLeft"
      }
      try xml.start("pane")
      if pane.column > 1 { try xml.attribute("xSplit", pane.column - 1) }
      if pane.row > 1 { try xml.attribute("ySplit", pane.row - 1) }
      try xml.attribute("topLeftCell", pane.a1)
      try xml.attribute("activePane", activePane)
      try xml.attribute("state", "frozen")
      try xml.end()
      try xml.start("selection")
      try xml.attribute("pane", activePane)
      try xml.attribute("activeCell", pane.a1)
      try xml.attribute("sqref", pane.a1)
      try xml.end()
    }
    try xml.end()
    try xml.end()
  }

  private static func writeColumns(_ xml: XMLWriter, _ widths: [Int: Double]) throws {
    guard !widths.isEmpty else { return }
    // Runs of adjacent columns of equal width share one <col>.
    var runs: [(first: Int, last: Int, width: Double)] = []
    for column in widths.keys.sorted() {
      let width = widths[column]!
      if let last = runs.last, last.last == column - 1, last.width == width {
        runs[runs.count - 1].last = column
      } else {
        runs.append((column, column, width))
      }
    }
    try xml.start("cols")
    for run in runs {
      try xml.start("col")
      try xml.attribute("min", run.first)
      try xml.attribute("max", run.last)
      try xml.attribute("width", decimal: run.width)
      try xml.attribute("customWidth", flag: true)
      try xml.end()
    }
    try xml.end()
  }

  private static func writeProtection(_ xml: XMLWriter, _ protection: SheetProtection) throws {
    try xml.start("sheetProtection")
    try xml.attribute("sheet", flag: true)
    if protection.protectsObjects { try xml.attribute("objects", flag: true) }
    if protection.protectsScenarios { try xml.attribute("scenarios", flag: true) }
    // In the file, `formatCells="1"` means formatting is *prevented*; these attributes default to "1".
    let allowances: [(String, Bool)] = [
      ("formatCells", protection.allowsFormattingCells), ("formatColumns", protection.allowsFormattingColumns),
      ("formatRows", protection.allowsFormattingRows), ("insertColumns", protection.allowsInsertingColumns),
      ("insertRows", protection.allowsInsertingRows), ("deleteColumns", protection.allowsDeletingColumns),
      ("deleteRows", protection.allowsDeletingRows),
    ]
    for (name, allowed) in allowances where allowed { try xml.attribute(name, flag: false) }
    // `selectLockedCells="1"` prevents selecting; these default to "0".
    if !protection.allowsSelectingLockedCells { try xml.attribute("selectLockedCells", flag: true) }
    if protection.allowsSorting { try xml.attribute("sort", flag: false) }
    if protection.allowsAutoFilter { try xml.attribute("autoFilter", flag: false) }
    if !protection.allowsSelectingUnlockedCells { try xml.attribute("selectUnlockedCells", flag: true) }
    try xml.end()
  }

  private static func writeConditionalFormats(
    _ xml: XMLWriter, _ formats: [ConditionalFormat], styles: inout StyleTable
  ) throws {
    var priority = 1
    for format in formats {
      try xml.start("conditionalFormatting")
      try xml.attribute("sqref", sqref(format.ranges))
      for rule in format.rules {
        try xml.start("cfRule")
        try xml.attribute("type", "expression")
        try xml.attribute("dxfId", styles.index(of: rule.style))
        try xml.attribute("priority", priority)
        if rule.stopsIfTrue { try xml.attribute("stopIfTrue", flag: true) }
        try xml.element("formula", text: SpreadsheetText.escaped(storedFormula(rule.formula)))
        try xml.end()
        priority += 1
      }
      try xml.end()
    }
  }

  private static func writeDataValidations(_ xml: XMLWriter, _ validations: [DataValidation]) throws {
    guard !validations.isEmpty else { return }
    try xml.start("dataValidations")
    try xml.attribute("count", validations.count)
    for validation in validations {
      try xml.start("dataValidation")
      try xml.attribute("type", validation.rule.typeName)
      try xml.attribute("errorStyle", validation.errorStyle.rawValue)
      let formulas: [String]
      switch validation.rule {
      case .wholeNumber(let condition), .decimal(let condition):
        try xml.attribute("operator", condition.operatorName)
        formulas = condition.formulas
      case .custom(let formula):
        formulas = [formula]
      }
      if validation.allowsBlank { try xml.attribute("allowBlank", flag: true) }
      if validation.prompt != nil || validation.promptTitle != nil {
        try xml.attribute("showInputMessage", flag: true)
      }
      try xml.attribute("showErrorMessage", flag: true)
      if let title = validation.errorTitle { try xml.attribute("errorTitle", SpreadsheetText.escaped(title)) }
      if let message = validation.errorMessage { try xml.attribute("error", SpreadsheetText.escaped(message)) }
      if let title = validation.promptTitle { try xml.attribute("promptTitle", SpreadsheetText.escaped(title)) }
      if let prompt = validation.prompt { try xml.attribute("prompt", SpreadsheetText.escaped(prompt)) }
      try xml.attribute("sqref", sqref(validation.ranges))
      for (offset, formula) in formulas.enumerated() {
        try xml.element("formula\(offset + 1)", text: SpreadsheetText.escaped(storedFormula(formula)))
      }
      try xml.end()
    }
    try xml.end()
  }

  private static func writePrinting(_ xml: XMLWriter, _ setup: PageSetup?) throws {
    if setup?.centersHorizontally == true {
      try xml.element("printOptions", attribute: "horizontalCentered", "1")
    }
    let margins = setup?.margins ?? PageMargins()
    try xml.start("pageMargins")
    try xml.attribute("left", decimal: margins.left)
    try xml.attribute("right", decimal: margins.right)
    try xml.attribute("top", decimal: margins.top)
    try xml.attribute("bottom", decimal: margins.bottom)
    try xml.attribute("header", decimal: margins.header)
    try xml.attribute("footer", decimal: margins.footer)
    try xml.end()
    guard let setup else { return }
    try xml.start("pageSetup")
    try xml.attribute("paperSize", setup.paperSize)
    if let fit = setup.fit {
      try xml.attribute("fitToWidth", fit.pagesWide)
      try xml.attribute("fitToHeight", fit.pagesTall)
    }
    try xml.attribute("orientation", setup.orientation.rawValue)
    try xml.end()
  }

  /// Manual row breaks. A break's `id` is the zero-based row it stands above, i.e. the 1-based row that ends the page.
  private static func writePageBreaks(_ xml: XMLWriter, _ rows: [Int]) throws {
    guard !rows.isEmpty else { return }
    try xml.start("rowBreaks")
    try xml.attribute("count", rows.count)
    try xml.attribute("manualBreakCount", rows.count)
    for row in rows {
      try xml.start("brk")
      try xml.attribute("id", row - 1)
      try xml.attribute("max", CellReference.maxColumn - 1)
      try xml.attribute("man", 1)
      try xml.end()
    }
    try xml.end()
  }

  /// Ranges as a space-separated list (`B3:D4 F3`).
  static func sqref(_ ranges: [CellRange]) -> String {
    ranges.map(\.a1).joined(separator: " ")
  }
}
