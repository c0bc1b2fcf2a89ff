/// The free-text sections of a report; `nil` where the text is unknown or absent.
public struct ReportText: Sendable, Hashable {
  /// 一、总体情况.
  public var overview: String?
  /// 五、存在的主要问题及改进情况.
  public var problems: String?
  /// 六、其他需要报告的事项.
  public var other: String?

  /// Creates the sections.
  public init(overview: String? = nil, problems: String? = nil, other: String? = nil) {
    self.overview = overview
    self.problems = problems
    self.other = other
  }

  /// A section's text.
  public subscript(section: TextSection) -> String? {
    get {
      switch section {
      case .overview: overview
      case .problems: problems
      case .other: other
      }
    }
    set {
      switch section {
      case .overview: overview = newValue
      case .problems: problems = newValue
      case .other: other = newValue
      }
    }
  }
}
