/// Which cells of the page a set of findings marks, and where each finding is listed.
///
/// A finding about a cell marks it with its severity (the worst wins when several name one cell) and, for the
/// balance rules R1–R4, the cells it adds up lightly; it is listed under its table with a link to the cell. A
/// finding about a whole table is listed under it with a link to the table; one about a text section under that
/// section; the rest (about the document) at the end of the page.
struct CellMarks {
  /// Where a finding is listed.
  enum Place: Hashable {
    case table(TableID)
    case section(TextSection)
    case document
  }

  /// The worst severity marking each cell.
  private(set) var severity: [ReportKeyPath: Severity] = [:]
  /// The messages naming each cell, for its tooltip.
  private(set) var messages: [ReportKeyPath: [String]] = [:]
  /// The cells that a broken balance adds up (not themselves the total that is wrong).
  private(set) var involved: Set<ReportKeyPath> = []
  /// The findings listed in each place, in the order given.
  private(set) var listed: [Place: [Finding]] = [:]

  /// The marks of `findings` on a page of `layout`, messages in `language`.
  init(findings: [Finding], layout: ReportLayout, language: Language) {
    let balanceRules: Set<RuleID> = [.r1, .r2, .r3, .r4]
    for finding in findings {
      if let keyPath = finding.keyPath, layout.slot(at: keyPath) != nil {
        severity[keyPath] = min(severity[keyPath] ?? .info, finding.severity)
        messages[keyPath, default: []].append(finding.message(in: language))
        if balanceRules.contains(finding.rule) {
          involved.formUnion(finding.cells.filter { $0 != keyPath && layout.slot(at: $0) != nil })
        }
      }
      listed[Self.place(of: finding), default: []].append(finding)
    }
    involved.subtract(severity.keys)
  }

  /// Where a finding is listed.
  static func place(of finding: Finding) -> Place {
    if let table = finding.table { return .table(table) }
    if let keyPath = finding.keyPath, keyPath.components.first == ReportDocumentKey.text.rawValue,
      let section = TextSection.allCases.first(where: { $0.key == keyPath.lastKey })
    {
      return .section(section)
    }
    return .document
  }

  /// The `id` of a value cell on the page: `cell-` and its key path.
  static func anchor(of keyPath: ReportKeyPath) -> String { "cell-" + keyPath.description }

  /// The `id` of a table's section: its JSON key.
  static func anchor(of table: TableID) -> String { table.jsonKey }

  /// The `id` of a text section: its key.
  static func anchor(of section: TextSection) -> String { section.key }
}
