/// One worksheet to write: its cells and everything about its layout, printing and protection.
public struct SheetDocument: Hashable, Sendable {
  /// The tab name: 1 to 31 characters, none of `[ ] : * ? / \`, not starting or ending with `'`, unique in the
  /// workbook ignoring case.
  public var name: String
  /// Whether the sheet is shown as a tab. At least one sheet of a workbook must be visible.
  public var visibility: SheetInfo.Visibility
  /// The cells, in any order; each reference at most once.
  public var cells: [WriteCell]
  /// The merged ranges (each of at least two cells, none overlapping another), written in this order.
  public var merges: [CellRange]
  /// Column widths in characters (0 to 255), by 1-based column number.
  public var columnWidths: [Int: Double]
  /// Row heights in points (0 to 409), by 1-based row number.
  public var rowHeights: [Int: Double]
  /// The height in points of rows without one of their own.
  public var defaultRowHeight: Double
  /// Data-validation rules.
  public var dataValidations: [DataValidation]
  /// Conditional formatting.
  public var conditionalFormats: [ConditionalFormat]
  /// Sheet protection, or `nil` for an unprotected sheet.
  public var protection: SheetProtection?
  /// How the sheet prints, or `nil` for the defaults.
  public var pageSetup: PageSetup?
  /// The top-left cell of the scrolling area: rows above it and columns left of it stay frozen
  /// (`B4` freezes column A and rows 1–3). `nil` or `A1` freezes nothing.
  public var frozenPane: CellReference?
  /// The range printed, or `nil` for the used range (written as the `_xlnm.Print_Area` name).
  public var printArea: CellRange?
  /// The rows repeated at the top of every printed page, or `nil` (written as the `_xlnm.Print_Titles` name).
  public var printTitleRows: ClosedRange<Int>?
  /// Manual page breaks: the 1-based rows that start a new printed page (2 or more, ascending).
  public var pageBreakRows: [Int]

  /// Creates a sheet.
  public init(
    name: String, visibility: SheetInfo.Visibility = .visible, cells: [WriteCell] = [], merges: [CellRange] = [],
    columnWidths: [Int: Double] = [:], rowHeights: [Int: Double] = [:],
    defaultRowHeight: Double = SheetDocument.standardRowHeight,
    dataValidations: [DataValidation] = [], conditionalFormats: [ConditionalFormat] = [],
    protection: SheetProtection? = nil, pageSetup: PageSetup? = nil, frozenPane: CellReference? = nil,
    printArea: CellRange? = nil, printTitleRows: ClosedRange<Int>? = nil, pageBreakRows: [Int] = []
  ) {
    self.name = name
    self.visibility = visibility
    self.cells = cells
    self.merges = merges
    self.columnWidths = columnWidths
    self.rowHeights = rowHeights
    self.defaultRowHeight = defaultRowHeight
    self.dataValidations = dataValidations
    self.conditionalFormats = conditionalFormats
    self.protection = protection
    self.pageSetup = pageSetup
    self.frozenPane = frozenPane
    self.printArea = printArea
    self.printTitleRows = printTitleRows
    self.pageBreakRows = pageBreakRows
  }
}

extension SheetDocument {
  /// Excel's standard row height in points for 11-point Calibri.
  public static let standardRowHeight: Double = 15
}
