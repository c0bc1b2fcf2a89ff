import NianbaoGrid

/// Reads the text sections 一、五、六 from grids that carry them: each section's title in one cell and its text in the
/// cell to its right or, failing that, in the cell below.
enum TextSectionLocator {
  /// Each section with its title, built once (``TextSection/title`` builds and normalises its label on every call).
  private static let titles = TextSection.allCases.map { (section: $0, title: $0.title) }

  /// The sections found, with the location of each text.
  static func read(_ grids: [SourceGrid]) -> (text: ReportText, locations: [TextSection: SourceLocation]) {
    var text = ReportText()
    var locations: [TextSection: SourceLocation] = [:]
    for grid in grids {
      for cell in grid.cells {
        let form = LabelLookup.form(cell.text)
        guard let section = titles.first(where: { form.matches($0.title) })?.section, text[section] == nil
        else { continue }
        let right = grid.cells.first { $0.row == cell.row && $0.column >= cell.column + cell.columnSpan }
        let below = grid.cells.first { $0.column == cell.column && $0.row >= cell.row + cell.rowSpan }
        guard let body = right ?? below, case .text(let value) = body.content,
          !titles.contains(where: { LabelLookup.form(value).matches($0.title) })
        else { continue }
        text[section] = value
        locations[section] = SourceLocation(sheet: grid.name, address: CellAddress(row: body.row, column: body.column))
      }
    }
    return (text, locations)
  }
}
