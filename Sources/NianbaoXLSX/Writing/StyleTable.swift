/// The workbook's styles, deduplicated and numbered in order of first use, as `xl/styles.xml` lists them.
///
/// Index 0 of every list is the default: Excel's `Normal` style, its font, no fill, no border, `General`. Fill 1 is
/// the `gray125` pattern, which Excel reserves.
struct StyleTable {
  /// One `<xf>` record of `cellXfs`.
  struct CellFormat: Hashable {
    /// The `numFmtId`.
    var numberFormatID: Int
    /// The `fontId`.
    var fontID: Int
    /// The `fillId`.
    var fillID: Int
    /// The `borderId`.
    var borderID: Int
    /// The alignment.
    var alignment: CellAlignment
    /// Whether the cell is locked.
    var isLocked: Bool
  }

  /// The first id of custom number formats; ids below it are built in.
  static let firstCustomNumberFormatID = 164
  /// The number of fills Excel reserves (`none` and `gray125`).
  static let reservedFillCount = 2

  /// The `cellXfs` records, in order of first use.
  private(set) var cellFormats: [CellFormat] = []

  private var fontList = IndexedList([CellStyle.normal.font])
  private var fillList = IndexedList<CellColor>()
  private var borderList = IndexedList([CellBorder.none])
  private var customCodes = IndexedList<String>()
  private var differentialList = IndexedList<DifferentialStyle>()
  private var styleIndexes: [CellStyle: Int] = [:]

  /// Fonts, in order of first use.
  var fonts: [FontStyle] { fontList.elements }
  /// Solid fill colours, in order of first use (fill id = index + ``reservedFillCount``).
  var solidFills: [CellColor] { fillList.elements }
  /// Borders, in order of first use.
  var borders: [CellBorder] { borderList.elements }
  /// Differential styles for conditional formatting, in order of first use.
  var differentialStyles: [DifferentialStyle] { differentialList.elements }

  /// Custom number formats (`id`, `code`), in order of first use (id = index + ``firstCustomNumberFormatID``).
  var customNumberFormats: [(id: Int, code: String)] {
    customCodes.elements.enumerated().map { (Self.firstCustomNumberFormatID + $0.offset, $0.element) }
  }

  /// Creates a table holding only the `Normal` style.
  init() {
    _ = index(of: .normal)
  }

  /// The `s` index of the style in `cellXfs`, adding it (and its font, fill, border, format) when new.
  mutating func index(of style: CellStyle) -> Int {
    if let index = styleIndexes[style] { return index }
    let format = CellFormat(
      numberFormatID: numberFormatID(style.numberFormat), fontID: fontID(style.font), fillID: fillID(style.fill),
      borderID: borderID(style.border), alignment: style.alignment, isLocked: style.isLocked)
    let index = cellFormats.count
    cellFormats.append(format)
    styleIndexes[style] = index
    return index
  }

  /// The `dxfId` of a differential style, adding it when new.
  mutating func index(of style: DifferentialStyle) -> Int {
    differentialList.index(of: style)
  }

  /// The built-in id of a format code (`0`, `0.00`, `@`…), or `nil` for a code that needs a custom id.
  static func builtInNumberFormatID(_ code: String) -> Int? {
    builtInIDs[code]
  }

  private static let builtInIDs: [String: Int] = {
    var ids: [String: Int] = [:]
    for id in 0..<StyleTable.firstCustomNumberFormatID {
      if let code = NumberFormat.builtInCode(id), ids[code] == nil { ids[code] = id }
    }
    return ids
  }()

  private mutating func numberFormatID(_ code: String?) -> Int {
    guard let code else { return 0 }
    if let id = Self.builtInNumberFormatID(code) { return id }
    return Self.firstCustomNumberFormatID + customCodes.index(of: code)
  }

  private mutating func fontID(_ font: FontStyle) -> Int {
    fontList.index(of: font)
  }

  private mutating func fillID(_ fill: CellFill) -> Int {
    guard case .solid(let color) = fill else { return 0 }
    return Self.reservedFillCount + fillList.index(of: color)
  }

  private mutating func borderID(_ border: CellBorder) -> Int {
    borderList.index(of: border)
  }
}
