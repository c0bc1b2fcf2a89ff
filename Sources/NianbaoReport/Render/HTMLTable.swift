/// One official table as a plain HTML `<table>`: a `<colgroup>` with the column widths, then one `<tr>` per grid
/// row and one `<td>` per grid cell starting in it, with the grid's `rowspan` and `colspan`, the official label
/// character for character, a value's plain digits, or nothing for a blank cell.
///
/// Value cells carry `id="cell-<key path>"` and the class `value`; marked cells a `mark-<severity>` (or
/// `involved`) class and a tooltip with the findings' messages. Row labels beside values have the class
/// `row-label`, other labels `label`.
enum HTMLTable {
  /// The table's markup, lines ending in newlines.
  static func markup(_ table: TableLayout, report: Report, marks: CellMarks) -> String {
    let wide = table.grid.columnCount >= 10
    var html = wide ? "<table class=\"wide\">\n" : "<table>\n"
    html += "<colgroup>"
    for share in ColumnWidths.percentages(of: table) {
      html += "<col style=\"width: \(formatted(share))%\"/>"
    }
    html += "</colgroup>\n"
    let valueRows = Set(table.slots.flatMap { $0.row..<$0.row + $0.rowSpan })
    var row = -1
    for cell in table.grid.cells {
      if cell.row != row {
        if row >= 0 { html += "</tr>\n" }
        row = cell.row
        html += "<tr>"
      }
      html += self.cell(
        cell, isRowLabel: cell.rowSpan == 1 && valueRows.contains(cell.row), report: report, marks: marks)
    }
    if row >= 0 { html += "</tr>\n" }
    return html + "</table>\n"
  }

  /// One `<td>`.
  static func cell(_ cell: GridCell, isRowLabel: Bool, report: Report, marks: CellMarks) -> String {
    var attributes = ""
    if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
    if cell.columnSpan > 1 { attributes += " colspan=\"\(cell.columnSpan)\"" }
    switch cell.content {
    case .label(let label):
      return "<td class=\"\(isRowLabel ? "row-label" : "label")\"\(attributes)>\(HTMLEscaping.escape(label.text))</td>"
    case .value(let slot):
      var classes = ["value"]
      if let severity = marks.severity[slot.keyPath] {
        classes.append("mark-" + severity.rawValue)
        attributes += " title=\"\(HTMLEscaping.escape(marks.messages[slot.keyPath]!.joined(separator: "\n")))\""
      } else if marks.involved.contains(slot.keyPath) {
        classes.append("involved")
      }
      let value = report[slot.keyPath].map(\.description) ?? ""
      let id = HTMLEscaping.escape(CellMarks.anchor(of: slot.keyPath))
      return
        "<td id=\"\(id)\" class=\"\(classes.joined(separator: " "))\"\(attributes)>\(HTMLEscaping.escape(value))</td>"
    case .empty:
      return "<td\(attributes)></td>"
    }
  }

  /// A share with at most two decimals, without trailing zeros.
  static func formatted(_ share: Double) -> String {
    let hundredths = Int((share * 100).rounded())
    let whole = hundredths / 100
    let fraction = hundredths % 100
    if fraction == 0 { return String(whole) }
    return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
