/// The result of matching a cell's text against a list of labels.
public struct LabelMatch: Sendable, Hashable {
  /// The position of the matched label in the list searched.
  public let index: Int
  /// The edit distance between the normalised cell text and the closest form of the label
  /// (0 for an exact match after normalisation).
  public let distance: Int

  /// Whether the cell text equals the label or one of its variants after normalisation.
  public var isExact: Bool { distance == 0 }
}

/// Recognises header cells: exact comparison after ``LabelNormalizer/normalize(_:)``, else a
/// small edit-distance tolerance for long labels.
///
/// The tolerance grows with the length of the normalised label: none below 6 characters
/// (`行政许可`, `总计`, `3.其他` must match exactly), 1 edit from 6, 2 from 12, 3 from 24.
public enum LabelMatcher {
  /// The number of edits (insertions, deletions, substitutions of a Unicode scalar) accepted
  /// for a normalised label of `length` scalars.
  public static func tolerance(forLength length: Int) -> Int {
    switch length {
    case ..<6: 0
    case ..<12: 1
    case ..<24: 2
    default: 3
    }
  }

  /// The distance from already normalised text to the closest form of `label`, or `nil` when no
  /// form is within its tolerance.
  public static func distance(from normalizedText: String, to label: Label) -> Int? {
    let text = Array(normalizedText.unicodeScalars)
    var best: Int?
    for form in label.normalizedForms {
      let scalars = Array(form.unicodeScalars)
      let limit = tolerance(forLength: scalars.count)
      if let found = editDistance(text, scalars, limit: limit), found < (best ?? Int.max) {
        best = found
      }
    }
    return best
  }

  /// Finds the label that `cellText` names.
  ///
  /// Returns the first label matching exactly after normalisation; otherwise the single label
  /// closest within its tolerance. Returns `nil` when nothing is close enough, or when two
  /// different labels are equally close (an ambiguous fuzzy match).
  public static func bestMatch(for cellText: String, in labels: [Label]) -> LabelMatch? {
    let normalized = LabelNormalizer.normalize(cellText)
    guard !normalized.isEmpty else { return nil }
    var best: LabelMatch?
    var ambiguous = false
    for (index, label) in labels.enumerated() {
      guard let found = distance(from: normalized, to: label) else { continue }
      if found == 0 { return LabelMatch(index: index, distance: 0) }
      if let current = best {
        if found < current.distance {
          best = LabelMatch(index: index, distance: found)
          ambiguous = false
        } else if found == current.distance, labels[current.index].normalizedForms != label.normalizedForms {
          ambiguous = true
        }
      } else {
        best = LabelMatch(index: index, distance: found)
      }
    }
    return ambiguous ? nil : best
  }

  /// The Levenshtein distance between two scalar sequences, or `nil` when it exceeds `limit`.
  public static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar], limit: Int) -> Int? {
    guard abs(lhs.count - rhs.count) <= limit else { return nil }
    if lhs.isEmpty || rhs.isEmpty { return max(lhs.count, rhs.count) }
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for (i, left) in lhs.enumerated() {
      current[0] = i + 1
      var rowMinimum = current[0]
      for (j, right) in rhs.enumerated() {
        let substitution = previous[j] + (left == right ? 0 : 1)
        current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
        rowMinimum = min(rowMinimum, current[j + 1])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    let result = previous[rhs.count]
    return result <= limit ? result : nil
  }
}
