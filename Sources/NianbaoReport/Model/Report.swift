/// One 政府信息公开工作年度报告: its format version, organ, year, text sections and the values of
/// tables 二, 三 and 四, each keyed by its full key path.
///
/// Blank cells have no value. Values can only be set on key paths of the report's version and
/// must fit the cell's ``ValueKind``.
public struct Report: Sendable, Hashable {
  /// The template version the report follows.
  public let formatVersion: FormatVersion
  /// The reporting organ, if known.
  public var organ: String?
  /// The report year, if known.
  public var year: Int?
  /// Sections 一, 五 and 六.
  public var text: ReportText
  /// The filled cells; a key path absent here is blank.
  public private(set) var values: [ReportKeyPath: ReportValue]

  /// Creates a report with every cell blank.
  public init(formatVersion: FormatVersion, organ: String? = nil, year: Int? = nil, text: ReportText = ReportText()) {
    self.formatVersion = formatVersion
    self.organ = organ
    self.year = year
    self.text = text
    values = [:]
  }

  /// The layout of the report's version.
  public var layout: ReportLayout { formatVersion.layout }

  /// The value at a key path; `nil` for a blank cell (or a path the version lacks).
  public subscript(keyPath: ReportKeyPath) -> ReportValue? { values[keyPath] }

  /// The integer at a key path, or `nil` when blank.
  public func count(at keyPath: ReportKeyPath) -> Int? { values[keyPath]?.count }

  /// The amount at a key path, or `nil` when blank.
  public func amount(at keyPath: ReportKeyPath) -> Amount? { values[keyPath]?.amount }

  /// Fills a cell, or blanks it with `nil`.
  public mutating func set(_ value: ReportValue?, at keyPath: ReportKeyPath) throws(ReportError) {
    guard let slot = layout.slot(at: keyPath) else { throw .unknownKeyPath(keyPath, version: formatVersion) }
    if let value {
      guard value.fits(slot.kind) else { throw .valueDoesNotFit(keyPath, kind: slot.kind, value: value) }
    }
    values[keyPath] = value
  }

  /// Fills a count cell (or a signed count cell), or blanks it with `nil`.
  public mutating func setCount(_ count: Int?, at keyPath: ReportKeyPath) throws(ReportError) {
    try set(count.map(ReportValue.count), at: keyPath)
  }

  /// The value slots of the version that are blank, in document order.
  public var blankSlots: [ValueSlot] { layout.slots.filter { values[$0.keyPath] == nil } }
}
