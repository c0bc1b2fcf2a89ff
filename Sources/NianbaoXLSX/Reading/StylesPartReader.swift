/// Reads `xl/styles.xml` far enough to know each cell style's number format.
enum StylesPartReader {
  /// Reads the number format of every cell style (`cellXfs`), in style-index order.
  static func read(from archive: ZipArchive, part: String) throws -> [NumberFormat] {
    let reader = try XMLStreamReader(stream: archive.open(part))
    var customCodes: [Int: String] = [:]
    var formats: [NumberFormat] = []
    var inCellXfs = false
    var advanced = try reader.next()
    while advanced {
      switch reader.node {
      case .startElement:
        if reader.isNamed("cellStyleXfs") || reader.isNamed("extLst") || reader.isNamed("dxfs") {
          advanced = try reader.skipSubtree()
          continue
        }
        if reader.isNamed("numFmt") {
          if let id = reader.attribute("numFmtId").flatMap(Int.init), let code = reader.attribute("formatCode") {
            customCodes[id] = code
          }
        } else if reader.isNamed("cellXfs") {
          inCellXfs = !reader.isEmptyElement
        } else if inCellXfs, reader.isNamed("xf") {
          let id = reader.attribute("numFmtId").flatMap(Int.init) ?? 0
          let code = customCodes[id] ?? NumberFormat.builtInCode(id) ?? "General"
          formats.append(NumberFormat(id: id, code: code))
          guard formats.count <= 65_536 else {
            throw XLSXError(.contentLimitExceeded, "The part declares more than 65,536 cell styles.", part: part)
          }
        }
      case .endElement:
        if reader.isNamed("cellXfs") { inCellXfs = false }
      default:
        break
      }
      advanced = try reader.next()
    }
    return formats
  }
}
