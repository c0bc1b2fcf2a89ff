/// How a table's cells are arranged.
public enum TableStructure: Sendable, Hashable {
  /// Stacked blocks on a fixed-width grid (table 二).
  case blocks(BlockLayout)
  /// Row headers × column headers (tables 三 and 四).
  case matrix(MatrixLayout)
}

/// The official layout of one table, and everything derived from it: the grid, the value slots
/// in declared order, the JSON key tree and the balance equations.
public struct TableLayout: Sendable, Hashable {
  /// Which table this is.
  public let id: TableID
  /// The section title printed above the table, e.g. 三、收到和处理政府信息公开申请情况.
  public let title: Label
  /// The declared arrangement of labels and values.
  public let structure: TableStructure
  /// The official grid.
  public let grid: TableGrid
  /// The value cells in row-major grid order, which is also the key order of the JSON model.
  public let slots: [ValueSlot]
  /// The balance equations within the table.
  public let equations: [BalanceEquation]
  /// The links to last year's report.
  public let continuity: [ContinuityLink]
  /// The JSON shape of the table (an object).
  public let keyTree: KeyTree

  /// Derives a table layout from its declaration.
  public init(id: TableID, title: Label, structure: TableStructure) {
    self.id = id
    self.title = title
    self.structure = structure
    switch structure {
    case .blocks(let blocks):
      (grid, slots) = blocks.build(table: id)
      equations = []
      continuity = []
    case .matrix(let matrix):
      (grid, slots) = matrix.build(table: id)
      equations = matrix.equations(table: id)
      continuity = matrix.continuity(table: id)
    }
    keyTree = KeyTree(slots: slots, under: ReportKeyPath([id.jsonKey]))
  }

  /// The short sheet name used in cell references (表二, 表三, 表四).
  public var sheetName: String { id.sheetName }

  /// The table's key at the top level of the JSON document.
  public var jsonKey: String { id.jsonKey }
}
