import NianbaoGrid

/// Tells which template version a report follows, from table 二's columns and the shape of table 三's （六）其他处理.
///
/// When the two disagree (a hybrid report), the report year decides: 2021 and later use the 2021 template, earlier
/// years the 2019 one. Without a year, a feature only the 2021 template has (its table 二 columns, or the three
/// sub-rows of （六）) decides 2021: no report made before that template can show one, while a 2021 report may keep
/// a part of the 2019 form.
enum VersionDetector {
  /// The detected version (`nil` when no table is found) and findings about a mixed layout.
  /// Tables located on the way are kept in `finder` for the import to reuse.
  static func detect(_ grids: [SourceGrid], year: Int?, finder: TableFinder.Memo = TableFinder.Memo())
    -> (version: FormatVersion?, findings: [Finding])
  {
    let proactive = proactiveVersion(grids, finder: finder)
    let applications = applicationsVersion(grids, finder: finder)
    let anyMatrix = FormatVersion.v2021.layout.tables.contains { table in
      if case .matrix = table.structure { return finder.locate(table, in: grids) != nil }
      return false
    }
    guard proactive != nil || anyMatrix else { return (nil, []) }
    let version: FormatVersion
    switch (proactive, applications) {
    case (let table2?, let table3?) where table2 == table3:
      version = table2
    case (let table2?, let table3?):
      if let year { version = year >= 2021 ? .v2021 : .v2019 } else { version = max(table2, table3) }
    case (let table2?, nil):
      version = table2
    case (nil, let table3?):
      version = table3
    case (nil, nil):
      version = year.map { $0 <= 2020 ? .v2019 : .v2021 } ?? .v2021
    }
    var findings: [Finding] = []
    if let proactive, proactive != version {
      findings.append(ImportFindings.proactiveVersionMismatch(found: proactive, report: version))
    }
    return (version, findings)
  }

  /// The version table 二's column headers follow, or `nil` when the table is missing or undecided.
  /// Table 二 of each version, located on the way, is kept in `finder` for the import to reuse.
  static func proactiveVersion(_ grids: [SourceGrid], finder: TableFinder.Memo = TableFinder.Memo())
    -> FormatVersion?
  {
    var scores: [FormatVersion: Int] = [:]
    for version in FormatVersion.allCases {
      let table = version.layout.table(.proactive)
      guard case .blocks(let blocks) = table.structure else { continue }
      var located: LocatedTable?
      for grid in grids {
        if let found = BlockLocator(table: .proactive, blocks: blocks, grid: grid).locate() {
          scores[version] = found.matchedHeaders
          located = found.table
          break
        }
      }
      finder.record(table, located: located)
    }
    let score2019 = scores[.v2019] ?? 0
    let score2021 = scores[.v2021] ?? 0
    guard score2019 != score2021 else { return nil }
    return score2021 > score2019 ? .v2021 : .v2019
  }

  /// The version the shape of table 三's （六）其他处理 follows (one row: 2019; sub-rows: 2021), or `nil`.
  static func applicationsVersion(_ grids: [SourceGrid], finder: TableFinder.Memo = TableFinder.Memo())
    -> FormatVersion?
  {
    let table = FormatVersion.v2021.layout.table(.applications)
    guard let located = finder.locate(table, in: grids) else { return nil }
    if located.deviations.contains(where: { $0.kind == .collapsedGroup }) { return .v2019 }
    let placed = subRowKeyPaths.contains { located.placements[$0] != nil }
    return placed ? .v2021 : nil
  }

  /// The value paths of table 三 that the 2021 template has and the 2019 one lacks (the sub-rows of （六）其他处理).
  private static let subRowKeyPaths: [ReportKeyPath] = FormatVersion.v2021.layout.slots.filter { slot in
    slot.table == .applications && FormatVersion.v2019.layout.slot(at: slot.keyPath) == nil
  }.map(\.keyPath)
}
