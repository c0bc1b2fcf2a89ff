import NianbaoGrid

/// One file of a review (``ReportReview``): the path as given, and either the report read from it with every
/// finding, or why it could not be read.
public struct ReviewEntry: Sendable {
  /// What became of the file.
  public enum Outcome: Sendable {
    /// The file was read and checked.
    case checked(report: Report, findings: [Finding])
    /// The file could not be read; the sentence says why.
    case unreadable(message: String)
  }

  /// The file's path, as given on the command line (or found in a folder given there).
  public let file: String
  /// What became of it.
  public let outcome: Outcome

  /// Creates an entry.
  public init(file: String, outcome: Outcome) {
    self.file = file
    self.outcome = outcome
  }

  /// The report, when the file was read.
  public var report: Report? {
    if case .checked(let report, _) = outcome { return report }
    return nil
  }

  /// The findings (none for an unreadable file).
  public var findings: [Finding] {
    if case .checked(_, let findings) = outcome { return findings }
    return []
  }

  /// Why the file could not be read, or `nil` when it was.
  public var readError: String? {
    if case .unreadable(let message) = outcome { return message }
    return nil
  }

  /// The number of findings of a severity.
  public func count(_ severity: Severity) -> Int {
    findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
  }

  /// The first finding of severity error, if any.
  public var firstError: Finding? { findings.first { $0.severity == .error } }

  /// The entry with more findings added (the links to other years).
  public func adding(_ more: [Finding]) -> ReviewEntry {
    guard !more.isEmpty, case .checked(let report, let findings) = outcome else { return self }
    return ReviewEntry(file: file, outcome: .checked(report: report, findings: findings + more))
  }
}

/// The files of a review and what they add up to: the order of the summary (worst first), the counts and the exit
/// status.
public struct ReportReview: Sendable {
  /// The entries, in the order the files were given.
  public let entries: [ReviewEntry]

  /// Creates a review of checked entries, adding the links between consecutive years of the same organ
  /// (``YearToYear``) to the later year's entry.
  public init(linking entries: [ReviewEntry], locations: [[ReportKeyPath: SourceLocation]]) {
    precondition(locations.count == entries.count, "one location table per entry")
    var members: [YearToYear.Member] = []
    var positions: [Int] = []
    for (position, entry) in entries.enumerated() {
      guard let report = entry.report else { continue }
      members.append(YearToYear.Member(name: entry.file, report: report, locations: locations[position]))
      positions.append(position)
    }
    var linked = entries
    for (member, findings) in YearToYear.findings(members).enumerated() {
      linked[positions[member]] = linked[positions[member]].adding(findings)
    }
    self.entries = linked
  }

  /// Creates a review of entries as they are.
  public init(entries: [ReviewEntry]) {
    self.entries = entries
  }

  /// The entries with the worst first: unreadable files, then by errors, then by warnings (most first); files
  /// that compare equal stay in the order given.
  public var worstFirst: [ReviewEntry] {
    worstFirstOrder.map { entries[$0] }
  }

  /// The positions of the entries in ``worstFirst`` order (a summary table that links each line to its file).
  public var worstFirstOrder: [Int] {
    entries.indices.sorted { lhs, rhs in
      let left = Self.rank(entries[lhs])
      let right = Self.rank(entries[rhs])
      if left != right { return left.0 != right.0 ? left.0 > right.0 : (left.1, left.2) > (right.1, right.2) }
      return lhs < rhs
    }
  }

  private static func rank(_ entry: ReviewEntry) -> (Int, Int, Int) {
    (entry.readError == nil ? 0 : 1, entry.count(.error), entry.count(.warning))
  }

  /// The number of files that could not be read.
  public var unreadableCount: Int { entries.filter { $0.readError != nil }.count }

  /// The number of files read with at least one finding of severity error.
  public var brokenCount: Int { entries.filter { $0.count(.error) > 0 }.count }

  /// The number of files read with warnings but no error.
  public var warningOnlyCount: Int { entries.filter { $0.count(.error) == 0 && $0.count(.warning) > 0 }.count }

  /// The number of files read with neither error nor warning.
  public var cleanCount: Int {
    entries.filter { $0.readError == nil && $0.count(.error) == 0 && $0.count(.warning) == 0 }.count
  }

  /// The exit status of the review: 2 when a file could not be read, else 1 when a file has a finding of
  /// severity error, else 0.
  public var exitStatus: Int32 {
    if unreadableCount > 0 { return 2 }
    return brokenCount > 0 ? 1 : 0
  }
}
