/// The official layout of one version of the report: its three tables and everything derived
/// from them for the whole document.
public struct ReportLayout: Sendable, Hashable {
  /// The version this layout belongs to.
  public let version: FormatVersion
  /// Tables 二, 三 and 四, in report order.
  public let tables: [TableLayout]
  /// Every value cell of the version, in document order.
  public let slots: [ValueSlot]
  /// Every balance equation of the version (R1–R4), in declaration order.
  public let equations: [BalanceEquation]
  /// Every link to last year's report (R5).
  public let continuity: [ContinuityLink]
  private let slotIndex: [ReportKeyPath: Int]

  /// Derives a report layout from its tables, which must be 二, 三 and 四 in order.
  public init(version: FormatVersion, tables: [TableLayout]) {
    precondition(tables.map(\.id) == TableID.allCases, "a report has tables 二, 三 and 四 in order")
    self.version = version
    self.tables = tables
    slots = tables.flatMap(\.slots)
    equations = tables.flatMap(\.equations)
    continuity = tables.flatMap(\.continuity)
    var index: [ReportKeyPath: Int] = [:]
    for (position, slot) in slots.enumerated() {
      precondition(index[slot.keyPath] == nil, "duplicate key path \(slot.keyPath)")
      index[slot.keyPath] = position
    }
    slotIndex = index
  }

  /// The layout of the 2019 template (国办公开办函〔2019〕60号).
  public static let v2019 = ReportLayout(
    version: .v2019, tables: [ProactiveTable.v2019, ApplicationsTable.v2019, AppealsTable.layout])

  /// The layout of the 2021 template (国办公开办函〔2021〕30号).
  public static let v2021 = ReportLayout(
    version: .v2021, tables: [ProactiveTable.v2021, ApplicationsTable.v2021, AppealsTable.layout])

  /// The layout of a version.
  public static func layout(for version: FormatVersion) -> ReportLayout { version.layout }

  /// The layout of one table.
  public func table(_ id: TableID) -> TableLayout {
    tables.first { $0.id == id }!
  }

  /// The value cell with this key path, if the version has it.
  public func slot(at keyPath: ReportKeyPath) -> ValueSlot? {
    slotIndex[keyPath].map { slots[$0] }
  }

  /// The position of a value cell in document order, if the version has it.
  public func documentOrder(of keyPath: ReportKeyPath) -> Int? { slotIndex[keyPath] }

  /// The fee cell of table 二 (行政事业性收费 × 本年收费金额（单位：万元）), which only the 2021
  /// version has.
  public var feeSlot: ValueSlot? {
    slot(at: ReportKeyPath([TableID.proactive.jsonKey, ProactiveTable.fees.key, ProactiveTable.feeAmount.key]))
  }
}
