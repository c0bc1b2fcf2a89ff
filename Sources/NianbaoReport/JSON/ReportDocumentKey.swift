/// The top-level keys of a report document that precede the tables, in document order. The
/// tables follow under ``TableID/jsonKey``: `proactive`, `applications`, `appeals`.
public enum ReportDocumentKey: String, Sendable, CaseIterable {
  /// `2019` or `2021`.
  case formatVersion
  /// The reporting organ, or `null`.
  case organ
  /// The report year, or `null`.
  case year
  /// The text sections object.
  case text

  /// Every top-level key of a document of `layout`'s version, in order.
  public static func allKeys(of layout: ReportLayout) -> [String] {
    allCases.map(\.rawValue) + layout.tables.map(\.jsonKey)
  }

  /// The smallest and largest year accepted.
  public static let yearRange = 1000...9999
}
