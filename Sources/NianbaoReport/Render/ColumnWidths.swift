import NianbaoXLSX

/// The columns of a table on the page, as shares of its width: the widths the exported workbook gives the same
/// labels (``ColumnSizing``: display width, long labels capped and wrapped), and room for a number in every value
/// column.
enum ColumnWidths {
  /// The least width of a value column, in the spreadsheet's width unit (as ``ReportSheet/valueColumnWidth``).
  static let valueWidth = 9.0

  /// The share of each grid column, in percent, left to right; they add up to 100.
  static func percentages(of table: TableLayout) -> [Double] {
    var texts: [SizedText] = []
    var valueColumns = Set<Int>()
    for cell in table.grid.cells {
      let range = CellRange(
        origin: CellReference(row: cell.row + 1, column: cell.column + 1)!, rows: cell.rowSpan,
        columns: cell.columnSpan)!
      switch cell.content {
      case .label(let label):
        texts.append(SizedText(range: range, text: label.text, fontSize: 11, wraps: true, setsWidth: true))
      case .value:
        valueColumns.formUnion(cell.column + 1...cell.column + cell.columnSpan)
      case .empty: break
      }
    }
    let sized = ColumnSizing.widths(for: texts)
    let widths = (1...table.grid.columnCount).map { column in
      max(sized[column] ?? ColumnSizing.defaultWidth, valueColumns.contains(column) ? valueWidth : 0)
    }
    let total = widths.reduce(0, +)
    return widths.map { $0 / total * 100 }
  }
}
