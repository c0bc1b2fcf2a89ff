/// The shape of (part of) a report document: nested objects whose leaves are value slots, with
/// keys in the layout's declared order.
public enum KeyTree: Sendable, Hashable {
  /// A value cell.
  case value(ValueSlot)
  /// An object with its members in declared order.
  indirect case object([KeyTreeMember])

  /// Builds the tree of the slots whose key paths begin with `prefix`, in the slots' order.
  public init(slots: [ValueSlot], under prefix: ReportKeyPath) {
    self = Self.tree(of: slots.filter { $0.keyPath.hasPrefix(prefix) }, depth: prefix.components.count)
  }

  /// The tree of `slots`, which share their first `depth` keys: grouped by their next key, in order of first use.
  private static func tree(of slots: [ValueSlot], depth: Int) -> KeyTree {
    if slots.count == 1, slots[0].keyPath.components.count == depth { return .value(slots[0]) }
    var keys: [String] = []
    var groups: [String: [ValueSlot]] = [:]
    for slot in slots {
      let key = slot.keyPath.components[depth]
      if groups[key] == nil { keys.append(key) }
      groups[key, default: []].append(slot)
    }
    return .object(keys.map { KeyTreeMember(key: $0, tree: tree(of: groups[$0] ?? [], depth: depth + 1)) })
  }

  /// The members of an object node (empty for a value).
  public var members: [KeyTreeMember] {
    if case .object(let members) = self { return members }
    return []
  }

  /// The subtree under `key`, if this is an object with that member.
  public subscript(key: String) -> KeyTree? {
    members.first { $0.key == key }?.tree
  }
}

/// A named member of a ``KeyTree`` object.
public struct KeyTreeMember: Sendable, Hashable {
  /// The member's key.
  public let key: String
  /// The member's shape.
  public let tree: KeyTree

  /// Creates a member.
  public init(key: String, tree: KeyTree) {
    self.key = key
    self.tree = tree
  }
}
