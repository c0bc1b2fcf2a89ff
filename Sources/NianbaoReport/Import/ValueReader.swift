import NianbaoGrid

/// Reads the value of one source cell for a value slot, recording a finding for anything that is not plainly a value.
enum ValueReader {
  /// The cell's value (`nil` for blank), appending findings for blank markers, non-values and formulas.
  static func read(
    _ cell: SourceCell, slot: ValueSlot, grid: String, location: SourceLocation, evaluator: FormulaEvaluator,
    findings: inout [Finding]
  ) -> ReportValue? {
    switch cell.content {
    case .formula(let formula, let cached):
      if let cached, cached != .empty, cached != .text("") {
        return value(of: cached, slot: slot, location: location, findings: &findings)
      }
      switch evaluator.evaluate(formula, grid: grid, row: cell.row, column: cell.column) {
      case .success(let number):
        let outcome = CellValueParser.value(
          number, digits: number.plainText(), source: "=" + formula, kind: slot.kind)
        let result = resolve(outcome, slot: slot, location: location, findings: &findings)
        if let result {
          findings.append(
            ImportFindings.formulaEvaluated(slot: slot, formula: formula, value: result, location: location))
        }
        return result
      case .failure(let failure):
        findings.append(
          ImportFindings.formulaNotEvaluated(slot: slot, formula: formula, reason: failure.reason, location: location))
        return nil
      }
    default:
      return value(of: cell.content, slot: slot, location: location, findings: &findings)
    }
  }

  private static func value(
    of content: SourceContent, slot: ValueSlot, location: SourceLocation, findings: inout [Finding]
  ) -> ReportValue? {
    let outcome: CellValueParser.Outcome
    switch content {
    case .empty: return nil
    case .number(let text): outcome = CellValueParser.parse(number: text, kind: slot.kind)
    case .text(let text): outcome = CellValueParser.parse(text: text, kind: slot.kind)
    case .boolean, .error, .formula: outcome = .notAValue(content.text, reason: "not a number")
    }
    return resolve(outcome, slot: slot, location: location, findings: &findings)
  }

  private static func resolve(
    _ outcome: CellValueParser.Outcome, slot: ValueSlot, location: SourceLocation, findings: inout [Finding]
  ) -> ReportValue? {
    switch outcome {
    case .blank:
      return nil
    case .value(let value):
      return value
    case .blankMarker(let text), .notAValue(let text, _):
      findings.append(Finding.notAValue(slot: slot, cellText: text, location: location))
      return nil
    }
  }

  /// The sum of two optional values: blank plus blank is blank, blank plus a value is the value. A sum too large to
  /// hold (a count past `Int`, an amount past ``Amount/maximumDigits`` digits) is `.tooLarge`.
  static func add(_ lhs: ReportValue?, _ rhs: ReportValue?) -> Sum {
    switch (lhs, rhs) {
    case (nil, nil): return .blank
    case (nil, let value?), (let value?, nil): return .value(value)
    case (.count(let a)?, .count(let b)?):
      let (sum, overflow) = a.addingReportingOverflow(b)
      return overflow ? .tooLarge : .value(.count(sum))
    case (.amount(let a)?, .amount(let b)?): return Amount.adding(a, b).map { .value(.amount($0)) } ?? .tooLarge
    case (let value?, _): return .value(value)
    }
  }

  /// What adding the cells of one slot gave.
  enum Sum: Equatable {
    /// Every cell was blank.
    case blank
    /// The sum.
    case value(ReportValue)
    /// The sum does not fit a value.
    case tooLarge

    /// The sum as an optional value; `nil` when blank or too large.
    var value: ReportValue? {
      if case .value(let value) = self { return value }
      return nil
    }
  }
}
