/// A dotted path into the canonical JSON document, such as
/// `applications.outcomes.withheld.stateSecret.naturalPerson` or `proactive.fees.amount`.
///
/// Value paths are produced by the layouts; the type also names other places in a document
/// (`text.overview`, or the document root, which has no components).
public struct ReportKeyPath: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The keys from the document root down, e.g. `["proactive", "fees", "amount"]`.
  public let components: [String]
  /// A digest of the components (FNV-1a over their UTF-8, each followed by a separator), computed once so that
  /// hashing a path — the key of every report, location and placement dictionary — costs one integer rather than
  /// every byte of every key.
  private let digest: UInt64

  /// Creates a path from its keys.
  public init(_ components: [String]) {
    self.components = components
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    for component in components {
      for byte in component.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
      digest = (digest ^ 0xFF) &* 0x100_0000_01b3
    }
    self.digest = digest
  }

  /// Parses a dotted path; an empty string is the document root.
  public init(parsing text: String) {
    self.init(text.isEmpty ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
  }

  /// Whether two paths have the same keys.
  public static func == (lhs: ReportKeyPath, rhs: ReportKeyPath) -> Bool {
    lhs.digest == rhs.digest && lhs.components == rhs.components
  }

  /// Hashes the digest of the keys (equal paths have equal digests).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(digest)
  }

  /// Parses a dotted path written as a literal.
  public init(stringLiteral value: String) {
    self.init(parsing: value)
  }

  /// The dotted form, e.g. `proactive.fees.amount`; the root is the empty string.
  public var description: String { components.joined(separator: ".") }

  /// The dotted form, or “the document root” for the empty path, for use in sentences.
  public var readable: String { components.isEmpty ? "the document root" : description }

  /// The path with one more key appended.
  public func appending(_ key: String) -> ReportKeyPath { ReportKeyPath(components + [key]) }

  /// The path with the keys of `other` appended.
  public func appending(_ other: ReportKeyPath) -> ReportKeyPath { ReportKeyPath(components + other.components) }

  /// The last key, or `nil` for the root.
  public var lastKey: String? { components.last }

  /// Whether `prefix`'s keys begin this path.
  public func hasPrefix(_ prefix: ReportKeyPath) -> Bool {
    components.starts(with: prefix.components)
  }

  /// Orders paths by their dotted form (a stable order, not the layout order).
  public static func < (lhs: ReportKeyPath, rhs: ReportKeyPath) -> Bool {
    lhs.components.lexicographicallyPrecedes(rhs.components)
  }
}
