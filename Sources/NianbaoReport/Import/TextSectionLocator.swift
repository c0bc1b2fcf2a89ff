/// Reads the text sections 一、五、六 from grids that carry them: each section's title in one cell and its text in the
/// cell to its right or, failing that, in the cell below.
enum TextSectionLocator {
  /// The sections found, with the location of each text.
  static func read(_ grids: [SourceGrid]) -> (text: ReportText, locations: [TextSection: SourceLocation]) {
    var text = ReportText()
    var locations: [TextSection: SourceLocation] = [:]
    for grid in grids {
      for cell in grid.cells {
        guard let section = TextSection.allCases.first(where: { $0.title.matches(cell.text) }), text[section] == nil
        else { continue }
        let right = grid.cells.first { $0.row == cell.row && $0.column >= cell.column + cell.columnSpan }
        let below = grid.cells.first { $0.column == cell.column && $0.row >= cell.row + cell.rowSpan }
        guard let body = right ?? below, case .text(let value) = body.content,
          !TextSection.allCases.contains(where: { $0.title.matches(value) })
        else { continue }
        text[section] = value
        locations[section] = SourceLocation(sheet: grid.name, address: CellAddress(row: body.row, column: body.column))
      }
    }
    return (text, locations)
  }
}
