import NianbaoXLSX

/// One difference a round trip found: where, what the first pass had and what the second had.
public struct RoundTripDifference: Sendable, Hashable, CustomStringConvertible {
  /// The key path, text section, or merged range concerned.
  public let place: String
  /// The value after the first conversion (or the expected merge), as text; `blank` for none.
  public let before: String
  /// The value after the second conversion (or the merge found), as text; `blank` for none.
  public let after: String

  /// Creates a difference.
  public init(place: String, before: String, after: String) {
    self.place = place
    self.before = before
    self.after = after
  }

  /// `place: before → after`.
  public var description: String { "\(place): \(before) → \(after)" }
}

/// The outcome of a round trip: both imports, the exported workbook and every difference.
public struct RoundTripResult: Sendable {
  /// The import of the original workbook.
  public let first: ReportImport
  /// The import of the workbook nianbao wrote from the first import's JSON.
  public let second: ReportImport
  /// The workbook nianbao wrote.
  public let exported: [UInt8]
  /// Everything that differs; empty when nothing a clerk entered was lost or changed.
  public let differences: [RoundTripDifference]
}

/// XLSX → JSON → XLSX → JSON, comparing every value, every blank, the text sections and the official merged ranges
/// of the written file.
public enum RoundTrip {
  /// Runs the round trip on a workbook held in memory.
  ///
  /// - Throws: ``ImportError`` when the original cannot be imported; ``XLSXError`` when the export cannot be written.
  public static func run(workbook bytes: [UInt8], name: String) throws -> RoundTripResult {
    let first = try ReportImporter.importDocument(bytes: bytes, name: name)
    var differences: [RoundTripDifference] = []
    let json = first.report.jsonText()
    let reparsed: Report
    do {
      reparsed = try Report(jsonText: json)
    } catch {
      return RoundTripResult(
        first: first, second: first, exported: [],
        differences: [RoundTripDifference(place: "JSON", before: "written", after: "does not read back: \(error)")])
    }
    differences += compare(first.report, reparsed, passes: ("XLSX", "JSON"))
    let exported = try ReportExporter.data(for: reparsed)
    let second = try ReportImporter.importWorkbook(bytes: exported, name: "\(name) (written by nianbao)")
    differences += compare(reparsed, second.report, passes: ("JSON", "XLSX"))
    differences += try mergeDifferences(exported, report: reparsed)
    return RoundTripResult(first: first, second: second, exported: exported, differences: differences)
  }

  /// The differences between two reports: version, organ, year, text sections and every value slot (blank included).
  static func compare(_ lhs: Report, _ rhs: Report, passes: (String, String)) -> [RoundTripDifference] {
    var differences: [RoundTripDifference] = []
    func note(_ place: String, _ before: String?, _ after: String?) {
      if before != after {
        differences.append(
          RoundTripDifference(
            place: "\(place) (\(passes.0) → \(passes.1))", before: before ?? "blank", after: after ?? "blank"))
      }
    }
    note("formatVersion", lhs.formatVersion.description, rhs.formatVersion.description)
    note("organ", lhs.organ, rhs.organ)
    note("year", lhs.year.map(String.init), rhs.year.map(String.init))
    for section in TextSection.allCases {
      note("text.\(section.key)", lhs.text[section], rhs.text[section])
    }
    guard lhs.formatVersion == rhs.formatVersion else { return differences }
    for slot in lhs.layout.slots {
      note(slot.keyPath.description, lhs[slot.keyPath]?.description, rhs[slot.keyPath]?.description)
    }
    return differences
  }

  /// The official merged ranges missing from, or added to, the written workbook's report sheet.
  static func mergeDifferences(_ exported: [UInt8], report: Report) throws -> [RoundTripDifference] {
    let plan = ReportSheetPlan(layout: report.layout)
    var expected = Set(plan.tables.flatMap(\.merges))
    if ReportTitle.text(organ: report.organ, year: report.year) != nil { expected.insert(plan.titleRange) }
    let reader = try WorkbookReader(bytes: exported, name: "written workbook")
    guard let index = reader.sheets.firstIndex(where: { $0.name == ReportSheetPlan.sheetName }) else {
      return [RoundTripDifference(place: "sheet \(ReportSheetPlan.sheetName)", before: "present", after: "missing")]
    }
    let found = Set(try reader.readSheet(at: index) { _ in }.merges)
    var differences: [RoundTripDifference] = []
    for range in expected.subtracting(found).sorted() {
      differences.append(RoundTripDifference(place: "merge \(range.a1)", before: "official", after: "missing"))
    }
    for range in found.subtracting(expected).sorted() {
      differences.append(RoundTripDifference(place: "merge \(range.a1)", before: "absent", after: "written"))
    }
    return differences
  }
}
