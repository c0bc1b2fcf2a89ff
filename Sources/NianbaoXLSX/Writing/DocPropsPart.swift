/// `docProps/core.xml` (title, author, dates) and `docProps/app.xml` (application, sheet names).
enum DocPropsPart {
  /// `docProps/core.xml`.
  static func coreXML(_ properties: DocumentProperties) throws -> [UInt8] {
    let xml = try XMLWriter(part: OOXML.Part.coreProperties)
    try xml.start("cp:coreProperties")
    try xml.attribute("xmlns:cp", OOXML.corePropertiesNamespace)
    try xml.attribute("xmlns:dc", OOXML.dublinCoreNamespace)
    try xml.attribute("xmlns:dcterms", OOXML.dublinCoreTermsNamespace)
    try xml.attribute("xmlns:dcmitype", OOXML.dublinCoreTypesNamespace)
    try xml.attribute("xmlns:xsi", OOXML.schemaInstanceNamespace)
    let texts: [(String, String?)] = [
      ("dc:title", properties.title), ("dc:subject", properties.subject), ("dc:creator", properties.creator),
      ("cp:keywords", properties.keywords), ("dc:description", properties.comments),
    ]
    for (name, value) in texts {
      if let value { try xml.element(name, text: value) }
    }
    for (name, value) in [("dcterms:created", properties.created), ("dcterms:modified", properties.modified)] {
      try xml.start(name)
      try xml.attribute("xsi:type", "dcterms:W3CDTF")
      try xml.text(value)
      try xml.end()
    }
    try xml.end()
    return try xml.finish()
  }

  /// `docProps/app.xml`.
  static func appXML(_ properties: DocumentProperties, sheetNames: [String]) throws -> [UInt8] {
    let xml = try XMLWriter(part: OOXML.Part.appProperties)
    try xml.start("Properties")
    try xml.attribute("xmlns", OOXML.extendedPropertiesNamespace)
    try xml.attribute("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")
    try xml.element("Application", text: properties.application)
    try xml.start("HeadingPairs")
    try xml.start("vt:vector")
    try xml.attribute("size", 2)
    try xml.attribute("baseType", "variant")
    try xml.start("vt:variant")
    try xml.element("vt:lpstr", text: "Worksheets")
    try xml.end()
    try xml.start("vt:variant")
    try xml.element("vt:i4", text: String(sheetNames.count))
    try xml.end()
    try xml.end()
    try xml.end()
    try xml.start("TitlesOfParts")
    try xml.start("vt:vector")
    try xml.attribute("size", sheetNames.count)
    try xml.attribute("baseType", "lpstr")
    for name in sheetNames { try xml.element("vt:lpstr", text: name) }
    try xml.end()
    try xml.end()
    try xml.end()
    return try xml.finish()
  }
}
