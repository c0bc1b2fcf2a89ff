/// The version of the official template a report follows.
///
/// The raw value is the year the template was issued, which is also the value of the
/// `formatVersion` key in the canonical JSON.
public enum FormatVersion: Int, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
  /// 国办公开办函〔2019〕60号, used for the reports of 2019 and 2020.
  case v2019 = 2019
  /// 国办公开办函〔2021〕30号, used for the reports of 2021 onwards.
  case v2021 = 2021

  /// The official layout of this version.
  public var layout: ReportLayout {
    switch self {
    case .v2019: ReportLayout.v2019
    case .v2021: ReportLayout.v2021
    }
  }

  /// The version's year, e.g. `2021`.
  public var description: String { String(rawValue) }

  /// Orders versions by the year they were issued.
  public static func < (lhs: FormatVersion, rhs: FormatVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
