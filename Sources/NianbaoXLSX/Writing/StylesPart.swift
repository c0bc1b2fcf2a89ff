/// `xl/styles.xml`: number formats, fonts, fills, borders, cell formats and differential formats, in the order
/// ECMA-376 requires (numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, cellStyles, dxfs).
enum StylesPart {
  /// The part for a filled style table.
  static func xml(_ table: StyleTable) throws -> [UInt8] {
    let xml = try XMLWriter(part: OOXML.Part.styles)
    try xml.start("styleSheet")
    try xml.attribute("xmlns", OOXML.spreadsheetNamespace)
    if !table.customNumberFormats.isEmpty {
      try xml.start("numFmts")
      try xml.attribute("count", table.customNumberFormats.count)
      for format in table.customNumberFormats {
        try xml.start("numFmt")
        try xml.attribute("numFmtId", format.id)
        try xml.attribute("formatCode", SpreadsheetText.escaped(format.code))
        try xml.end()
      }
      try xml.end()
    }
    try xml.start("fonts")
    try xml.attribute("count", table.fonts.count)
    for font in table.fonts { try writeFont(xml, font) }
    try xml.end()
    try writeFills(xml, table.solidFills)
    try xml.start("borders")
    try xml.attribute("count", table.borders.count)
    for border in table.borders { try writeBorder(xml, border) }
    try xml.end()
    try xml.start("cellStyleXfs")
    try xml.attribute("count", 1)
    try xml.start("xf")
    try writeFormatIDs(xml, numberFormat: 0, font: 0, fill: 0, border: 0)
    try xml.end()
    try xml.end()
    try xml.start("cellXfs")
    try xml.attribute("count", table.cellFormats.count)
    for format in table.cellFormats { try writeCellFormat(xml, format) }
    try xml.end()
    try xml.start("cellStyles")
    try xml.attribute("count", 1)
    try xml.start("cellStyle")
    try xml.attribute("name", "Normal")
    try xml.attribute("xfId", 0)
    try xml.attribute("builtinId", 0)
    try xml.end()
    try xml.end()
    try xml.start("dxfs")
    try xml.attribute("count", table.differentialStyles.count)
    for style in table.differentialStyles { try writeDifferentialStyle(xml, style) }
    try xml.end()
    try xml.end()
    return try xml.finish()
  }

  private static func writeFont(_ xml: XMLWriter, _ font: FontStyle) throws {
    try xml.start("font")
    if font.isBold { try xml.element("b", attribute: "val", "1") }
    if font.isItalic { try xml.element("i", attribute: "val", "1") }
    try xml.element("sz", attribute: "val", XMLWriter.decimalText(font.size))
    if let color = font.color { try xml.element("color", attribute: "rgb", color.argbHex) }
    try xml.element("name", attribute: "val", SpreadsheetText.escaped(font.name))
    try xml.end()
  }

  private static func writeFills(_ xml: XMLWriter, _ colors: [CellColor]) throws {
    try xml.start("fills")
    try xml.attribute("count", StyleTable.reservedFillCount + colors.count)
    for pattern in ["none", "gray125"] {
      try xml.start("fill")
      try xml.element("patternFill", attribute: "patternType", pattern)
      try xml.end()
    }
    for color in colors {
      try xml.start("fill")
      try xml.start("patternFill")
      try xml.attribute("patternType", "solid")
      try xml.element("fgColor", attribute: "rgb", color.argbHex)
      try xml.element("bgColor", attribute: "indexed", "64")
      try xml.end()
      try xml.end()
    }
    try xml.end()
  }

  private static func writeBorder(_ xml: XMLWriter, _ border: CellBorder) throws {
    try xml.start("border")
    for (name, edge) in [
      ("left", border.left), ("right", border.right), ("top", border.top), ("bottom", border.bottom),
    ] {
      try xml.start(name)
      if let edge {
        try xml.attribute("style", edge.style.rawValue)
        try xml.element("color", attribute: "rgb", edge.color.argbHex)
      }
      try xml.end()
    }
    try xml.start("diagonal")
    try xml.end()
    try xml.end()
  }

  private static func writeFormatIDs(_ xml: XMLWriter, numberFormat: Int, font: Int, fill: Int, border: Int) throws {
    try xml.attribute("numFmtId", numberFormat)
    try xml.attribute("fontId", font)
    try xml.attribute("fillId", fill)
    try xml.attribute("borderId", border)
  }

  private static func writeCellFormat(_ xml: XMLWriter, _ format: StyleTable.CellFormat) throws {
    try xml.start("xf")
    try writeFormatIDs(
      xml, numberFormat: format.numberFormatID, font: format.fontID, fill: format.fillID, border: format.borderID)
    try xml.attribute("xfId", 0)
    if format.numberFormatID != 0 { try xml.attribute("applyNumberFormat", flag: true) }
    if format.fontID != 0 { try xml.attribute("applyFont", flag: true) }
    if format.fillID != 0 { try xml.attribute("applyFill", flag: true) }
    if format.borderID != 0 { try xml.attribute("applyBorder", flag: true) }
    if !format.alignment.isDefault { try xml.attribute("applyAlignment", flag: true) }
    if !format.isLocked { try xml.attribute("applyProtection", flag: true) }
    if !format.alignment.isDefault {
      try xml.start("alignment")
      if let horizontal = format.alignment.horizontal { try xml.attribute("horizontal", horizontal.rawValue) }
      if let vertical = format.alignment.vertical { try xml.attribute("vertical", vertical.rawValue) }
      if format.alignment.wrapsText { try xml.attribute("wrapText", flag: true) }
      try xml.end()
    }
    if !format.isLocked { try xml.element("protection", attribute: "locked", "0") }
    try xml.end()
  }

  private static func writeDifferentialStyle(_ xml: XMLWriter, _ style: DifferentialStyle) throws {
    try xml.start("dxf")
    if style.isBold != nil || style.fontColor != nil {
      try xml.start("font")
      if let bold = style.isBold { try xml.element("b", attribute: "val", bold ? "1" : "0") }
      if let color = style.fontColor { try xml.element("color", attribute: "rgb", color.argbHex) }
      try xml.end()
    }
    if let color = style.fillColor {
      // In a differential fill the solid colour is the background colour (ECMA-376 Part 1, 18.8.32).
      try xml.start("fill")
      try xml.start("patternFill")
      try xml.attribute("patternType", "solid")
      try xml.element("bgColor", attribute: "rgb", color.argbHex)
      try xml.end()
      try xml.end()
    }
    try xml.end()
  }
}
