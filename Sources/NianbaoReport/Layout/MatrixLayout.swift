/// A balance between whole rows of a matrix table, checked column by column (R1): the sum of
/// the `parts` rows equals the sum of the `totals` rows.
public struct RowBalance: Sendable, Hashable {
  /// The rule checking the balance.
  public let rule: RuleID
  /// The key paths (relative to the table) of the rows whose sum is expected.
  public let parts: [ReportKeyPath]
  /// The key paths (relative to the table) of the rows whose sum is printed.
  public let totals: [ReportKeyPath]

  /// Creates a balance from the header paths of its rows, outermost header first.
  public init(rule: RuleID, parts: [[HeaderNode]], totals: [[HeaderNode]]) {
    self.rule = rule
    self.parts = parts.map(HeaderNode.keyPath(of:))
    self.totals = totals.map(HeaderNode.keyPath(of:))
  }
}

/// A link between a row of this year's table and a row of last year's (R5), checked column by
/// column.
public struct RowLink: Sendable, Hashable {
  /// The rule checking the link.
  public let rule: RuleID
  /// The key path (relative to the table) of this year's row.
  public let current: ReportKeyPath
  /// The key path (relative to the table) of last year's row.
  public let previous: ReportKeyPath

  /// Creates a link from the header paths of its rows.
  public init(rule: RuleID, current: [HeaderNode], previous: [HeaderNode]) {
    self.rule = rule
    self.current = HeaderNode.keyPath(of: current)
    self.previous = HeaderNode.keyPath(of: previous)
  }
}

/// A table laid out as row headers × column headers with a value at every crossing (tables 三
/// and 四).
///
/// The grid has `headerRowCount` header rows (the column header tree, one level per row) above
/// the body, and `labelColumnCount` label columns (the row header tree, one level per column)
/// left of the values. A leaf header stretches over the levels below it; a group spans its
/// leaves. The `corner` note fills the top-left block. A table without row headers (table 四)
/// has one unlabelled value row.
public struct MatrixLayout: Sendable, Hashable {
  /// The text of the top-left block above the row headers, if any.
  public let corner: Label?
  /// The row header tree, top to bottom; empty for a single unlabelled row.
  public let rows: [HeaderNode]
  /// The column header tree, left to right.
  public let columns: [HeaderNode]
  /// The kind of every value cell.
  public let valueKind: ValueKind
  /// Balances between rows, checked in every column.
  public let rowBalances: [RowBalance]
  /// Links to last year's table, checked in every column.
  public let rowLinks: [RowLink]

  /// Creates a matrix layout.
  public init(
    corner: Label? = nil, rows: [HeaderNode], columns: [HeaderNode], valueKind: ValueKind,
    rowBalances: [RowBalance] = [], rowLinks: [RowLink] = []
  ) {
    precondition(!columns.isEmpty, "a matrix needs columns")
    self.corner = corner
    self.rows = rows
    self.columns = columns
    self.valueKind = valueKind
    self.rowBalances = rowBalances
    self.rowLinks = rowLinks
    labelColumnCount = rows.map(\.height).max() ?? 0
    headerRowCount = columns.map(\.height).max() ?? 0
    rowPaths = rows.isEmpty ? [[]] : rows.flatMap(\.leafPaths)
    columnPaths = columns.flatMap(\.leafPaths)
  }

  // The shape below is derived once here: the importer asks for it for every report it reads.

  /// The number of label columns (the depth of the row header tree).
  public let labelColumnCount: Int

  /// The number of header rows (the depth of the column header tree).
  public let headerRowCount: Int

  /// The paths to every row leaf, top to bottom (one empty path when there are no row headers).
  public let rowPaths: [[HeaderNode]]

  /// The paths to every column leaf, left to right.
  public let columnPaths: [[HeaderNode]]

  /// The table's grid and its value slots in row-major order.
  func build(table: TableID) -> (grid: TableGrid, slots: [ValueSlot]) {
    let labelColumns = labelColumnCount
    let headerRows = headerRowCount
    var cells: [GridCell] = []
    if let corner, labelColumns > 0, headerRows > 0 {
      cells.append(
        GridCell(row: 0, column: 0, rowSpan: headerRows, columnSpan: labelColumns, content: .label(corner)))
    }
    func placeColumns(_ nodes: [HeaderNode], depth: Int, offset: Int) {
      var column = offset
      for node in nodes {
        cells.append(
          GridCell(
            row: depth, column: labelColumns + column, rowSpan: node.isLeaf ? headerRows - depth : 1,
            columnSpan: node.leafCount, content: .label(node.label)))
        placeColumns(node.children, depth: depth + 1, offset: column)
        column += node.leafCount
      }
    }
    func placeRows(_ nodes: [HeaderNode], depth: Int, offset: Int) {
      var row = offset
      for node in nodes {
        cells.append(
          GridCell(
            row: headerRows + row, column: depth, rowSpan: node.leafCount,
            columnSpan: node.isLeaf ? labelColumns - depth : 1, content: .label(node.label)))
        placeRows(node.children, depth: depth + 1, offset: row)
        row += node.leafCount
      }
    }
    placeColumns(columns, depth: 0, offset: 0)
    placeRows(rows, depth: 0, offset: 0)
    let tableKey = ReportKeyPath([table.jsonKey])
    let columnPaths = columnPaths
    var slots: [ValueSlot] = []
    for (rowIndex, rowPath) in rowPaths.enumerated() {
      for (columnIndex, columnPath) in columnPaths.enumerated() {
        let slot = ValueSlot(
          keyPath: tableKey.appending(HeaderNode.keyPath(of: rowPath)).appending(HeaderNode.keyPath(of: columnPath)),
          kind: valueKind, table: table, rowHeaders: rowPath.map(\.label), columnHeaders: columnPath.map(\.label),
          row: headerRows + rowIndex, column: labelColumns + columnIndex)
        slots.append(slot)
        cells.append(GridCell(row: slot.row, column: slot.column, content: .value(slot)))
      }
    }
    let grid = TableGrid(
      rowCount: headerRows + rowPaths.count, columnCount: labelColumns + columnPaths.count, placing: cells)
    return (grid, slots)
  }

  /// The balance equations the layout implies: row balances per column, then the totals of the
  /// column headers per row, then the totals of the row headers per column.
  func equations(table: TableID) -> [BalanceEquation] {
    let tableKey = ReportKeyPath([table.jsonKey])
    let rowKeys = rowPaths.map(HeaderNode.keyPath(of:))
    let columnKeys = columnPaths.map(HeaderNode.keyPath(of:))
    var result: [BalanceEquation] = []
    for balance in rowBalances {
      for column in columnKeys {
        result.append(
          BalanceEquation(
            rule: balance.rule,
            parts: balance.parts.map { tableKey.appending($0).appending(column) },
            totals: balance.totals.map { tableKey.appending($0).appending(column) }))
      }
    }
    for total in Self.totals(in: columns) {
      for row in rowKeys {
        result.append(
          BalanceEquation(
            rule: total.rule,
            parts: total.parts.map { tableKey.appending(row).appending($0) },
            totals: [tableKey.appending(row).appending(total.total)]))
      }
    }
    for total in Self.totals(in: rows) {
      for column in columnKeys {
        result.append(
          BalanceEquation(
            rule: total.rule,
            parts: total.parts.map { tableKey.appending($0).appending(column) },
            totals: [tableKey.appending(total.total).appending(column)]))
      }
    }
    return result
  }

  /// The continuity links the layout implies, per column.
  func continuity(table: TableID) -> [ContinuityLink] {
    let tableKey = ReportKeyPath([table.jsonKey])
    return rowLinks.flatMap { link in
      columnPaths.map(HeaderNode.keyPath(of:)).map { column in
        ContinuityLink(
          rule: link.rule, current: tableKey.appending(link.current).appending(column),
          previous: tableKey.appending(link.previous).appending(column))
      }
    }
  }

  /// Every total header in a tree with the relative key paths of the leaves it sums.
  private static func totals(
    in nodes: [HeaderNode], prefix: [HeaderNode] = []
  ) -> [(rule: RuleID, total: ReportKeyPath, parts: [ReportKeyPath])] {
    var result: [(rule: RuleID, total: ReportKeyPath, parts: [ReportKeyPath])] = []
    for node in nodes {
      if let rule = node.totalRule {
        let parts = nodes.filter { $0 != node }.flatMap(\.leafPaths).map { HeaderNode.keyPath(of: prefix + $0) }
        result.append((rule, HeaderNode.keyPath(of: prefix + [node]), parts))
      }
      result += totals(in: node.children, prefix: prefix + [node])
    }
    return result
  }
}
