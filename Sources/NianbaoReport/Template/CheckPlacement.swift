import NianbaoXLSX

/// Where a template's live check cells go, derived from the layout's balance equations: to the right of the print
/// area (after a gap column), in the rows of the cells they concern, so that they never fall inside a table's rows
/// and columns.
///
/// An equation running along a row (R2: each row of table 三; R4: each group of table 四, all three in one row) gets
/// its check in its total's row, the checks of one row side by side from the first check column. An equation running
/// down a column (R1 and R3: each column of table 三) gets its check in the row of its last total (R1: 四、结转下年度继续办理;
/// R3: （七）总计), in a block of columns after the row checks of its table, one column per table column in the
/// table's order, so that the R1 and R3 checks of one column share a check column.
enum CheckPlacement {
  /// The caption of a column of checks.
  struct Caption: Hashable {
    /// The caption's cell, in the title row of the checks' table.
    var reference: CellReference
    /// The caption, e.g. `R2 校验` or `R1/R3 校验` over `（自然人）` on a second line.
    var text: String
  }

  /// The first column to the right of the print area that holds checks.
  static func firstCheckColumn(_ plan: ReportSheetPlan) -> Int { plan.width + 2 }

  /// One check per equation of the plan's layout, in the layout's order.
  static func checks(for plan: ReportSheetPlan) -> [BalanceCheck] {
    let placed = plan.layout.equations.map { equation in
      (
        equation: equation, parts: equation.parts.map { plan.reference(of: $0)! },
        totals: equation.totals.map { plan.reference(of: $0)! }, table: plan.layout.slot(at: equation.anchor)!.table
      )
    }
    func runsDownAColumn(_ cells: [CellReference]) -> Bool {
      Set(cells.map(\.column)).count == 1 && Set(cells.map(\.row)).count > 1
    }
    var used = Set<CellReference>()
    var references: [CellReference?] = Array(repeating: nil, count: placed.count)
    // Row checks first, side by side in their totals' rows.
    for (index, entry) in placed.enumerated() where !runsDownAColumn(entry.parts + entry.totals) {
      var column = firstCheckColumn(plan)
      while used.contains(CellReference(row: entry.totals[0].row, column: column)!) { column += 1 }
      let reference = CellReference(row: entry.totals[0].row, column: column)!
      used.insert(reference)
      references[index] = reference
    }
    // Then each table's column checks, in a block after the table's row checks.
    for table in plan.tables {
      let entries = placed.indices.filter {
        placed[$0].table == table.table.id && runsDownAColumn(placed[$0].parts + placed[$0].totals)
      }
      let columns = Set(entries.map { placed[$0].totals[0].column }).sorted()
      let rowChecks = used.filter { table.rows.contains($0.row) }.map(\.column)
      var blockStart = (rowChecks.max() ?? firstCheckColumn(plan) - 1) + 1
      for index in entries {
        let row = placed[index].totals.last!.row
        let offset = columns.firstIndex(of: placed[index].totals[0].column)!
        while used.contains(CellReference(row: row, column: blockStart + offset)!) { blockStart += columns.count }
        let reference = CellReference(row: row, column: blockStart + offset)!
        used.insert(reference)
        references[index] = reference
      }
    }
    return placed.enumerated().map { index, entry in
      BalanceCheck(
        equation: entry.equation, reference: references[index]!,
        arrangement: runsDownAColumn(entry.parts + entry.totals) ? .perColumn : .perRow, parts: entry.parts,
        totals: entry.totals)
    }
  }

  /// The captions of the checks, one above each column of checks in the title row of its table: the rules of the
  /// column and, on a second line, what tells its checks apart when they share it — the table column of column
  /// checks (`自然人`), or the group of a lone row check's total (`复议后起诉`); a column of row checks, one per row,
  /// needs no second line.
  static func captions(for checks: [BalanceCheck], plan: ReportSheetPlan) -> [Caption] {
    var captions: [Caption] = []
    for placed in plan.tables {
      let own = checks.filter { plan.layout.slot(at: $0.equation.anchor)?.table == placed.table.id }
      for column in Set(own.map(\.reference.column)).sorted() {
        let inColumn = own.filter { $0.reference.column == column }
        var rules: [String] = []
        for check in inColumn where !rules.contains(check.equation.rule.rawValue) {
          rules.append(check.equation.rule.rawValue)
        }
        let names = inColumn.map { check -> String? in
          let anchor = plan.layout.slot(at: check.equation.anchor)!
          switch check.arrangement {
          case .perColumn: return anchor.columnLabel
          case .perRow: return inColumn.count == 1 ? anchor.columnHeaders.dropLast().last?.text : nil
          }
        }
        var text = rules.joined(separator: "/") + " 校验"
        if let name = names.first ?? nil, names.allSatisfy({ $0 == name }) { text += "\n（" + name + "）" }
        captions.append(Caption(reference: CellReference(row: placed.titleRow, column: column)!, text: text))
      }
    }
    return captions
  }
}
