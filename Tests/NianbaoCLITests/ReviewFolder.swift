import Foundation
import NianbaoReport

/// A generated folder of reports for the bulk review tests, and what the generator put in each file: organ, year,
/// version, the errors and warnings it planted, the first error's rule and cell, the broken year-to-year link.
struct ReviewFolder {
  /// What one generated file holds.
  struct File {
    var name: String
    var organ: String?
    var year: Int?
    var version: FormatVersion?
    var errors = 0
    var warnings = 0
    var firstErrorRule: String?
    var firstErrorCell: String?
    var unreadable = false
    /// The cells of the R5 findings planted on this file, and the file of last year they compare with.
    var brokenLinkCells: [String] = []
    var brokenLinkPrevious: String?
    /// Whether the file gets a note that a similar name of last year was not linked.
    var similarNameNote = false
  }

  /// The folder.
  let url: URL
  /// The files, by name.
  let files: [File]

  /// The path of a file as the command line names it.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// The three organs followed over four years (2021–2024): 平潭 alternates its short and full name (管委会) and its
  /// 2023 report does not carry over what 2022 carried forward; 某市某区 alternates with 某市某区人民政府.
  static let chains: [[String]] = [
    ["平潭综合实验区", "平潭综合实验区管委会", "平潭综合实验区", "平潭综合实验区管委会"],
    ["示例县示例镇", "示例县示例镇", "示例县示例镇", "示例县示例镇"],
    ["某市某区人民政府", "某市某区", "某市某区", "某市某区人民政府"],
  ]

  /// Generates `count` files (at least 20) into a fresh temporary folder.
  static func make(count: Int = 200) throws -> ReviewFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    var generator = Generator(seed: 20_260_101)
    var files: [File] = []
    var serial = 0
    func name(_ stem: String, json: Bool) -> String {
      serial += 1
      return String(format: "%03d-", serial) + stem + (json ? ".json" : ".xlsx")
    }

    // The chains: consecutive years of three organs.
    for (chainIndex, chain) in chains.enumerated() {
      var carriedForward: [Int]?
      var previousName: String?
      for (offset, organ) in chain.enumerated() {
        let year = 2021 + offset
        var carriedOver = carriedForward
        let breaksLink = chainIndex == 0 && year == 2023
        if breaksLink { carriedOver![0] += 1 }
        var report = Report(formatVersion: .v2021, organ: organ, year: year)
        carriedForward = try generator.fill(&report, carriedOver: carriedOver)
        var file = File(
          name: name("chain\(chainIndex)-\(year)", json: (chainIndex + offset) % 2 == 0), organ: organ, year: year,
          version: .v2021)
        if breaksLink {
          file.warnings = 2
          file.brokenLinkCells = ["applications.carriedOver.naturalPerson", "applications.carriedOver.total"]
          file.brokenLinkPrevious = previousName
        }
        try write(report, to: url.appendingPathComponent(file.name))
        files.append(file)
        previousName = file.name
      }
    }

    // A different organ whose name begins with one of last year's: noted, not linked.
    var decoy = Report(formatVersion: .v2021, organ: "某市某区人民政府办公室", year: 2022)
    _ = try generator.fill(&decoy, carriedOver: nil)
    var decoyFile = File(name: name("decoy-2022", json: false), organ: decoy.organ, year: 2022, version: .v2021)
    decoyFile.similarNameNote = true
    try write(decoy, to: url.appendingPathComponent(decoyFile.name))
    files.append(decoyFile)

    // Two files that cannot be read.
    let notAWorkbook = name("not-a-workbook", json: false)
    try Data("机关,年度\n示例,2023\n".utf8).write(to: url.appendingPathComponent(notAWorkbook))
    files.append(File(name: notAWorkbook, unreadable: true))
    let cutJSON = name("cut-short", json: true)
    try Data("{\"formatVersion\": 2021, \"organ\": \"示".utf8).write(to: url.appendingPathComponent(cutJSON))
    files.append(File(name: cutJSON, unreadable: true))

    // Single reports of organs of their own, both versions, some broken.
    var filler = 0
    while files.count < count {
      filler += 1
      let version: FormatVersion = filler % 4 == 0 ? .v2019 : .v2021
      let year = version == .v2019 ? 2019 + filler % 2 : 2021 + filler % 4
      let organ = String(format: "测试县第%03d号单位", filler)
      var report = Report(formatVersion: version, organ: organ, year: year)
      _ = try generator.fill(&report, carriedOver: nil)
      var file = File(name: name("single\(filler)", json: filler % 2 == 0), organ: organ, year: year, version: version)
      switch filler % 10 {
      case 1:
        // 复议后起诉: the total one more than its parts (R4).
        let cell: ReportKeyPath = "appeals.litigationAfterReview.total"
        try report.setCount(report.count(at: cell)! + 1, at: cell)
        file.errors = 1
        file.firstErrorRule = "R4"
        file.firstErrorCell = cell.description
      case 2:
        // 本年新收 · 总计 one too many: its row (R2) and its column's balance (R1, reported on （七）总计).
        let cell: ReportKeyPath = "applications.newlyReceived.total"
        try report.setCount(report.count(at: cell)! + 1, at: cell)
        file.errors = 2
        file.firstErrorRule = "R1"
        file.firstErrorCell = "applications.outcomes.total.total"
      case 3 where version == .v2021:
        // A fee while section 六 says nothing.
        try report.set(.amount(Amount("12.5")!), at: "proactive.fees.amount")
        file.warnings = 1
      default:
        break
      }
      try write(report, to: url.appendingPathComponent(file.name))
      files.append(file)
    }
    return ReviewFolder(url: url, files: files)
  }

  /// Writes a report as JSON or, for a `.xlsx` name, as the official workbook.
  static func write(_ report: Report, to url: URL) throws {
    let bytes = url.pathExtension == "json" ? report.jsonUTF8() : try ReportExporter.data(for: report)
    try Data(bytes).write(to: url)
  }

  /// Draws balanced numbers deterministically.
  struct Generator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next number in `range` (SplitMix64).
    mutating func next(_ range: ClosedRange<Int>) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      value ^= value >> 31
      return range.lowerBound + Int(value % UInt64(range.count))
    }

    /// Fills every cell of `report` so that R1–R4 hold, with `carriedOver` (six applicant columns) as 二、上年结转
    /// when given, and section 五 saying something; returns the six columns of 四、结转下年度继续办理.
    mutating func fill(_ report: inout Report, carriedOver: [Int]?) throws -> [Int] {
      let layout = report.layout
      let applications = layout.table(.applications).slots.map(\.keyPath)
      var rows: [ReportKeyPath] = []
      for path in applications {
        let row = ReportKeyPath(Array(path.components.dropLast()))
        if !rows.contains(row) { rows.append(row) }
      }
      let columns = applications.filter { $0.hasPrefix(rows[0]) }.compactMap(\.lastKey).filter { $0 != "total" }
      let outcomesTotal: ReportKeyPath = "applications.outcomes.total"
      let leaves = rows.filter { $0.hasPrefix("applications.outcomes") && $0 != outcomesTotal }
      var forward: [Int] = []
      for (index, column) in columns.enumerated() {
        let received = next(0...20)
        let carried = carriedOver?[index] ?? next(0...5)
        let handled = next(0...(received + carried))
        var left = handled
        var parts = leaves.map { _ in 0 }
        while left > 0 {
          parts[next(0...(leaves.count - 1))] += 1
          left -= 1
        }
        try report.setCount(received, at: ReportKeyPath(parsing: "applications.newlyReceived.\(column)"))
        try report.setCount(carried, at: ReportKeyPath(parsing: "applications.carriedOver.\(column)"))
        for (leaf, value) in zip(leaves, parts) { try report.setCount(value, at: leaf.appending(column)) }
        try report.setCount(handled, at: outcomesTotal.appending(column))
        try report.setCount(
          received + carried - handled, at: ReportKeyPath(parsing: "applications.carriedForward.\(column)"))
        forward.append(received + carried - handled)
      }
      for row in rows {
        let sum = columns.reduce(0) { $0 + report.count(at: row.appending($1))! }
        try report.setCount(sum, at: row.appending("total"))
      }
      for group in ["administrativeReview", "litigationWithoutReview", "litigationAfterReview"] {
        var sum = 0
        for result in ["upheld", "corrected", "other", "pending"] {
          let value = next(0...3)
          sum += value
          try report.setCount(value, at: ReportKeyPath(["appeals", group, result]))
        }
        try report.setCount(sum, at: ReportKeyPath(["appeals", group, "total"]))
      }
      for slot in layout.table(.proactive).slots {
        switch slot.kind {
        case .count: try report.setCount(next(0...50), at: slot.keyPath)
        case .signedCount: try report.setCount(next(-5...5), at: slot.keyPath)
        case .amount:
          try report.set(
            .amount(slot.keyPath == layout.feeSlot?.keyPath ? .zero : Amount("1000.50")!), at: slot.keyPath)
        }
      }
      report.text = ReportText(
        overview: "\(report.organ ?? "")\(report.year ?? 0)年政府信息公开工作总体情况。",
        problems: "存在的主要问题是信息更新不够及时；改进措施是加强审核。", other: nil)
      return forward
    }
  }
}
