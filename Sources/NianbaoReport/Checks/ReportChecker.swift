import NianbaoGrid

/// Runs the checks on a report and returns every finding, in a deterministic order.
///
/// - R1–R4: the balance equations the layout declares (``ReportLayout/equations``).
/// - R5: with last year's report, the continuity links (``ReportLayout/continuity``); when the
///   reports are not the same organ's consecutive years (as far as organ and year are known), a
///   single ``FindingKind/incomparable`` finding instead.
/// - ``RuleID/blankCells``: one finding per table 三 and 四 listing its blank cells.
/// - ``RuleID/feeNotReported``: a fee above zero (2021 table 二) while section 六 is absent, empty
///   or “无”.
/// - ``RuleID/problemsNotReported``: section 五 given but empty or “无”.
///
/// Findings are ordered by rule, then table, then the cell's position in the document.
public struct ReportChecker: Sendable {
  /// The rules to run.
  public var rules: Set<RuleID>
  /// Where each cell was read from, for imported files; cells not listed are located at their
  /// official grid position.
  public var locations: [ReportKeyPath: SourceLocation]

  /// The tables whose blank cells are reported.
  public static let blankCellTables: [TableID] = [.applications, .appeals]

  /// Creates a checker.
  public init(rules: Set<RuleID> = Set(RuleID.allCases), locations: [ReportKeyPath: SourceLocation] = [:]) {
    self.rules = rules
    self.locations = locations
  }

  /// Every finding about `report`; `previous` is the same organ's report of the year before.
  public func check(_ report: Report, previous: Report? = nil) -> [Finding] {
    var findings: [Finding] = []
    let layout = report.layout
    for equation in layout.equations where rules.contains(equation.rule) {
      if let finding = balanceFinding(
        rule: equation.rule, parts: equation.parts.map { (layout.slot(at: $0)!, report.count(at: $0)) },
        totals: equation.totals.map { (layout.slot(at: $0)!, report.count(at: $0)) })
      {
        findings.append(finding)
      }
    }
    if let previous {
      findings += continuityFindings(report, previous: previous)
    }
    if rules.contains(.blankCells) {
      findings += blankCellFindings(report)
    }
    if rules.contains(.feeNotReported), let finding = feeFinding(report) {
      findings.append(finding)
    }
    if rules.contains(.problemsNotReported), let problems = report.text.problems, Self.saysNothing(problems) {
      findings.append(
        Finding(
          rule: .problemsNotReported, kind: .missingText,
          keyPath: ReportKeyPath([ReportDocumentKey.text.rawValue, TextSection.problems.key]), table: nil, row: nil,
          column: nil, location: nil, expected: nil, found: nil, cells: [],
          message: FindingMessages.problemsNotReported()))
    }
    if rules.contains(.textCount) {
      findings += TextCountCheck.findings(report, locations: locations)
    }
    return Self.ordered(findings, layout: layout)
  }

  /// Whether a text section reports nothing: empty, or only “无” (暂无, 没有, “/”, a dash),
  /// ignoring whitespace and final punctuation.
  public static func saysNothing(_ text: String?) -> Bool {
    guard let text else { return true }
    // Normalising a whole section is costly and a long one says something: NFKC neither removes scalars other than
    // the whitespace, format and control characters skipped here nor composes several into the characters of the
    // phrases below, so more than 32 other scalars before the final punctuation cannot normalise to one of them.
    var significant = 0
    for scalar in text.unicodeScalars
    where !LabelNormalizer.isDropped(scalar) && !finalPunctuation.unicodeScalars.contains(scalar) {
      significant += 1
      if significant > 32 { return false }
    }
    var normalized = LabelNormalizer.normalize(text)
    while let last = normalized.last, finalPunctuation.contains(last) { normalized.removeLast() }
    return ["", "无", "暂无", "没有", "/", "-", "—", "——", "无此事项", "无其他需要报告的事项"].contains(normalized)
  }

  /// The punctuation a section may end with and still say nothing (“无。”).
  private static let finalPunctuation = "。.;；!！"

  private func location(of slot: ValueSlot) -> SourceLocation {
    locations[slot.keyPath] ?? slot.officialLocation
  }

  private func balanceFinding(rule: RuleID, parts: [(ValueSlot, Int?)], totals: [(ValueSlot, Int?)]) -> Finding? {
    guard let result = BalanceResult.evaluate(parts: parts.map(\.1), totals: totals.map(\.1)) else { return nil }
    let anchor = totals[0].0
    let cellLocation = location(of: anchor)
    return Finding(
      rule: rule, kind: result.kind, slot: anchor, location: cellLocation, expected: .count(result.expected),
      found: result.found.map(ReportValue.count), cells: (parts + totals).map(\.0.keyPath),
      message: FindingMessages.balance(
        rule: rule, result: result, partSlots: parts.map(\.0), partValues: parts.map(\.1), totalSlot: anchor,
        location: cellLocation))
  }

  private func continuityFindings(_ report: Report, previous: Report) -> [Finding] {
    let links = report.layout.continuity.filter { rules.contains($0.rule) }
    guard !links.isEmpty else { return [] }
    let sameOrgan =
      report.organ == nil || previous.organ == nil
      || LabelNormalizer.normalize(report.organ!) == LabelNormalizer.normalize(previous.organ!)
    let consecutive = report.year == nil || previous.year == nil || previous.year! + 1 == report.year!
    guard sameOrgan, consecutive else {
      return [
        Finding(
          rule: links[0].rule, kind: .incomparable, keyPath: nil, table: nil, row: nil, column: nil, location: nil,
          expected: nil, found: nil, cells: [],
          message: FindingMessages.incomparable(report: report, previous: previous))
      ]
    }
    return links.compactMap { link in
      guard let currentSlot = report.layout.slot(at: link.current),
        let previousSlot = previous.layout.slot(at: link.previous)
      else { return nil }
      return balanceFinding(
        rule: link.rule, parts: [(previousSlot, previous.count(at: link.previous))],
        totals: [(currentSlot, report.count(at: link.current))])
    }
  }

  private func blankCellFindings(_ report: Report) -> [Finding] {
    Self.blankCellTables.compactMap { table in
      let blanks = report.layout.table(table).slots.filter { report[$0.keyPath] == nil }
      guard !blanks.isEmpty else { return nil }
      return Finding(
        rule: .blankCells, kind: .blankCells, keyPath: nil, table: table, row: nil, column: nil, location: nil,
        expected: nil, found: nil, cells: blanks.map(\.keyPath),
        message: FindingMessages.blankCells(table: table, locations: blanks.map(location(of:))))
    }
  }

  private func feeFinding(_ report: Report) -> Finding? {
    guard let slot = report.layout.feeSlot, let amount = report.amount(at: slot.keyPath), !amount.isZero,
      Self.saysNothing(report.text.other)
    else { return nil }
    let cellLocation = location(of: slot)
    return Finding(
      rule: .feeNotReported, kind: .missingText, slot: slot, location: cellLocation, expected: nil,
      found: .amount(amount), cells: [slot.keyPath],
      message: FindingMessages.feeNotReported(
        slot: slot, amount: amount, location: cellLocation, sectionText: report.text.other))
  }

  private static func ordered(_ findings: [Finding], layout: ReportLayout) -> [Finding] {
    let tableOrder = { (finding: Finding) -> Int in finding.table.map { TableID.allCases.firstIndex(of: $0)! } ?? -1 }
    let cellOrder = { (finding: Finding) -> Int in
      finding.keyPath.flatMap { layout.documentOrder(of: $0) } ?? (finding.keyPath == nil ? -1 : Int.max)
    }
    return findings.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.rule, tableOrder(lhs.element), cellOrder(lhs.element), lhs.offset)
      let right = (rhs.element.rule, tableOrder(rhs.element), cellOrder(rhs.element), rhs.offset)
      if left.0 != right.0 { return left.0 < right.0 }
      return (left.1, left.2, left.3) < (right.1, right.2, right.3)
    }.map(\.element)
  }
}

extension Report {
  /// Runs every check with the default ``ReportChecker``; see there.
  public func check(previous: Report? = nil, locations: [ReportKeyPath: SourceLocation] = [:]) -> [Finding] {
    ReportChecker(locations: locations).check(self, previous: previous)
  }
}
