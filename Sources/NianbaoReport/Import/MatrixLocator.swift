import NianbaoGrid
import NianbaoXLSX

/// Finds a matrix table (三 or 四) in a grid by its labels: the column headers give the value columns, the row
/// headers (walked top to bottom, keeping the enclosing headers as context) give the value rows. Works with and
/// without merged header cells, at any offset, with other content around the table.
struct MatrixLocator {
  let table: TableID
  let matrix: MatrixLayout
  let grid: SourceGrid

  /// A column of the grid matched to a column leaf of the layout.
  private struct ValueColumn {
    var column: Int
    var path: [HeaderNode]
    /// ``HeaderNode/keyPath(of:)`` of `path`.
    var key: ReportKeyPath
  }

  /// Locates the table, or returns `nil` when its column headers are not in the grid.
  func locate(below startRow: Int = 1) -> LocatedTable? {
    guard let band = headerBand(below: startRow) else { return nil }
    let columns = valueColumns(band: band)
    guard columns.count >= max(2, matrix.columnPaths.count / 2) else { return nil }
    let firstColumn = columns.map(\.column).min()!
    let lastColumn = columns.map(\.column).max()!
    var located = LocatedTable(
      table: table, grid: grid.name, rows: band.lowerBound...band.upperBound,
      columns: max(1, firstColumn - matrix.labelColumnCount)...lastColumn)
    let bodyTop = band.upperBound + 1
    if matrix.rows.isEmpty {
      // One unlabelled value row: the first row below the headers holding anything in the value columns.
      let row =
        (bodyTop...max(bodyTop, min(grid.lastRow, bodyTop + 3))).first { row in
          columns.contains { grid.cell(row: row, column: $0.column) != nil }
        } ?? bodyTop
      let prefix = Self.keyPath(table: table, rowPath: [])
      for column in columns {
        place(&located, rowPrefix: prefix, column: column, rows: [row])
      }
      located.rows = located.rows.lowerBound...max(located.rows.upperBound, row)
      return located
    }
    walkRows(from: bodyTop, labelColumns: 1..<firstColumn, columns: columns, into: &located)
    return located
  }

  // MARK: Column headers

  /// The rows holding the column headers: from the first row with a top-level (or leaf) column label to the last
  /// consecutive row with any column label.
  private func headerBand(below startRow: Int) -> ClosedRange<Int>? {
    let allLabels = LabelSet(Self.labels(of: matrix.columns))
    let anchors = LabelSet(matrix.columns.map(\.label) + matrix.columnPaths.compactMap(\.first?.label))
    guard
      let anchor = grid.cells.first(where: { cell in
        cell.row >= startRow && anchors.contains(LabelLookup.form(cell.text))
      })
    else { return nil }
    var bottom = anchor.row
    while bottom + 1 <= grid.lastRow, bottom - anchor.row + 1 < matrix.headerRowCount + 1,
      grid.row(bottom + 1).contains(where: { allLabels.contains(LabelLookup.form($0.text)) })
    {
      bottom += 1
    }
    // A header cell spanning rows (e.g. 自然人 over two rows) extends the band.
    let spanBottom =
      grid.cells.filter { (anchor.row...bottom).contains($0.row) }.map { $0.row + $0.rowSpan - 1 }
      .filter { $0 - anchor.row < matrix.headerRowCount }.max() ?? bottom
    return anchor.row...max(bottom, spanBottom)
  }

  /// Matches grid columns to column leaves. A column's header path is read top to bottom: the label of the cell at
  /// or covering each header position; where there is none (unmerged files), the nearest label to the left in the
  /// same header row carries over as group context. The column's leaf is its lowest own label.
  private func valueColumns(band: ClosedRange<Int>) -> [ValueColumn] {
    let leafPaths = matrix.columnPaths
    let bandCells = grid.cells.filter { band.contains($0.row) && !$0.text.isEmpty }
    guard let left = bandCells.map(\.column).min(), let right = bandCells.map({ $0.column + $0.columnSpan - 1 }).max()
    else { return [] }
    var claimed = Set<Int>()
    var result: [ValueColumn] = []
    for column in left...right {
      var context: [String] = []
      var leaf: String?
      for row in band {
        if let cell = grid.covering(row: row, column: column), !cell.text.isEmpty, cell.row <= row {
          if let leafText = leaf { context.append(leafText) }
          leaf = cell.text
        } else if let carried = carriedLabel(row: row, column: column, left: left) {
          if leaf == nil { context.append(carried) }
        }
      }
      guard let leaf else { continue }
      let leafForm = LabelLookup.form(leaf)
      let contextForms = context.map(LabelLookup.form)
      // The best leaf path: its leaf label matches, and as many of its group labels as possible match the context.
      var best: (index: Int, score: Int)?
      for (index, path) in leafPaths.enumerated() where !claimed.contains(index) {
        guard leafForm.matches(path.last!.label) else { continue }
        let score = path.dropLast().filter { node in contextForms.contains { $0.matches(node.label) } }.count
        if best == nil || score > best!.score { best = (index, score) }
      }
      if let best {
        claimed.insert(best.index)
        let path = leafPaths[best.index]
        result.append(ValueColumn(column: column, path: path, key: HeaderNode.keyPath(of: path)))
      }
    }
    return result
  }

  /// The nearest non-empty label left of `column` in `row`, for header rows of files without merges.
  private func carriedLabel(row: Int, column: Int, left: Int) -> String? {
    var current = column - 1
    while current >= left {
      if let cell = grid.covering(row: row, column: current), !cell.text.isEmpty {
        return cell.columnSpan == 1 && cell.rowSpan == 1 ? cell.text : nil
      }
      current -= 1
    }
    return nil
  }

  // MARK: Row headers

  /// Walks the body rows, keeping the path of row headers seen so far, and places each leaf row's values.
  ///
  /// A row whose labels match no header (a sub-row of another template version) stays under the current path; the
  /// walk ends at the last row header, at another section's title, or after three rows that say nothing.
  private func walkRows(
    from top: Int, labelColumns: Range<Int>, columns: [ValueColumn], into located: inout LocatedTable
  ) {
    var context: [HeaderNode] = []
    // Paths are told apart by their labels' texts: hashing the header nodes themselves walks their whole subtrees.
    var rowsByPath: [[UTF8Key]: [Int]] = [:]
    var order: [[HeaderNode]] = []
    var misses = 0
    var lastRow = top - 1
    let lastLeaf = matrix.rowPaths.last.map(Self.pathKey)
    for row in top...max(top, grid.lastRow) {
      let labels = labelColumns.compactMap { column -> SourceCell? in
        guard let cell = grid.cell(row: row, column: column), !cell.text.isEmpty else { return nil }
        return cell
      }
      var matched = false
      for cell in labels {
        if let path = match(cell.text, context: context) {
          context = path
          matched = true
        }
      }
      if !matched, labels.contains(where: { Self.looksLikeAnotherSection($0.text) }) { break }
      let values = hasValues(row: row, columns: columns)
      misses = matched ? 0 : misses + 1
      if misses >= 3 { break }
      guard !context.isEmpty, matched || values || !labels.isEmpty else { continue }
      let key = Self.pathKey(context)
      if rowsByPath[key] == nil { order.append(context) }
      rowsByPath[key, default: []].append(row)
      lastRow = row
      if matched, key == lastLeaf { break }
    }
    located.rows = located.rows.lowerBound...max(located.rows.upperBound, lastRow)
    for path in order {
      place(path: path, rows: rowsByPath[Self.pathKey(path)] ?? [], all: rowsByPath, columns: columns, into: &located)
    }
  }

  /// Places the values of the rows found under one header path.
  private func place(
    path: [HeaderNode], rows: [Int], all: [[UTF8Key]: [Int]], columns: [ValueColumn],
    into located: inout LocatedTable
  ) {
    guard let node = path.last, let firstRow = rows.first else { return }
    if node.isLeaf {
      let valueRows = rows.filter { hasValues(row: $0, columns: columns) }
      let prefix = Self.keyPath(table: table, rowPath: path)
      for column in columns {
        place(&located, rowPrefix: prefix, column: column, rows: valueRows.isEmpty ? [firstRow] : valueRows)
      }
      if valueRows.count > 1 {
        located.deviations.append(
          LocatedTable.Deviation(
            kind: .splitRow,
            chinese: "「\(node.label.text)」在本表中分为\(valueRows.count)行填写（新旧模板混用），已按列相加。",
            english: "“\(node.label.text)” is split over \(valueRows.count) rows (a mix of template versions); "
              + "the rows were added column by column.",
            keyPaths: columns.map { Self.keyPath(table: table, rowPath: path, columnPath: $0.path) }))
      }
      return
    }
    // A group printed as a single row (a 2019-style （六）其他处理 in a 2021 report).
    let key = Self.pathKey(path)
    let hasSubRows = all.keys.contains { $0.count > key.count && Array($0.prefix(key.count)) == key }
    guard !hasSubRows, let collapsed = node.collapsedKey,
      let child = node.children.first(where: { $0.key == collapsed })
    else { return }
    let childPath = path + [child]
    let prefix = Self.keyPath(table: table, rowPath: childPath)
    for column in columns {
      place(&located, rowPrefix: prefix, column: column, rows: [firstRow])
    }
    located.deviations.append(
      LocatedTable.Deviation(
        kind: .collapsedGroup,
        chinese: "「\(node.label.text)」只有一行（2019年模板的写法），未分子项；其数值记入「\(child.label.text)」，"
          + "其余子项为空白。",
        english: "“\(node.label.text)” is a single row (the 2019 template's form) without its sub-rows; its values "
          + "were recorded under “\(child.label.text)” and the other sub-rows left blank.",
        keyPaths: columns.map { Self.keyPath(table: table, rowPath: childPath, columnPath: $0.path) }))
  }

  /// The row-header path a label continues: a child of a header in the current context (deepest first), else a
  /// top-level header.
  private func match(_ text: String, context: [HeaderNode]) -> [HeaderNode]? {
    let form = LabelLookup.form(text)
    for depth in stride(from: context.count, through: 0, by: -1) {
      let siblings = depth == 0 ? matrix.rows : context[depth - 1].children
      if let node = siblings.first(where: { form.matches($0.label) }) {
        return Array(context.prefix(depth)) + [node]
      }
    }
    return nil
  }

  private func hasValues(row: Int, columns: [ValueColumn]) -> Bool {
    columns.contains { column in
      guard let cell = grid.cell(row: row, column: column.column) else { return false }
      if case .formula = cell.content { return true }
      return !cell.text.allSatisfy(\.isWhitespace)
    }
  }

  /// Places one column's values; `rowPrefix` is ``keyPath(table:rowPath:)`` of the row's header path.
  private func place(_ located: inout LocatedTable, rowPrefix: ReportKeyPath, column: ValueColumn, rows: [Int]) {
    let keyPath = rowPrefix.appending(column.key)
    let cells = rows.compactMap { grid.cell(row: $0, column: column.column) }
    located.placements[keyPath] = LocatedTable.Placement(
      keyPath: keyPath, cells: cells, row: rows.first ?? 0, column: column.column)
  }

  static func keyPath(table: TableID, rowPath: [HeaderNode], columnPath: [HeaderNode]) -> ReportKeyPath {
    keyPath(table: table, rowPath: rowPath).appending(HeaderNode.keyPath(of: columnPath))
  }

  /// The key path of a row's header path, before the column's keys: the table's key, then the row's.
  static func keyPath(table: TableID, rowPath: [HeaderNode]) -> ReportKeyPath {
    ReportKeyPath([table.jsonKey]).appending(HeaderNode.keyPath(of: rowPath))
  }

  /// A path of headers by the texts of their labels, for use as a dictionary key. The texts are compared by their
  /// bytes, which for the layouts' labels (all in NFC) is the same as comparing them as strings, and cheaper to hash.
  static func pathKey(_ path: [HeaderNode]) -> [UTF8Key] {
    path.map { UTF8Key($0.label.text) }
  }

  /// Every label in a header tree.
  static func labels(of nodes: [HeaderNode]) -> [Label] {
    nodes.flatMap { [$0.label] + labels(of: $0.children) }
  }

  /// A section title such as “四、政府信息公开行政复议、行政诉讼情况” ends the walk.
  static func looksLikeAnotherSection(_ text: String) -> Bool {
    let normalized = LabelLookup.normalized(text)
    return normalized.count > 12 && normalized.hasSuffix("情况")
  }
}
