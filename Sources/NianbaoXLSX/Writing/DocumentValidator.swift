/// Checks a ``WorkbookDocument`` before anything is written, so that an invalid document never produces a file.
///
/// Overlapping merges are `.overlappingMerges`; every other problem is `.invalidWorkbook`. Each error names the
/// sheet (and cell) concerned in a plain sentence.
enum DocumentValidator {
  /// Excel's error values.
  static let errorCodes: Set<String> = [
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  ]
  /// The most characters (UTF-16 code units) a cell can hold.
  static let maxCellTextLength = 32_767
  /// The most characters (UTF-16 code units) a formula can have.
  static let maxFormulaLength = 8_192
  /// The most characters (UTF-16 code units) a sheet name can have.
  static let maxSheetNameLength = 31

  /// Throws the first problem found in the document.
  static func validate(_ document: WorkbookDocument) throws {
    guard !document.sheets.isEmpty else {
      throw XLSXError(.invalidWorkbook, "A workbook needs at least one sheet.", part: OOXML.Part.workbook)
    }
    var seen: [String: String] = [:]
    for sheet in document.sheets {
      if let problem = sheetNameProblem(sheet.name) {
        throw XLSXError(.invalidWorkbook, problem, part: OOXML.Part.workbook, sheet: sheet.name)
      }
      let key = sheet.name.lowercased()
      if let earlier = seen[key] {
        throw XLSXError(
          .invalidWorkbook,
          "The sheet names '\(earlier)' and '\(sheet.name)' are the same when letter case is ignored.",
          part: OOXML.Part.workbook, sheet: sheet.name)
      }
      seen[key] = sheet.name
    }
    guard document.sheets.contains(where: { $0.visibility == .visible }) else {
      throw XLSXError(.invalidWorkbook, "At least one sheet must be visible.", part: OOXML.Part.workbook)
    }
    for (index, sheet) in document.sheets.enumerated() {
      do {
        try validate(sheet)
      } catch let error as XLSXError {
        throw XLSXError(
          error.kind, error.message, part: error.part ?? OOXML.Part.worksheet(index + 1), sheet: sheet.name,
          cell: error.cell)
      }
    }
    try validateDefinedNames(document)
    try validate(document.properties)
  }

  // MARK: Sheet names

  /// Why the text cannot be a sheet name, or `nil` when it can.
  static func sheetNameProblem(_ name: String) -> String? {
    let length = name.utf16.count
    if length == 0 { return "A sheet name cannot be empty." }
    if length > maxSheetNameLength {
      return "The sheet name '\(name)' has \(length) characters; at most \(maxSheetNameLength) are allowed."
    }
    if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
      return "The sheet name '\(name)' contains '\(bad)'; sheet names cannot contain any of [ ] : * ? / \\."
    }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
      return "The sheet name '\(name)' contains a control character."
    }
    if name.hasPrefix("'") || name.hasSuffix("'") {
      return "The sheet name '\(name)' starts or ends with an apostrophe, which Excel does not allow."
    }
    if name.lowercased() == "history" {
      return "The sheet name '\(name)' is reserved by Excel."
    }
    if SpreadsheetText.escaped(name) != name {
      return "The sheet name '\(name)' contains text of the form _xHHHH_, which spreadsheet programs read as an "
        + "escaped character."
    }
    return nil
  }

  // MARK: Sheets

  /// Throws the first problem of the sheet: of its cells, then of its layout.
  static func validate(_ sheet: SheetDocument) throws {
    try validateCells(sheet.cells)
    try validateLayout(sheet)
  }

  /// Throws the first problem of everything about the sheet but its cells: merges, sizes, rules, printing.
  private static func validateLayout(_ sheet: SheetDocument) throws {
    try validateMerges(sheet.merges)
    for (column, width) in sheet.columnWidths.sorted(by: { $0.key < $1.key }) {
      guard (1...CellReference.maxColumn).contains(column) else {
        throw XLSXError(.invalidWorkbook, "Column number \(column) is outside 1…\(CellReference.maxColumn).")
      }
      guard width.isFinite, (0...255).contains(width) else {
        throw XLSXError(
          .invalidWorkbook,
          "Column \(CellReference.columnName(column)) has width \(width); widths run from 0 to 255 characters.")
      }
    }
    for (row, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) {
      guard (1...CellReference.maxRow).contains(row) else {
        throw XLSXError(.invalidWorkbook, "Row number \(row) is outside 1…\(CellReference.maxRow).")
      }
      guard height.isFinite, (0...409).contains(height) else {
        throw XLSXError(.invalidWorkbook, "Row \(row) has height \(height); heights run from 0 to 409 points.")
      }
    }
    guard sheet.defaultRowHeight.isFinite, sheet.defaultRowHeight > 0, sheet.defaultRowHeight <= 409 else {
      throw XLSXError(
        .invalidWorkbook, "The default row height \(sheet.defaultRowHeight) is outside 0 (exclusive) to 409 points.")
    }
    for validation in sheet.dataValidations { try validate(validation) }
    for format in sheet.conditionalFormats { try validate(format) }
    if let setup = sheet.pageSetup { try validate(setup) }
    if let rows = sheet.printTitleRows, rows.lowerBound < 1 || rows.upperBound > CellReference.maxRow {
      throw XLSXError(
        .invalidWorkbook, "The print title rows \(rows.lowerBound)…\(rows.upperBound) leave the sheet.")
    }
    let breaks = sheet.pageBreakRows
    guard breaks.allSatisfy({ (2...CellReference.maxRow).contains($0) }), zip(breaks, breaks.dropFirst()).allSatisfy(<)
    else {
      throw XLSXError(
        .invalidWorkbook, "Page breaks must be rows from 2 to \(CellReference.maxRow) in ascending order: \(breaks).")
    }
  }

  private static func validateCells(_ cells: [WriteCell]) throws {
    var seen = Set<CellReference>(minimumCapacity: cells.count)
    var checkedStyles = Set<CellStyle>()
    var lastStyle: CellStyle?
    for cell in cells {
      // Spelled out only for a message: building the A1 text of every cell costs more than checking it.
      var place: String { cell.reference.a1 }
      guard seen.insert(cell.reference).inserted else {
        throw XLSXError(.invalidWorkbook, "The cell \(place) is given more than once.", cell: place)
      }
      try validateContent(cell)
      if cell.style != lastStyle, checkedStyles.insert(cell.style).inserted {
        try validate(cell.style, cell: place)
      }
      lastStyle = cell.style
    }
  }

  /// Throws the first problem of the cell's value or formula (not its style); the error names the cell.
  static func validateContent(_ cell: WriteCell) throws {
    // Spelled out only for a message: building the A1 text of every cell costs more than checking it.
    var place: String { cell.reference.a1 }
    switch cell.value {
    case .empty, .boolean:
      break
    case .string(let text):
      // A text never has more UTF-16 units than UTF-8 bytes, and the UTF-8 count of a native string is stored.
      guard text.utf8.count <= maxCellTextLength || text.utf16.count <= maxCellTextLength else {
        throw XLSXError(
          .invalidWorkbook, "The text has \(text.utf16.count) characters; a cell holds at most \(maxCellTextLength).",
          cell: place)
      }
    case .number(let text):
      guard isPlainNumber(text) else {
        throw XLSXError(
          .invalidWorkbook, "The number '\(text)' is not a plain decimal or scientific number.", cell: place)
      }
    case .error(let code):
      guard errorCodes.contains(code) else {
        throw XLSXError(.invalidWorkbook, "'\(code)' is not an Excel error value.", cell: place)
      }
    }
    if let formula = cell.formula {
      try validateFormula(formula, what: "The formula", cell: place)
    }
  }

  /// Whether the text is a finite number in plain decimal or scientific notation: an optional `-`, digits, an
  /// optional fraction with at least one digit, an optional exponent (`24252.311082`, `-18`, `1E-3`).
  static func isPlainNumber(_ text: String) -> Bool {
    switch text.utf8.withContiguousStorageIfAvailable(numberShape) ?? numberShape(Array(text.utf8)) {
    case .malformed: return false
    case .finite: return true
    case .large: return Double(text)?.isFinite ?? false
    }
  }

  /// What the digits of a number say about it without converting it.
  private enum NumberShape {
    /// Not a plain number.
    case malformed
    /// A plain number that is finite as a `Double`: no exponent, at most 300 digits before the point.
    case finite
    /// A plain number that may overflow a `Double` (it has an exponent or many digits).
    case large
  }

  private static func numberShape(_ bytes: UnsafeBufferPointer<UInt8>) -> NumberShape {
    var index = 0
    func digits() -> Int {
      let first = index
      while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
      return index - first
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    let whole = digits()
    guard whole > 0 else { return .malformed }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { return .malformed }
    }
    var hasExponent = false
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { return .malformed }
      hasExponent = true
    }
    guard index == bytes.count else { return .malformed }
    return hasExponent || whole > 300 ? .large : .finite
  }

  private static func numberShape(_ bytes: [UInt8]) -> NumberShape {
    bytes.withUnsafeBufferPointer(numberShape)
  }

  private static func validateFormula(_ formula: String, what: String, cell: String? = nil) throws {
    let stored = WorksheetPart.storedFormula(formula)
    guard !stored.isEmpty else {
      throw XLSXError(.invalidWorkbook, "\(what) is empty.", cell: cell)
    }
    guard stored.utf16.count <= maxFormulaLength else {
      throw XLSXError(
        .invalidWorkbook, "\(what) has \(stored.utf16.count) characters; at most \(maxFormulaLength) are allowed.",
        cell: cell)
    }
  }

  /// Throws the first problem of a cell style; the error names `cell`.
  static func validate(_ style: CellStyle, cell: String) throws {
    let font = style.font
    guard !font.name.isEmpty, font.name.utf16.count <= 31, !SpreadsheetText.hasUnrepresentableCharacter(font.name)
    else {
      throw XLSXError(
        .invalidWorkbook, "The font name '\(font.name)' must have 1 to 31 printable characters.", cell: cell)
    }
    guard font.size.isFinite, (1...409).contains(font.size) else {
      throw XLSXError(.invalidWorkbook, "The font size \(font.size) is outside 1 to 409 points.", cell: cell)
    }
    if let code = style.numberFormat {
      guard !code.isEmpty, code.utf16.count <= 255 else {
        throw XLSXError(
          .invalidWorkbook, "The number format '\(code)' must have 1 to 255 characters.", cell: cell)
      }
    }
  }

  private static func validateMerges(_ merges: [CellRange]) throws {
    for merge in merges where merge.start == merge.end {
      throw XLSXError(
        .invalidWorkbook, "The merged range \(merge.a1) covers a single cell; a merge needs at least two.",
        cell: merge.start.a1)
    }
    // Sweep down the sheet: only ranges whose rows can meet are compared.
    let order = merges.indices.sorted { (merges[$0].start.row, $0) < (merges[$1].start.row, $1) }
    for (position, index) in order.enumerated() {
      let range = merges[index]
      for other in order[(position + 1)...] {
        if merges[other].start.row > range.end.row { break }
        if range.overlaps(merges[other]) {
          let (first, second) = index < other ? (range, merges[other]) : (merges[other], range)
          throw XLSXError(
            .overlappingMerges, "The merged ranges \(first.a1) and \(second.a1) overlap.", cell: second.start.a1)
        }
      }
    }
  }

  private static func validate(_ validation: DataValidation) throws {
    let place = validation.ranges.first?.a1 ?? "(none)"
    guard !validation.ranges.isEmpty else {
      throw XLSXError(.invalidWorkbook, "A data-validation rule applies to no range.")
    }
    let formulas: [String]
    switch validation.rule {
    case .wholeNumber(let condition), .decimal(let condition): formulas = condition.formulas
    case .custom(let formula): formulas = [formula]
    }
    for formula in formulas {
      try validateFormula(formula, what: "A bound of the data-validation rule on \(place)")
    }
    let texts: [(String, String?, Int)] = [
      ("error title", validation.errorTitle, 32), ("error message", validation.errorMessage, 255),
      ("prompt title", validation.promptTitle, 32), ("prompt", validation.prompt, 255),
    ]
    for (what, text, limit) in texts {
      if let text, text.utf16.count > limit {
        throw XLSXError(
          .invalidWorkbook,
          "The \(what) of the data-validation rule on \(place) has \(text.utf16.count) characters; "
            + "Excel allows at most \(limit).")
      }
    }
  }

  private static func validate(_ format: ConditionalFormat) throws {
    guard let first = format.ranges.first else {
      throw XLSXError(.invalidWorkbook, "A conditional format applies to no range.")
    }
    guard !format.rules.isEmpty else {
      throw XLSXError(.invalidWorkbook, "The conditional format on \(first.a1) has no rule.")
    }
    for rule in format.rules {
      try validateFormula(rule.formula, what: "A formula of the conditional format on \(first.a1)")
      guard !rule.style.isEmpty else {
        throw XLSXError(
          .invalidWorkbook, "A rule of the conditional format on \(first.a1) changes nothing: its style is empty.")
      }
    }
  }

  private static func validate(_ setup: PageSetup) throws {
    guard setup.paperSize >= 1 else {
      throw XLSXError(.invalidWorkbook, "The paper size code \(setup.paperSize) is not a valid code.")
    }
    if let fit = setup.fit {
      guard (0...32_767).contains(fit.pagesWide), (0...32_767).contains(fit.pagesTall) else {
        throw XLSXError(
          .invalidWorkbook, "Fit to \(fit.pagesWide)×\(fit.pagesTall) pages is outside 0 to 32767 pages.")
      }
    }
    let margins = setup.margins
    for value in [margins.left, margins.right, margins.top, margins.bottom, margins.header, margins.footer] {
      guard value.isFinite, value >= 0 else {
        throw XLSXError(.invalidWorkbook, "The page margin \(value) is not a non-negative number of inches.")
      }
    }
  }

  // MARK: Defined names

  /// Throws the first problem of the defined names (the document's own and the sheets' print areas and titles).
  static func validateDefinedNames(_ document: WorkbookDocument) throws {
    for name in document.definedNames {
      if let problem = definedNameProblem(name.name) {
        throw XLSXError(.invalidWorkbook, problem, part: OOXML.Part.workbook)
      }
      if let index = name.localSheetIndex, !document.sheets.indices.contains(index) {
        throw XLSXError(
          .invalidWorkbook,
          "The defined name '\(name.name)' is local to sheet index \(index), but the workbook has "
            + "\(document.sheets.count) sheets.", part: OOXML.Part.workbook)
      }
      try validateFormula(name.formula, what: "The formula of the defined name '\(name.name)'")
    }
    var seen = Set<[String]>()
    for name in WorkbookPart.definedNames(document) {
      let scope = name.localSheetIndex.map { "sheet '\(document.sheets[$0].name)'" } ?? "the workbook"
      guard seen.insert([name.name.lowercased(), scope]).inserted else {
        throw XLSXError(
          .invalidWorkbook, "The defined name '\(name.name)' is given more than once for \(scope).",
          part: OOXML.Part.workbook)
      }
    }
  }

  /// Why the text cannot be a defined name, or `nil` when it can.
  static func definedNameProblem(_ name: String) -> String? {
    guard let first = name.first else { return "A defined name cannot be empty." }
    if name.utf16.count > 255 { return "The defined name '\(name)' is longer than 255 characters." }
    guard first.isLetter || first == "_" || first == "\\" else {
      return "The defined name '\(name)' must start with a letter, '_' or '\\'."
    }
    if let bad = name.first(where: { !($0.isLetter || $0.isNumber || "_.\\?".contains($0)) }) {
      return "The defined name '\(name)' contains '\(bad)'; names hold only letters, digits, '_', '.', '\\' and '?'."
    }
    if CellReference(name) != nil || isR1C1Reference(name) {
      return "The defined name '\(name)' looks like a cell reference."
    }
    return nil
  }

  /// Whether the name reads as an R1C1 reference (`R`, `C`, `R2`, `C3`, `R2C3`, `RC`).
  private static func isR1C1Reference(_ name: String) -> Bool {
    var rest = Substring(name.uppercased())
    var sawPart = false
    for letter in ["R", "C"] as [Character] where rest.first == letter {
      rest = rest.dropFirst().drop { $0.isASCII && $0.isNumber }
      sawPart = true
    }
    return sawPart && rest.isEmpty
  }

  // MARK: Properties

  /// Throws the first problem of the document properties.
  static func validate(_ properties: DocumentProperties) throws {
    let texts: [(String, String?)] = [
      ("title", properties.title), ("subject", properties.subject), ("creator", properties.creator),
      ("keywords", properties.keywords), ("comments", properties.comments), ("application", properties.application),
    ]
    for (what, text) in texts {
      if let text, SpreadsheetText.hasUnrepresentableCharacter(text) {
        let part = what == "application" ? OOXML.Part.appProperties : OOXML.Part.coreProperties
        throw XLSXError(
          .invalidWorkbook, "The document \(what) contains a control character XML cannot carry.", part: part)
      }
    }
    for (what, date) in [("created", properties.created), ("modified", properties.modified)] {
      guard isW3CDTF(date) else {
        throw XLSXError(
          .invalidWorkbook, "The \(what) date '\(date)' is not of the form YYYY-MM-DDThh:mm:ssZ.",
          part: OOXML.Part.coreProperties)
      }
    }
  }

  /// Whether the text is a UTC date and time `YYYY-MM-DDThh:mm:ssZ` with fields in range.
  static func isW3CDTF(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      bytes[19] == UInt8(ascii: "Z")
    else { return false }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
      let minute = number(14..<16), let second = number(17..<19)
    else { return false }
    return year >= 1 && (1...12).contains(month) && (1...31).contains(day) && hour < 24 && minute < 60 && second < 61
  }
}
