import NianbaoGrid

/// Rebuilds the tables of a report from text in reading order — what `pdftotext` prints for a published PDF — where
/// no table structure survives: header words come scrambled, a label may be broken over two lines, and a table's
/// numbers come one per line, row by row or, for rows printed side by side, as a block of columns (one line group
/// per column, groups apart by blank lines).
///
/// The text carrier hands such text over as a body grid whose columns are not exact (``SourceGrid/columnsAreExact``),
/// one line a row at its line number, so that blank lines stay visible as gaps. Each table's region runs from its
/// title (二、三、四) to the next heading; only lines that are plain numbers are values, and they fill the layout's
/// value cells in the layout's order:
/// - table 二: block by block (第二十条第（一）项 …), each block's numbers in its rows' and columns' order; the
///   version is the one whose every block holds exactly its count of numbers;
/// - table 三: runs of single numbers fill rows of seven; seven groups of k numbers in a row fill k rows, one group
///   per column. 25 rows are the 2021 table, 23 the table with a single （六）其他处理 row;
/// - table 四: the fifteen numbers in order.
/// A table whose numbers do not fit exactly (a blank cell prints nothing, so its position is lost) is not rebuilt,
/// and the import reports it missing: no balance rule is used to guess. The body keeps the lines before 一、总体情况
/// (the title); the section texts are not recovered, since their lines are broken at the page width and mixed with
/// page numbers.
enum ReadingOrderRestorer {
  /// The grids rebuilt from a reading-order body grid, or `grids` as they are when there is none.
  static func restore(_ grids: [SourceGrid]) -> [SourceGrid] {
    guard grids.count == 1, let body = grids.first, body.name == DocumentGridBuilder.bodyName, !body.columnsAreExact
    else { return grids }
    let lines = body.cells.map { (row: $0.row, text: $0.text) }
    let form = { (text: String) in LabelLookup.form(text) }
    func firstLine(matching label: Label, after start: Int = 0) -> Int? {
      lines.indices.first { $0 >= start && form(lines[$0].text).matches(label) }
    }
    let layout = FormatVersion.v2021.layout
    let overview = firstLine(matching: TextSection.overview.title)
    let heads = [TableID.proactive, .applications, .appeals].map { firstLine(matching: layout.table($0).title) }
    let problems = firstLine(matching: TextSection.problems.title) ?? lines.count
    var titleLines = lines.prefix(overview ?? min(lines.count, 10)).map(\.text)
    if overview == nil, heads.allSatisfy({ $0 == nil }) { titleLines = lines.map(\.text) }
    var restored = [
      SourceGrid(
        name: DocumentGridBuilder.bodyName,
        cells: titleLines.enumerated().map { SourceCell(row: $0.offset + 1, column: 1, content: .text($0.element)) })
    ]
    let ends = heads.indices.map { index in
      heads[(index + 1)...].compactMap { $0 }.first ?? problems
    }
    for (index, head) in heads.enumerated() {
      guard let head, head < ends[index] else { continue }
      let region = Array(lines[(head + 1)..<ends[index]])
      let values: (TableLayout, [String])?
      switch index {
      case 0: values = proactive(region)
      case 1: values = applications(region)
      default: values = appeals(region)
      }
      guard let (table, texts) = values else { continue }
      restored.append(grid(table, values: texts, name: "表格\(restored.count)"))
    }
    return restored
  }

  /// Whether a line is a plain number: an optional sign, digits with a decimal point or separators, an optional unit
  /// of money. A page number such as “-2-” is not one.
  private static func isNumber(_ text: String) -> Bool {
    let form = LabelLookup.normalized(text)
    var digits = form.hasSuffix("万元") ? form.dropLast(2) : form.hasSuffix("元") ? form.dropLast() : form[...]
    if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
    guard let first = digits.first, let last = digits.last, first.isASCII, first.isNumber, last.isASCII, last.isNumber
    else { return false }
    return digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
  }

  /// Table 二: the numbers of each block, in the layout's order, for the version all of whose blocks fit.
  private static func proactive(_ region: [(row: Int, text: String)]) -> (TableLayout, [String])? {
    for version in FormatVersion.allCases.reversed() {
      let table = version.layout.table(.proactive)
      guard case .blocks(let layout) = table.structure else { continue }
      var starts: [Int] = []
      var searchFrom = 0
      for block in layout.blocks {
        guard
          let start = region.indices.first(where: {
            $0 >= searchFrom && LabelLookup.form(region[$0].text).matches(block.title)
          })
        else { break }
        starts.append(start)
        searchFrom = start + 1
      }
      guard starts.count == layout.blocks.count else { continue }
      var values: [String] = []
      var fits = true
      for (number, block) in layout.blocks.enumerated() {
        let end = number + 1 < starts.count ? starts[number + 1] : region.count
        let numbers = region[starts[number]..<end].map(\.text).filter(isNumber)
        if numbers.count != block.rows.count * block.columns.count { fits = false }
        values += numbers
      }
      if fits { return (table, values) }
    }
    return nil
  }

  /// Table 三: rows of seven from runs of single numbers and from blocks of seven column groups.
  private static func applications(_ region: [(row: Int, text: String)]) -> (TableLayout, [String])? {
    var groups: [[String]] = []
    var previousRow: Int?
    for line in region {
      guard isNumber(line.text) else {
        previousRow = nil
        continue
      }
      if let previousRow, line.row == previousRow + 1 {
        groups[groups.count - 1].append(line.text)
      } else {
        groups.append([line.text])
      }
      previousRow = line.row
    }
    let columns = 7
    var rows: [[String]] = []
    var singles: [String] = []
    var index = 0
    while index < groups.count {
      let size = groups[index].count
      if size == 1 {
        singles.append(groups[index][0])
        if singles.count == columns {
          rows.append(singles)
          singles = []
        }
        index += 1
        continue
      }
      guard singles.isEmpty, index + columns <= groups.count,
        groups[index..<index + columns].allSatisfy({ $0.count == size })
      else { return nil }
      for row in 0..<size { rows.append(groups[index..<index + columns].map { $0[row] }) }
      index += columns
    }
    guard singles.isEmpty else { return nil }
    for version in FormatVersion.allCases.reversed() {
      let table = version.layout.table(.applications)
      if table.slots.count == rows.count * columns { return (table, rows.flatMap { $0 }) }
    }
    return nil
  }

  /// Table 四: its fifteen numbers in order.
  private static func appeals(_ region: [(row: Int, text: String)]) -> (TableLayout, [String])? {
    let table = FormatVersion.v2021.layout.table(.appeals)
    let numbers = region.map(\.text).filter(isNumber)
    return numbers.count == table.slots.count ? (table, numbers) : nil
  }

  /// The official grid of `table` with its labels and `values` in its value cells, in the layout's slot order.
  private static func grid(_ table: TableLayout, values: [String], name: String) -> SourceGrid {
    var byKey: [ReportKeyPath: String] = [:]
    for (slot, value) in zip(table.slots, values) { byKey[slot.keyPath] = value }
    var cells = [SourceCell(row: 1, column: 1, content: .text(table.title.text))]
    for cell in table.grid.cells {
      let content: SourceContent
      switch cell.content {
      case .label(let label): content = .text(label.text)
      case .value(let slot):
        guard let value = byKey[slot.keyPath] else { continue }
        content = .text(value)
      case .empty: continue
      }
      cells.append(
        SourceCell(
          row: cell.row + 2, column: cell.column + 1, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan,
          content: content))
    }
    return SourceGrid(name: name, cells: cells)
  }
}
