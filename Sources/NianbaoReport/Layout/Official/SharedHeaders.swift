/// Headers that several tables repeat with the same wording and key.
enum SharedHeaders {
  /// The key of every total: the 总计 columns of tables 三 and 四, and the （七）总计 row.
  static let totalKey = "total"

  /// A 总计 column: the total of its sibling columns, checked by `rule`.
  static func totalColumn(rule: RuleID) -> HeaderNode {
    .total("总计", key: totalKey, rule: rule)
  }
}
