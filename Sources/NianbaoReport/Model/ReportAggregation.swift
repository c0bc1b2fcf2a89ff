/// Adding reports cell by cell (逐级汇总): each level adds its subordinates' tables.
extension Report {
  /// The cell-by-cell sum of reports of one version.
  ///
  /// A cell is blank in the sum when it is blank in every report (blank + blank = blank);
  /// otherwise blanks count as nothing (blank + n = n). Amounts add exactly. The sum has no
  /// organ and no text; its year is the reports' common year, if they share one.
  public static func sum(_ reports: [Report]) throws(ReportError) -> Report {
    guard let first = reports.first else { throw .nothingToSum }
    let versions = reports.map(\.formatVersion)
    guard versions.allSatisfy({ $0 == first.formatVersion }) else {
      var distinct: [FormatVersion] = []
      for version in versions where !distinct.contains(version) { distinct.append(version) }
      throw .mixedFormatVersions(distinct)
    }
    let years = Set(reports.map(\.year))
    var total = Report(formatVersion: first.formatVersion, year: years.count == 1 ? first.year : nil)
    for slot in first.layout.slots {
      var sum: ReportValue?
      for report in reports {
        guard let value = report[slot.keyPath] else { continue }
        guard let current = sum else {
          sum = value
          continue
        }
        sum = try add(current, value, at: slot)
      }
      try total.set(sum, at: slot.keyPath)
    }
    return total
  }

  /// This report plus another of the same version, cell by cell; see ``sum(_:)``.
  public func adding(_ other: Report) throws(ReportError) -> Report {
    try Report.sum([self, other])
  }

  private static func add(_ lhs: ReportValue, _ rhs: ReportValue, at slot: ValueSlot) throws(ReportError)
    -> ReportValue
  {
    switch (lhs, rhs) {
    case (.count(let left), .count(let right)):
      let (sum, overflow) = left.addingReportingOverflow(right)
      let result = ReportValue.count(sum)
      guard !overflow, result.fits(slot.kind) else { throw .sumOutOfRange(slot.keyPath) }
      return result
    case (.amount(let left), .amount(let right)):
      guard let sum = Amount.adding(left, right) else { throw .sumOutOfRange(slot.keyPath) }
      return .amount(sum)
    default:
      throw .valueDoesNotFit(slot.keyPath, kind: slot.kind, value: rhs)
    }
  }
}
