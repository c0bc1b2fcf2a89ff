/// Reports added cell by cell (逐级汇总), remembering which input gave what, so that each cell of the sum can be
/// explained.
///
/// Built on ``Report/sum(_:)``: the inputs must share their template version; a cell of the total is blank only
/// where every input is blank; counts add as integers and amounts as exact decimals; the text sections are not
/// summed (the total has none). The total's organ and year are the ones given, else no organ and the inputs' common
/// year (none when they differ).
public struct ReportSum: Sendable {
  /// One report added, with the name it is known by (its path).
  public struct Input: Sendable {
    /// The name of the input, as given.
    public let name: String
    /// The report.
    public let report: Report

    /// Creates an input.
    public init(name: String, report: Report) {
      self.name = name
      self.report = report
    }
  }

  /// What one input gives a cell.
  public struct Contribution: Sendable, Hashable {
    /// The input's name.
    public let name: String
    /// The value it gives.
    public let value: ReportValue
  }

  /// The inputs, in the order given.
  public let inputs: [Input]
  /// The cell-by-cell total.
  public let total: Report

  /// Adds `inputs`; `organ` and `year` name the total.
  public init(_ inputs: [Input], organ: String? = nil, year: Int? = nil) throws(AggregationError) {
    guard let first = inputs.first else { throw .noInputs }
    var versions: [FormatVersion: [String]] = [:]
    for input in inputs { versions[input.report.formatVersion, default: []].append(input.name) }
    guard versions.count == 1 else { throw .mixedVersions(versions) }
    var total: Report
    do {
      total = try Report.sum(inputs.map(\.report))
    } catch .sumOutOfRange(let keyPath) {
      throw .sumOutOfRange(keyPath, files: inputs.filter { $0.report[keyPath] != nil }.map(\.name))
    } catch {
      // Versions agree and every value fits its own report's cell, so adding can fail only by range.
      preconditionFailure("unexpected \(error) adding reports of the \(first.report.formatVersion) format")
    }
    if let organ { total.organ = organ }
    if let year { total.year = year }
    self.inputs = inputs
    self.total = total
  }

  /// The inputs that are not blank at `keyPath`, with their values, in input order.
  public func contributions(to keyPath: ReportKeyPath) throws(AggregationError) -> [Contribution] {
    guard total.layout.slot(at: keyPath) != nil else {
      throw .unknownCell(keyPath, version: total.formatVersion)
    }
    return inputs.compactMap { input in input.report[keyPath].map { Contribution(name: input.name, value: $0) } }
  }

  /// The years of the inputs, without repeats, in increasing order (`nil` — unknown — not counted).
  public var inputYears: [Int] { Array(Set(inputs.compactMap(\.report.year))).sorted() }
}
