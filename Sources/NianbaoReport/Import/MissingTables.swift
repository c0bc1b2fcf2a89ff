import NianbaoGrid

/// Says why a document yields none of the report's tables, from what its body shows instead.
enum MissingTables {
  /// The tables' titles of both versions.
  private static let titles = FormatVersion.v2021.layout.tables.map(\.title)

  /// A sentence for a document whose body holds the tables' headings but no table follows them (the tables were
  /// pasted as pictures, or the page draws them with images); `nil` when there is nothing better to say than that
  /// no cell reads like the tables' headers.
  static func reason(in grids: [SourceGrid]) -> String? {
    guard let body = grids.first(where: { $0.name == DocumentGridBuilder.bodyName }) else { return nil }
    let headings = titles.filter { title in body.cells.contains { LabelLookup.form($0.text).matches(title) } }
    guard !headings.isEmpty else { return nil }
    let named = headings.map(\.text).joined(separator: "、")
    let tables = grids.count - 1
    let seen =
      tables == 0
      ? "the document holds no table at all"
      : "its \(tables) table(s) hold none of the official row or column labels"
    return "the headings \(named) are there, but \(seen), so the tables are probably images (a scan or a picture "
      + "pasted into the document). Ask for the report as a Word file or a workbook."
  }
}
