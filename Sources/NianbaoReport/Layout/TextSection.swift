/// A free-text section of a report, the same in both versions.
public enum TextSection: String, Sendable, Hashable, CaseIterable {
  /// 一、总体情况; `text.overview`.
  case overview
  /// 五、存在的主要问题及改进情况; `text.problems`.
  case problems
  /// 六、其他需要报告的事项; `text.other` (in 2021 the information-processing fees are reported here).
  case other

  /// The key of the section within the `text` object.
  public var key: String { rawValue }

  /// The section's official title.
  public var title: Label {
    switch self {
    case .overview: Label("一、总体情况", variants: ["一、总体概况", "一、基本情况"])
    case .problems:
      Label(
        "五、存在的主要问题及改进情况",
        variants: ["五、政府信息公开工作存在的主要问题及改进情况", "五、存在的问题及改进情况", "五、存在的主要问题和改进情况"])
    case .other: Label("六、其他需要报告的事项", variants: ["六、其他需要报告事项"])
    }
  }
}
