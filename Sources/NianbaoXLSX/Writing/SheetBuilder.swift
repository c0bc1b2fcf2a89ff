/// Writes one sheet's rows as its cells come, in row-major order, into a ``MarkupSink``: the `<sheetData>` content
/// of ``WorksheetPart``, and what the sheet's frame needs afterwards (its used range, whether it has rows).
///
/// Cells are checked as they come (order, value, formula, style) unless they were checked already; shared strings
/// and styles are numbered in the order cells use them first. Memory holds one row of markup at a time.
struct SheetBuilder {
  /// What a finished sheet leaves for the package.
  struct Result {
    /// The written rows' markup.
    var body: any MarkupSink
    /// The smallest range holding every written cell (`A1` for a sheet without cells).
    var dimension: CellRange
    /// Whether any `<row>` was written.
    var hasRows: Bool
  }

  /// The sheet's name, for error messages.
  let sheetName: String
  /// The sheet's part, for error messages.
  let part: String
  /// The workbook's shared strings, lent to the sheet while it is written.
  var strings: SharedStringTable
  /// The workbook's styles, lent to the sheet while it is written.
  var styles: StyleTable
  /// Whether a formula lacks a cached value (so the workbook asks for recalculation).
  private(set) var recalculates = false
  /// Whether cells are checked as they come; off for cells the document check has seen.
  var checksCells = true

  private let sink: any MarkupSink
  private var markup = CellMarkup()
  /// Rows with a height of their own, ascending, and the next one to write.
  private let heights: [(row: Int, height: Double)]
  private var nextHeight = 0
  /// The last cell given (written or not), which the next must follow.
  private var last = (row: 0, column: 0)
  /// The open row, or 0.
  private var openRow = 0
  /// The used range so far (rows 0 while no cell is written).
  private var used = (firstRow: 0, lastRow: 0, firstColumn: Int.max, lastColumn: 0)
  /// The style of the last written cell and its index: neighbouring cells mostly share a style.
  private var lastStyle = CellStyle.normal
  private var lastStyleIndex = 0
  private var checkedStyles: Set<CellStyle> = [.normal]
  private var hasRows = false

  /// A builder for `sheet` (whose `rowHeights` it writes; its cells are given to ``append(_:)``).
  init(
    _ sheet: SheetDocument, part: String, into sink: any MarkupSink, strings: SharedStringTable, styles: StyleTable
  ) {
    sheetName = sheet.name
    self.part = part
    self.sink = sink
    self.strings = strings
    self.styles = styles
    heights = sheet.rowHeights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    lastStyleIndex = self.styles.index(of: .normal)
  }

  /// Writes the next cell. A cell without value, formula or style is checked but leaves no markup.
  ///
  /// - Throws: ``XLSXError`` `.invalidWorkbook` naming the sheet and cell when the cell does not come after the
  ///   previous one (row by row, left to right) or does not pass ``DocumentValidator``; `.writeFailed` when the
  ///   markup cannot be written.
  mutating func append(_ cell: WriteCell) throws {
    let reference = cell.reference
    guard reference.row > last.row || (reference.row == last.row && reference.column > last.column) else {
      throw orderProblem(reference)
    }
    last = (reference.row, reference.column)
    if checksCells {
      do {
        try DocumentValidator.validateContent(cell)
      } catch let error as XLSXError {
        throw located(error)
      }
    }
    let formula = cell.formula
    if case .empty = cell.value, formula == nil, cell.style == .normal { return }
    try enterRow(reference.row)
    used.lastRow = reference.row
    used.firstColumn = min(used.firstColumn, reference.column)
    used.lastColumn = max(used.lastColumn, reference.column)
    let style = try styleIndex(cell.style, at: reference)
    let hasFormula = formula != nil
    switch cell.value {
    case .empty:
      markup.startCell(column: reference.column, style: style, type: nil)
      if let formula {
        recalculates = true
        markup.formula(Self.storedText(formula))
        markup.endCell()
      } else {
        markup.endEmptyCell()
      }
    case .string(let text):
      if let formula {
        markup.startCell(column: reference.column, style: style, type: "str")
        markup.formula(Self.storedText(formula))
        markup.escapedValue(SpreadsheetText.escaped(text), afterFormula: true)
      } else {
        markup.startCell(column: reference.column, style: style, type: "s")
        markup.indexValue(strings.index(of: text), afterFormula: false)
      }
    case .number(let text):
      markup.startCell(column: reference.column, style: style, type: nil)
      if let formula { markup.formula(Self.storedText(formula)) }
      markup.plainValue(text, afterFormula: hasFormula)
    case .boolean(let flag):
      markup.startCell(column: reference.column, style: style, type: "b")
      if let formula { markup.formula(Self.storedText(formula)) }
      markup.plainValue(flag ? "1" : "0", afterFormula: hasFormula)
    case .error(let code):
      markup.startCell(column: reference.column, style: style, type: "e")
      if let formula { markup.formula(Self.storedText(formula)) }
      markup.escapedValue(code, afterFormula: hasFormula)
    }
  }

  /// Makes the cells given from now on follow `reference` (the last of the cells written before them).
  mutating func continueAfter(_ reference: CellReference) {
    if (reference.row, reference.column) > last { last = (reference.row, reference.column) }
  }

  /// Closes the last row, writes the remaining rows that only have a height and flushes the markup.
  mutating func finish() throws -> Result {
    if openRow != 0 { markup.closeRow() }
    writeHeightRows(before: Int.max)
    try markup.flush(to: sink)
    let dimension: CellRange
    if used.firstRow == 0 {
      dimension = CellRange(origin: CellReference(row: 1, column: 1)!, rows: 1, columns: 1)!
    } else {
      dimension = CellRange(
        start: CellReference(row: used.firstRow, column: used.firstColumn)!,
        end: CellReference(row: used.lastRow, column: used.lastColumn)!)!
    }
    return Result(body: sink, dimension: dimension, hasRows: hasRows)
  }

  /// Opens the cell's row if it is not open: closes the previous one (flushing the markup when enough has
  /// gathered) and writes the rows between them that only have a height.
  private mutating func enterRow(_ row: Int) throws {
    guard row != openRow else { return }
    if openRow != 0 {
      markup.closeRow()
      if markup.count >= 32 * 1024 { try markup.flush(to: sink) }
    }
    writeHeightRows(before: row)
    var height: Double?
    if nextHeight < heights.count, heights[nextHeight].row == row {
      height = heights[nextHeight].height
      nextHeight += 1
    }
    markup.openRow(row, height: height)
    openRow = row
    hasRows = true
    if used.firstRow == 0 { used.firstRow = row }
  }

  private mutating func writeHeightRows(before row: Int) {
    while nextHeight < heights.count, heights[nextHeight].row < row {
      markup.openRow(heights[nextHeight].row, height: heights[nextHeight].height)
      markup.closeRow()
      nextHeight += 1
      hasRows = true
    }
  }

  /// The style's index, checking a style not seen before when cells are checked.
  private mutating func styleIndex(_ style: CellStyle, at reference: CellReference) throws -> Int {
    // Comparing with the last style is cheaper than hashing the style.
    if style == lastStyle { return lastStyleIndex }
    if checksCells, checkedStyles.insert(style).inserted {
      do {
        try DocumentValidator.validate(style, cell: reference.a1)
      } catch let error as XLSXError {
        throw located(error)
      }
    }
    lastStyle = style
    lastStyleIndex = styles.index(of: style)
    return lastStyleIndex
  }

  /// A formula or formula result as the file stores it: without a leading `=`, with SpreadsheetML escapes.
  private static func storedText(_ formula: String) -> String {
    SpreadsheetText.escaped(WorksheetPart.storedFormula(formula))
  }

  private func orderProblem(_ reference: CellReference) -> XLSXError {
    let previous = CellReference(row: last.row, column: last.column)!
    let message =
      reference == previous
      ? "The cell \(reference.a1) is given more than once."
      : "The cell \(reference.a1) is given after \(previous.a1); cells must come row by row, left to right."
    return XLSXError(.invalidWorkbook, message, part: part, sheet: sheetName, cell: reference.a1)
  }

  private func located(_ error: XLSXError) -> XLSXError {
    XLSXError(error.kind, error.message, part: error.part ?? part, sheet: sheetName, cell: error.cell)
  }
}
