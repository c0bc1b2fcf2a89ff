import NianbaoPackage

/// Reads `xl/styles.xml` far enough to know each cell style's number format.
struct StylesPartReader: XMLPartHandler {
  /// Reads the number format of every cell style (`cellXfs`), in style-index order.
  static func read(from archive: ZipArchive, part: String) throws -> [NumberFormat] {
    try XMLEventParser.parse(archive.open(part), with: StylesPartReader(part: part)).formats
  }

  private let part: String
  private var customCodes: [Int: String] = [:]
  private var formats: [NumberFormat] = []
  /// The format last made for each id, reused while the id keeps its code (classifying a code is not cheap).
  private var madeFormats: [Int: NumberFormat] = [:]
  private var inCellXfs = false

  private init(part: String) {
    self.part = part
  }

  /// Custom formats (`numFmt`) are recorded, cell styles (`xf` in `cellXfs`) take theirs; cell style formats,
  /// differential formats and extensions are skipped.
  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  {
    if name.is("cellStyleXfs") || name.is("extLst") || name.is("dxfs") { return true }
    if name.is("numFmt") {
      if let id = attributes.unprefixedValue(of: "numFmtId").flatMap(Int.init),
        let code = attributes.unprefixedValue(of: "formatCode")
      {
        customCodes[id] = code
      }
    } else if name.is("cellXfs") {
      inCellXfs = !isEmpty
    } else if inCellXfs, name.is("xf") {
      let id = attributes.unprefixedValue(of: "numFmtId").flatMap(Int.init) ?? 0
      let code = customCodes[id] ?? NumberFormat.builtInCode(id) ?? "General"
      if let made = madeFormats[id], made.code == code {
        formats.append(made)
      } else {
        let format = NumberFormat(id: id, code: code)
        madeFormats[id] = format
        formats.append(format)
      }
      guard formats.count <= 65_536 else {
        throw XLSXError(.contentLimitExceeded, "The part declares more than 65,536 cell styles.", part: part)
      }
    }
    return false
  }

  /// The end of `cellXfs` ends the cell styles.
  mutating func endElement(_ name: XMLElementName, depth: Int) throws {
    if name.is("cellXfs") { inCellXfs = false }
  }
}
