import NianbaoGrid
import NianbaoXLSX

extension SourceGrid {
  /// The grid of a worksheet read by the XLSX reader: every cell with a value or formula, merges as spans.
  ///
  /// A merged range with no cell at its top-left corner still yields an empty spanning cell, so that the
  /// locator sees the merge; values inside a merge but not at its corner are dropped, as spreadsheet programs do.
  public init(worksheet: Worksheet) {
    self.init(name: worksheet.info.name, cells: worksheet.cells, merges: worksheet.layout.merges)
  }

  /// The grid of a sheet's cells and merges, as ``init(worksheet:)`` makes it.
  init(name: String, cells sheetCells: [Cell], merges: [CellRange]) {
    var cells: [SourceCell] = []
    cells.reserveCapacity(sheetCells.count)
    var spans: [CellReference: CellRange] = [:]
    for merge in merges where spans[merge.start] == nil {
      spans[merge.start] = merge
    }
    var placed = Set<CellReference>()
    for cell in sheetCells {
      let span = spans.isEmpty ? nil : spans[cell.reference]
      if span != nil { placed.insert(cell.reference) }
      cells.append(
        SourceCell(
          row: cell.reference.row, column: cell.reference.column, rowSpan: span?.rowCount ?? 1,
          columnSpan: span?.columnCount ?? 1, content: SourceContent(cell)))
    }
    for (start, merge) in spans where !placed.contains(start) {
      cells.append(
        SourceCell(
          row: start.row, column: start.column, rowSpan: merge.rowCount, columnSpan: merge.columnCount,
          content: .empty))
    }
    self.init(name: name, cells: cells)
  }
}

extension SourceContent {
  /// The content of a cell read from XLSX.
  init(_ cell: Cell) {
    let value = SourceContent(cell.value)
    if let formula = cell.formula {
      self = .formula(formula, cached: cell.value == .empty ? nil : value)
    } else {
      self = value
    }
  }

  /// The content of a plain XLSX value.
  init(_ value: CellValue) {
    switch value {
    case .empty: self = .empty
    case .string(let text): self = .text(text)
    case .number(let text): self = .number(text)
    case .boolean(let flag): self = .boolean(flag)
    case .error(let text): self = .error(text)
    }
  }
}
