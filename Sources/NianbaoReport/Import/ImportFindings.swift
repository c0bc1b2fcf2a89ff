import NianbaoGrid

/// The findings an import produces, with their sentences in Chinese and English.
enum ImportFindings {
  /// A formula without a cached value was computed.
  static func formulaEvaluated(slot: ValueSlot, formula: String, value: ReportValue, location: SourceLocation)
    -> Finding
  {
    Finding(
      rule: .formulaEvaluated, kind: .formula, slot: slot, location: location, expected: nil, found: value,
      cells: [slot.keyPath],
      cellText: "=" + formula,
      message: LocalizedMessage(
        chinese: "\(location)的公式“=\(formula)”没有保存计算结果，已按单元格数值计算为\(value)。",
        english: "The formula “=\(formula)” at \(location) has no saved result; it was computed from the cells as "
          + "\(value)."))
  }

  /// A formula without a cached value could not be computed.
  static func formulaNotEvaluated(slot: ValueSlot, formula: String, reason: String, location: SourceLocation)
    -> Finding
  {
    Finding(
      rule: .formulaNotEvaluated, kind: .formula, slot: slot, location: location, expected: nil, found: nil,
      cells: [slot.keyPath],
      cellText: "=" + formula,
      message: LocalizedMessage(
        chinese: "\(location)的公式“=\(formula)”没有保存计算结果，且无法计算（\(reason)），已按空白处理。"
          + "请在Excel或WPS中打开并保存后再导入。",
        english: "The formula “=\(formula)” at \(location) has no saved result and cannot be computed (\(reason)); "
          + "it was read as blank. Open and save the file in Excel or WPS, then import it again."))
  }

  /// A layout deviation the locator accepted.
  static func hybrid(table: TableID, deviation: LocatedTable.Deviation) -> Finding {
    Finding(
      rule: .hybridLayout, kind: .layout, keyPath: deviation.keyPaths.first, table: table, row: nil, column: nil,
      location: nil, expected: nil, found: nil, cells: deviation.keyPaths,
      message: LocalizedMessage(chinese: deviation.chinese, english: deviation.english))
  }

  /// Table 二 follows the other template version than the rest of the report.
  static func proactiveVersionMismatch(found: FormatVersion, report: FormatVersion) -> Finding {
    Finding(
      rule: .hybridLayout, kind: .layout, keyPath: ReportKeyPath([TableID.proactive.jsonKey]), table: .proactive,
      row: nil, column: nil, location: nil, expected: nil, found: nil, cells: [],
      message: LocalizedMessage(
        chinese: "\(TableID.proactive.sheetName)采用\(found.rawValue)年版模板，而本报告按\(report.rawValue)年版读取；两版共有的栏目已读取，"
          + "其余数值在下列“未对应”提示中逐一列出。",
        english:
          "Table \(TableID.proactive.rawValue) follows the \(found.rawValue) template while the report is read as \(report.rawValue); "
          + "the columns both versions share were read, and every other number is listed in an “unmapped” finding."))
  }

  /// A table is missing.
  static func tableMissing(_ table: TableLayout) -> Finding {
    Finding(
      rule: .tableMissing, kind: .missingTable, keyPath: ReportKeyPath([table.jsonKey]), table: table.id, row: nil,
      column: nil, location: nil, expected: nil, found: nil, cells: [],
      message: LocalizedMessage(
        chinese: "未找到\(table.sheetName)（\(table.title.text)），其所有数值按空白处理。",
        english: "Table \(table.id.rawValue) (\(table.title.text)) was not found; all its values are blank."))
  }

  /// Numbers inside a located table that no value slot claimed.
  static func unclaimedValues(in grid: SourceGrid, located: LocatedTable, claimed: Set<SourceGrid.Position>)
    -> [Finding]
  {
    var findings: [Finding] = []
    for cell in grid.cells
    where located.rows.contains(cell.row) && located.columns.contains(cell.column)
      && !claimed.contains(SourceGrid.Position(row: cell.row, column: cell.column))
    {
      let isNumber: Bool
      switch cell.content {
      case .number, .formula: isNumber = true
      case .text(let text):
        // Header texts hold no digit, or hold letters no number has, even in their normal form (NFKC): no need to
        // parse them as numbers.
        let normalForm = LabelLookup.normalized(text)
        if normalForm.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
          CellValueParser.mayBeNumber(normalForm: normalForm),
          case .value = CellValueParser.parse(text: text, kind: .signedCount)
        {
          isNumber = true
        } else {
          isNumber = false
        }
      default: isNumber = false
      }
      guard isNumber, !cell.text.isEmpty else { continue }
      let location = SourceLocation(sheet: grid.name, address: CellAddress(row: cell.row, column: cell.column))
      findings.append(
        Finding(
          rule: .unmappedValue, kind: .unmapped, keyPath: nil, table: located.table, row: nil, column: nil,
          location: location, expected: nil, found: nil, cells: [], cellText: cell.text,
          message: LocalizedMessage(
            chinese: "\(location)的数值“\(cell.text)”不对应本版模板的任何栏目，未读入报告。",
            english: "The number “\(cell.text)” at \(location) matches no cell of this template version; it was not "
              + "read into the report.")))
    }
    return findings
  }
}
