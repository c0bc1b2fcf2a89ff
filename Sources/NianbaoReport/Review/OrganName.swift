/// How the organ names of two reports are compared when their years are linked (R5 across a folder).
///
/// Names are compared after ``LabelNormalizer/normalize(_:)`` (full-width forms, spaces and line breaks do not
/// matter). Two names are the same organ when they are equal, or when one is the other plus one of the
/// ``knownSuffixes``: 平潭综合实验区 and 平潭综合实验区管委会, 凯里市下司镇 and 凯里市下司镇人民政府. Anything else is another
/// organ, even when one name begins with the other (某县人民政府 and 某县人民政府办公室 are two organs); such names are
/// ``areSimilar(_:_:)``, and a review says in a note that it did not link them.
public enum OrganName {
  /// The endings that name the same organ in its full form: a government, a development zone's administrative
  /// committee, a sub-district office.
  public static let knownSuffixes = ["人民政府", "政府", "管理委员会", "管委会", "办事处"]

  /// The form names are compared in.
  public static func normalize(_ name: String) -> String {
    LabelNormalizer.normalize(name)
  }

  /// Whether two names are the same organ: equal after normalisation, or one is the other plus a known suffix.
  public static func isSameOrgan(_ lhs: String, _ rhs: String) -> Bool {
    isSameNormalized(normalize(lhs), normalize(rhs))
  }

  /// ``isSameOrgan(_:_:)`` for names already normalised.
  static func isSameNormalized(_ lhs: String, _ rhs: String) -> Bool {
    if lhs == rhs { return !lhs.isEmpty }
    let (short, long) = lhs.count < rhs.count ? (lhs, rhs) : (rhs, lhs)
    guard !short.isEmpty, long.hasPrefix(short) else { return false }
    return knownSuffixes.contains(String(long.dropFirst(short.count)))
  }

  /// Whether two names look like the full and short forms of one organ (one begins with the other) without being
  /// the same organ by ``isSameOrgan(_:_:)``.
  public static func areSimilar(_ lhs: String, _ rhs: String) -> Bool {
    let left = normalize(lhs)
    let right = normalize(rhs)
    guard !left.isEmpty, !right.isEmpty, !isSameNormalized(left, right) else { return false }
    return left.hasPrefix(right) || right.hasPrefix(left)
  }

  /// The normalised names that are the same organ as `normalized` (itself, itself plus each known suffix, and
  /// itself without a known suffix), for looking a name up in an index.
  static func sameOrganForms(of normalized: String) -> [String] {
    var forms = [normalized] + knownSuffixes.map { normalized + $0 }
    for suffix in knownSuffixes where normalized.hasSuffix(suffix) && normalized.count > suffix.count {
      forms.append(String(normalized.dropLast(suffix.count)))
    }
    return forms
  }
}
