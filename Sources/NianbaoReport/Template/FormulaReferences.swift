import NianbaoXLSX

/// Cell lists for formulas: consecutive cells of one row or one column collapse into a range (`D6:D7`), the rest
/// are separated by commas (`D6:D7,D9`).
enum FormulaReferences {
  /// The references as a formula argument list, in the order given; `$`-anchored when `absolute`.
  static func list(_ references: [CellReference], absolute: Bool) -> String {
    var runs: [(start: CellReference, end: CellReference)] = []
    for reference in references {
      if let last = runs.last, extends(last, with: reference) {
        runs[runs.count - 1].end = reference
      } else {
        runs.append((reference, reference))
      }
    }
    return runs.map { run in
      run.start == run.end
        ? text(run.start, absolute: absolute)
        : text(run.start, absolute: absolute) + ":" + text(run.end, absolute: absolute)
    }.joined(separator: ",")
  }

  /// The sum of the cells as a formula expression: `SUM(…)`, or `0` for no cells.
  static func sum(_ references: [CellReference], absolute: Bool) -> String {
    references.isEmpty ? "0" : "SUM(" + list(references, absolute: absolute) + ")"
  }

  /// Whether `reference` continues a run: the next cell to the right of a single cell or a run along a row, or the
  /// next cell down from a single cell or a run down a column.
  private static func extends(_ run: (start: CellReference, end: CellReference), with reference: CellReference)
    -> Bool
  {
    let alongRow =
      run.start.row == run.end.row && reference.row == run.end.row
      && reference.column == run.end.column + 1
    let downColumn =
      run.start.column == run.end.column && reference.column == run.end.column
      && reference.row == run.end.row + 1
    return alongRow || downColumn
  }

  private static func text(_ reference: CellReference, absolute: Bool) -> String {
    absolute ? "$" + CellReference.columnName(reference.column) + "$" + String(reference.row) : reference.a1
  }
}
