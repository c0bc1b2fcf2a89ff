import NianbaoGrid

/// Reads the text sections 一、五、六 from grids that carry them: each section's title in one cell and its text in the
/// cell to its right or, failing that, in the cells below it — one cell (the exported text sheet) or one paragraph a
/// row (a document's body), up to the next heading of the report (any of 一 to 六, the tables' titles included) or
/// the first row with nothing in that column. Paragraphs are joined with "\n".
enum TextSectionLocator {
  /// Each section with its title, built once (``TextSection/title`` builds and normalises its label on every call).
  private static let titles = TextSection.allCases.map { (section: $0, title: $0.title) }

  /// Every heading that ends a section: the three sections' and the tables' titles (both versions).
  private static let headings: [Label] =
    titles.map(\.title) + FormatVersion.allCases.flatMap { $0.layout.tables.map(\.title) }

  /// The sections found, with the location of each text.
  static func read(_ grids: [SourceGrid]) -> (text: ReportText, locations: [TextSection: SourceLocation]) {
    var text = ReportText()
    var locations: [TextSection: SourceLocation] = [:]
    for grid in grids {
      for cell in grid.cells {
        let form = LabelLookup.form(cell.text)
        guard let section = titles.first(where: { form.matches($0.title) })?.section, text[section] == nil
        else { continue }
        if let right = grid.cells.first(where: { $0.row == cell.row && $0.column >= cell.column + cell.columnSpan }) {
          guard case .text(let value) = right.content, !isHeading(value) else { continue }
          text[section] = value
          locations[section] = SourceLocation(
            sheet: grid.name, address: CellAddress(row: right.row, column: right.column))
          continue
        }
        var paragraphs: [String] = []
        var row = cell.row + cell.rowSpan
        var first: SourceCell?
        while let below = grid.cell(row: row, column: cell.column), case .text(let value) = below.content,
          !isHeading(value)
        {
          first = first ?? below
          paragraphs.append(value)
          row = below.row + below.rowSpan
        }
        guard let first else { continue }
        text[section] = paragraphs.joined(separator: "\n")
        locations[section] = SourceLocation(
          sheet: grid.name, address: CellAddress(row: first.row, column: first.column))
      }
    }
    return (text, locations)
  }

  /// Whether a text is one of the report's headings.
  private static func isHeading(_ text: String) -> Bool {
    let form = LabelLookup.form(text)
    return headings.contains { form.matches($0) }
  }
}
