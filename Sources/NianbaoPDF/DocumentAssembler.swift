import NianbaoGrid

/// Puts the pages of a document together: the tables (a table continued on the next page joined to its first
/// part) and the body paragraphs, into a ``DocumentGridBuilder``.
enum DocumentAssembler {
  /// The grids of the pages read.
  static func grids(_ pages: [PageReading]) -> [SourceGrid] {
    var tables: [TableBlock] = []
    var lines: [Paragraphs.Line] = []
    /// For each table, whether body text lies below it on its last page and above it on its first page.
    var textBelowLast: [Bool] = []
    var textAboveFirst: [Bool] = []
    for page in pages {
      let boxes = page.tables.map(\.box)
      var body: [Glyph] = []
      var inTable = [[Glyph]](repeating: [], count: page.tables.count)
      for glyph in page.content.glyphs {
        if let number = boxes.firstIndex(where: { $0.contains(x: glyph.midX, y: glyph.midY) }) {
          inTable[number].append(glyph)
        } else {
          body.append(glyph)
        }
      }
      let pageLines = TextLine.lines(of: body).map {
        Paragraphs.Line(line: $0, page: page.index, pageHeight: page.content.height, tablesBefore: 0)
      }
      let furniture = Paragraphs.furniture(pageLines)
      let content = pageLines.enumerated().filter { !furniture.contains($0.offset) }.map(\.element.line)
      for (number, table) in page.tables.enumerated() {
        tables.append(TableBlock(ruled: table, glyphs: inTable[number], page: page.index))
        textAboveFirst.append(content.contains { $0.y1 <= table.box.y0 })
        textBelowLast.append(content.contains { $0.y0 >= table.box.y1 })
      }
      // Each line counts the tables above it, to end a paragraph at a table.
      let before = tables.count - page.tables.count
      for var line in pageLines {
        line.tablesBefore = before + page.tables.filter { $0.box.y1 <= line.line.y0 }.count
        lines.append(line)
      }
    }
    var joined: [TableBlock] = []
    var lastHasTextBelow = true
    for (number, table) in tables.enumerated() {
      if let previous = joined.last, !lastHasTextBelow, !textAboveFirst[number], previous.continues(into: table) {
        joined[joined.count - 1] = previous.joined(with: table)
      } else {
        joined.append(table)
      }
      lastHasTextBelow = textBelowLast[number]
    }
    var builder = DocumentGridBuilder()
    for paragraph in Paragraphs.paragraphs(lines) { builder.paragraph(paragraph) }
    for table in joined {
      guard table.add(to: &builder) else { break }
    }
    return builder.grids()
  }
}
