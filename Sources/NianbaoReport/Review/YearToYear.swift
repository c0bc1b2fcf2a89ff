import NianbaoGrid

/// R5 across a set of reports checked together: wherever the set holds consecutive years of the same organ
/// (``OrganName/isSameOrgan(_:_:)``), this year's 二、上年结转 must equal last year's 四、结转下年度继续办理, column
/// by column.
///
/// Each broken link is a finding on the later year's report naming both files and both cells. A report whose
/// previous year is missing from the set while a report of that year has a similar name (one begins with the
/// other, see ``OrganName/areSimilar(_:_:)``) gets a note saying the two were not linked. When the previous year
/// is there twice (a workbook and its JSON, say), the report is linked to each.
public enum YearToYear {
  /// One report of the set: the name it was given by (the path on the command line), the report, and where its
  /// cells were read from.
  public struct Member: Sendable {
    /// The name of the file, as given.
    public let name: String
    /// The report.
    public let report: Report
    /// Where each value cell was read from (cells not listed are at their official place).
    public let locations: [ReportKeyPath: SourceLocation]

    /// Creates a member.
    public init(name: String, report: Report, locations: [ReportKeyPath: SourceLocation] = [:]) {
      self.name = name
      self.report = report
      self.locations = locations
    }
  }

  /// The findings of every link, by the position of the later year's report in `members`.
  public static func findings(_ members: [Member]) -> [[Finding]] {
    var index: [Int: [String: [Int]]] = [:]
    var names: [String?] = []
    for (position, member) in members.enumerated() {
      let name = member.report.organ.map(OrganName.normalize).flatMap { $0.isEmpty ? nil : $0 }
      names.append(name)
      if let name, let year = member.report.year { index[year, default: [:]][name, default: []].append(position) }
    }
    var result = [[Finding]](repeating: [], count: members.count)
    for (position, member) in members.enumerated() {
      guard let name = names[position], let year = member.report.year, let lastYear = index[year - 1] else {
        continue
      }
      var previous: [Int] = []
      for form in OrganName.sameOrganForms(of: name) {
        for candidate in lastYear[form] ?? [] where !previous.contains(candidate) { previous.append(candidate) }
      }
      if previous.isEmpty {
        let similar = lastYear.keys.sorted().filter { OrganName.areSimilar($0, name) }.flatMap { lastYear[$0]! }
        if !similar.isEmpty {
          result[position].append(note(member, similar: similar.sorted().map { members[$0] }))
        }
        continue
      }
      for candidate in previous.sorted() {
        result[position] += link(member, previous: members[candidate])
      }
    }
    return result
  }

  /// The broken links between a report and last year's report of the same organ.
  static func link(_ member: Member, previous: Member) -> [Finding] {
    var earlier = previous.report
    // The names are known to be the same organ's; the checker compares them strictly.
    earlier.organ = member.report.organ
    let checker = ReportChecker(rules: [.r5], locations: member.locations)
    return checker.check(member.report, previous: earlier).compactMap { finding in
      guard let keyPath = finding.keyPath, let slot = member.report.layout.slot(at: keyPath),
        let link = member.report.layout.continuity.first(where: { $0.current == keyPath }),
        let previousSlot = previous.report.layout.slot(at: link.previous)
      else { return nil }
      let location = finding.location ?? slot.officialLocation
      let previousLocation = previous.locations[link.previous] ?? previousSlot.officialLocation
      return Finding(
        rule: .r5, severity: finding.severity, kind: finding.kind, slot: slot, location: location,
        expected: finding.expected, found: finding.found, cells: finding.cells,
        message: message(
          member, slot: slot, location: location, previous: previous, previousSlot: previousSlot,
          previousLocation: previousLocation))
    }
  }

  private static func message(
    _ member: Member, slot: ValueSlot, location: SourceLocation, previous: Member, previousSlot: ValueSlot,
    previousLocation: SourceLocation
  ) -> LocalizedMessage {
    let found = member.report[slot.keyPath]
    let earlier = previous.report[previousSlot.keyPath]
    func chinese(_ value: ReportValue?) -> String { value.map(\.description) ?? "空白" }
    func english(_ value: ReportValue?) -> String { value.map(\.description) ?? "blank" }
    return LocalizedMessage(
      chinese: "「\(member.name)」与上年报告「\(previous.name)」比较：\(slot.table.sheetName)「\(slot.rowLabel)」×"
        + "「\(slot.columnLabel)」（\(location)）为 \(chinese(found))，而上年报告的「\(previousSlot.rowLabel)」×"
        + "「\(previousSlot.columnLabel)」（\(previousLocation)）为 \(chinese(earlier))，两者应相等。",
      english: "\(member.name) against last year's report \(previous.name): table \(slot.table.rawValue), "
        + "\(slot.rowLabel) × \(slot.columnLabel) (\(location)) is \(english(found)), but last year's "
        + "\(previousSlot.rowLabel) × \(previousSlot.columnLabel) (\(previousLocation)) is \(english(earlier)); "
        + "they must be equal.")
  }

  /// The note on a report whose previous year is only there under a similar name.
  static func note(_ member: Member, similar: [Member]) -> Finding {
    let organ = member.report.organ ?? ""
    let year = (member.report.year ?? 0) - 1
    let shown = similar.prefix(3)
    let more = similar.count > shown.count
    let suffixes = OrganName.knownSuffixes
    return Finding(
      rule: .r5, severity: .info, kind: .incomparable, keyPath: nil, table: nil, row: nil, column: nil,
      location: nil, expected: nil, found: nil, cells: [],
      message: LocalizedMessage(
        chinese: "未与上年报告比较结转数：\(year)年的"
          + shown.map { "「\($0.report.organ ?? "")」（\($0.name)）" }.joined(separator: "、") + (more ? "等" : "")
          + "与本机关「\(organ)」名称相近，但不是本机关名称加已知后缀（\(suffixes.joined(separator: "、"))），"
          + "未视为同一机关。",
        english: "Not compared with last year: the \(year) report"
          + (similar.count == 1 ? " of " : "s of ")
          + shown.map { "\($0.report.organ ?? "") (\($0.name))" }.joined(separator: ", ") + (more ? ", …" : "")
          + " \(similar.count == 1 ? "has a name" : "have names") like this organ's (\(organ)) but not this name "
          + "plus a known suffix (\(suffixes.joined(separator: ", "))), so \(similar.count == 1 ? "it is" : "they are")"
          + " taken for another organ."))
  }
}
