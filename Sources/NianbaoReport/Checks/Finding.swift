import NianbaoGrid

/// One problem found in a report: which rule, how serious, which cell, what was expected and
/// what was found, and a sentence for the clerk.
public struct Finding: Sendable, Hashable {
  /// The rule that produced the finding.
  public let rule: RuleID
  /// How serious the finding is.
  public let severity: Severity
  /// What the finding says.
  public let kind: FindingKind
  /// The cell the finding is about (for balance rules: the printed total), or `nil` for a
  /// finding about a whole table or the document.
  public let keyPath: ReportKeyPath?
  /// The table concerned, if any.
  public let table: TableID?
  /// The row's name (see ``ValueSlot/rowLabel``), if the finding is about a cell.
  public let row: String?
  /// The column's name (see ``ValueSlot/columnLabel``), if the finding is about a cell.
  public let column: String?
  /// Where the cell is: by default its official grid position, e.g. `'表三'!J12`; for imported
  /// files, the location the caller supplied.
  public let location: SourceLocation?
  /// The value the rule computes from the other cells (`nil`: blank or not applicable).
  public let expected: ReportValue?
  /// The value printed in the cell (`nil`: blank or not applicable).
  public let found: ReportValue?
  /// Every cell the finding involves: parts then totals for a balance rule, the blank cells
  /// for ``FindingKind/blankCells``.
  public let cells: [ReportKeyPath]
  /// What a cell held when it was not a value (``FindingKind/notAValue``).
  public let cellText: String?
  /// The explanation, in Chinese and English.
  public let message: LocalizedMessage

  /// Creates a finding; the severity defaults to the rule's.
  public init(
    rule: RuleID, severity: Severity? = nil, kind: FindingKind, keyPath: ReportKeyPath?, table: TableID?,
    row: String?, column: String?, location: SourceLocation?, expected: ReportValue?, found: ReportValue?,
    cells: [ReportKeyPath], cellText: String? = nil, message: LocalizedMessage
  ) {
    self.rule = rule
    self.severity = severity ?? rule.severity
    self.kind = kind
    self.keyPath = keyPath
    self.table = table
    self.row = row
    self.column = column
    self.location = location
    self.expected = expected
    self.found = found
    self.cells = cells
    self.cellText = cellText
    self.message = message
  }

  /// Creates a finding about the cell of `slot` (its key path, table, row and column); the severity defaults to the
  /// rule's.
  public init(
    rule: RuleID, severity: Severity? = nil, kind: FindingKind, slot: ValueSlot, location: SourceLocation?,
    expected: ReportValue?, found: ReportValue?, cells: [ReportKeyPath], cellText: String? = nil,
    message: LocalizedMessage
  ) {
    self.init(
      rule: rule, severity: severity, kind: kind, keyPath: slot.keyPath, table: slot.table, row: slot.rowLabel,
      column: slot.columnLabel, location: location, expected: expected, found: found, cells: cells,
      cellText: cellText, message: message)
  }

  /// A finding for an importer: the cell of `slot` held `cellText`, which is not a value, so
  /// the value was left blank.
  public static func notAValue(slot: ValueSlot, cellText: String, location: SourceLocation? = nil) -> Finding {
    let cellLocation = location ?? slot.officialLocation
    return Finding(
      rule: .notAValue, kind: .notAValue, slot: slot, location: cellLocation, expected: nil, found: nil,
      cells: [slot.keyPath],
      cellText: cellText,
      message: LocalizedMessage(
        chinese: "\(slot.table.sheetName)「\(slot.rowLabel)」×「\(slot.columnLabel)」（\(cellLocation)）填写的是“\(cellText)”，"
          + "不是数值，已按空白处理。空白与0不同：如无此类情况请填0。",
        english: "Table \(slot.table.rawValue), \(slot.rowLabel) × \(slot.columnLabel) (\(cellLocation)) holds "
          + "“\(cellText)”, which is not a value; it was read as blank. Blank is not zero: write 0 where there "
          + "was nothing to count."))
  }

  /// The explanation in `language`.
  public func message(in language: Language = .chinese) -> String { message[language] }
}
