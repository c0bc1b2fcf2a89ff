/// A header of a matrix table (row or column axis), possibly with sub-headers.
///
/// A header contributes its `key` to the key path of every value cell below it (or beside it,
/// for rows); grouping headers without a key of their own (申请人情况, 法人或其他组织, 行政诉讼)
/// contribute nothing. A header built with ``total(_:key:rule:)`` is the total of all leaves of
/// its sibling headers; the balance equations of that rule are derived from it.
public struct HeaderNode: Sendable, Hashable {
  /// The header's official text.
  public let label: Label
  /// The key the header contributes to key paths, if any.
  public let key: String?
  /// The sub-headers, in order; empty for a leaf.
  public let children: [HeaderNode]
  /// The rule checking that this leaf equals the sum of its siblings' leaves, if it is a total.
  public let totalRule: RuleID?
  /// For a group with sub-rows: the key of the child that receives the values when a report
  /// prints the group as a single row (the hybrid 2021 report with a 2019-style （六）其他处理).
  public let collapsedKey: String?

  private init(label: Label, key: String?, children: [HeaderNode], totalRule: RuleID?, collapsedKey: String?) {
    precondition(totalRule == nil || children.isEmpty, "a total header is a leaf")
    self.label = label
    self.key = key
    self.children = children
    self.totalRule = totalRule
    self.collapsedKey = collapsedKey
  }

  /// A header without sub-headers.
  public static func leaf(_ label: Label, key: String) -> HeaderNode {
    HeaderNode(label: label, key: key, children: [], totalRule: nil, collapsedKey: nil)
  }

  /// A header over sub-headers, contributing `key` (if any) to their key paths.
  public static func group(_ label: Label, key: String? = nil, _ children: [HeaderNode]) -> HeaderNode {
    precondition(!children.isEmpty, "a group needs children")
    return HeaderNode(label: label, key: key, children: children, totalRule: nil, collapsedKey: nil)
  }

  /// A leaf holding the total of its siblings' leaves, checked by `rule`.
  public static func total(_ label: Label, key: String, rule: RuleID) -> HeaderNode {
    HeaderNode(label: label, key: key, children: [], totalRule: rule, collapsedKey: nil)
  }

  /// This header with sub-headers added; when a report prints it as a single row, its values
  /// belong to `collapsedChild`, which must be one of `children`.
  public func splitting(into children: [HeaderNode], collapsingInto collapsedChild: HeaderNode) -> HeaderNode {
    precondition(children.contains(collapsedChild), "the collapsed child must be a child")
    return HeaderNode(
      label: label, key: key, children: children, totalRule: totalRule, collapsedKey: collapsedChild.key)
  }

  /// Whether the header has no sub-headers.
  public var isLeaf: Bool { children.isEmpty }

  /// The number of leaf headers under this one (1 for a leaf).
  public var leafCount: Int { isLeaf ? 1 : children.reduce(0) { $0 + $1.leafCount } }

  /// The number of header levels from this one down to its deepest leaf (1 for a leaf).
  public var height: Int { 1 + (children.map(\.height).max() ?? 0) }

  /// The paths from this header to each of its leaves, in order.
  public var leafPaths: [[HeaderNode]] {
    isLeaf ? [[self]] : children.flatMap { child in child.leafPaths.map { [self] + $0 } }
  }

  /// The key path a path of headers contributes.
  public static func keyPath(of path: [HeaderNode]) -> ReportKeyPath {
    ReportKeyPath(path.compactMap(\.key))
  }
}
