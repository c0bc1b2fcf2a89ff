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

  /// Fonts, in order of first use.
  private(set) var fonts: [FontStyle] = [CellStyle.normal.font]
  /// Solid fill colours, in order of first use (fill id = index + ``reservedFillCount``).
  private(set) var solidFills: [CellColor] = []
  /// Borders, in order of first use.
  private(set) var borders: [CellBorder] = [.none]
  /// Custom number formats (`id`, `code`), in order of first use.
  private(set) var customNumberFormats: [(id: Int, code: String)] = []
  /// The `cellXfs` records, in order of first use.
  private(set) var cellFormats: [CellFormat] = []
  /// Differential styles for conditional formatting, in order of first use.
  private(set) var differentialStyles: [DifferentialStyle] = []

  private var fontIDs: [FontStyle: Int] = [CellStyle.normal.font: 0]
  private var fillIDs: [CellColor: Int] = [:]
  private var borderIDs: [CellBorder: Int] = [.none: 0]
  private var numberFormatIDs: [String: Int] = [:]
  private var styleIndexes: [CellStyle: Int] = [:]
  private var differentialIndexes: [DifferentialStyle: Int] = [:]

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
    if let index = differentialIndexes[style] { return index }
    let index = differentialStyles.count
    differentialStyles.append(style)
    differentialIndexes[style] = index
    return index
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
    if let id = numberFormatIDs[code] { return id }
    let id = Self.firstCustomNumberFormatID + customNumberFormats.count
    customNumberFormats.append((id, code))
    numberFormatIDs[code] = id
    return id
  }

  private mutating func fontID(_ font: FontStyle) -> Int {
    if let id = fontIDs[font] { return id }
    let id = fonts.count
    fonts.append(font)
    fontIDs[font] = id
    return id
  }

  private mutating func fillID(_ fill: CellFill) -> Int {
    guard case .solid(let color) = fill else { return 0 }
    if let id = fillIDs[color] { return id }
    let id = Self.reservedFillCount + solidFills.count
    solidFills.append(color)
    fillIDs[color] = id
    return id
  }

  private mutating func borderID(_ border: CellBorder) -> Int {
    if let id = borderIDs[border] { return id }
    let id = borders.count
    borders.append(border)
    borderIDs[border] = id
    return id
  }
}
