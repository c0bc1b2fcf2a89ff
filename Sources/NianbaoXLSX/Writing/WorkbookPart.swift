/// `xl/workbook.xml`: the sheet list, the active tab, defined names and calculation settings.
enum WorkbookPart {
  /// The part for a validated document.
  ///
  /// - Parameter recalculates: whether a formula lacks a cached value, so the application should recalculate on
  ///   opening (`fullCalcOnLoad`).
  static func xml(_ document: WorkbookDocument, recalculates: Bool) throws -> [UInt8] {
    let xml = try XMLWriter(part: OOXML.Part.workbook)
    try xml.start("workbook")
    try xml.attribute("xmlns", OOXML.spreadsheetNamespace)
    try xml.attribute("xmlns:r", OOXML.relationshipsNamespace)
    try xml.start("workbookPr")
    try xml.end()
    try xml.start("bookViews")
    try xml.start("workbookView")
    let activeTab = activeSheetIndex(document)
    if activeTab > 0 { try xml.attribute("activeTab", activeTab) }
    try xml.end()
    try xml.end()
    try xml.start("sheets")
    for (offset, sheet) in document.sheets.enumerated() {
      try xml.start("sheet")
      try xml.attribute("name", sheet.name)
      try xml.attribute("sheetId", offset + 1)
      if sheet.visibility != .visible { try xml.attribute("state", sheet.visibility.rawValue) }
      try xml.attribute("r:id", RelationshipsPart.worksheetRelationshipID(offset + 1))
      try xml.end()
    }
    try xml.end()
    let names = definedNames(document)
    if !names.isEmpty {
      try xml.start("definedNames")
      for name in names {
        try xml.start("definedName")
        try xml.attribute("name", name.name)
        if let sheet = name.localSheetIndex { try xml.attribute("localSheetId", sheet) }
        if name.isHidden { try xml.attribute("hidden", flag: true) }
        try xml.text(SpreadsheetText.escaped(name.formula))
        try xml.end()
      }
      try xml.end()
    }
    try xml.start("calcPr")
    try xml.attribute("calcId", 191_029)
    if recalculates { try xml.attribute("fullCalcOnLoad", flag: true) }
    try xml.end()
    try xml.end()
    return try xml.finish()
  }

  /// The 0-based index of the tab shown on opening: the first visible sheet.
  static func activeSheetIndex(_ document: WorkbookDocument) -> Int {
    document.sheets.firstIndex { $0.visibility == .visible } ?? 0
  }

  /// Every defined name of the workbook: the document's own, then each sheet's print area and print titles,
  /// ordered by name (ignoring case) and then by scope, as Excel lists them.
  static func definedNames(_ document: WorkbookDocument) -> [DefinedName] {
    var names = document.definedNames.map { name in
      var name = name
      if name.formula.hasPrefix("=") { name.formula.removeFirst() }
      return name
    }
    for (index, sheet) in document.sheets.enumerated() {
      let quoted = DefinedName.quotedSheetName(sheet.name)
      if let area = sheet.printArea {
        names.append(
          DefinedName(name: DefinedName.printAreaName, formula: quoted + "!" + absolute(area), localSheetIndex: index))
      }
      if let rows = sheet.printTitleRows {
        names.append(
          DefinedName(
            name: DefinedName.printTitlesName, formula: quoted + "!$\(rows.lowerBound):$\(rows.upperBound)",
            localSheetIndex: index))
      }
    }
    return names.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.name.lowercased(), lhs.element.localSheetIndex ?? -1, lhs.offset)
      let right = (rhs.element.name.lowercased(), rhs.element.localSheetIndex ?? -1, rhs.offset)
      return left < right
    }.map(\.element)
  }

  /// A range with absolute references (`$A$1:$J$28`; a single cell as `$A$1`).
  static func absolute(_ range: CellRange) -> String {
    func cell(_ reference: CellReference) -> String {
      "$" + CellReference.columnName(reference.column) + "$" + String(reference.row)
    }
    return range.start == range.end ? cell(range.start) : cell(range.start) + ":" + cell(range.end)
  }
}
