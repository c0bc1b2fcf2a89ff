/// A list of labels prepared for asking, cell after cell, whether a cell text is any of them.
///
/// The normal forms of every label are laid out flat with their lengths and tolerances, so that most cells (numbers,
/// sentences) are ruled out by their length alone, without walking the labels.
struct LabelSet {
  private let forms: [String]
  private let lengths: [Int]
  private let limits: [Int]
  /// The shortest and longest cell text, in Unicode scalars, that any form accepts.
  private let accepted: ClosedRange<Int>?

  /// Prepares `labels`.
  init(_ labels: [Label]) {
    var forms: [String] = []
    var lengths: [Int] = []
    var limits: [Int] = []
    for label in labels {
      for (form, length) in zip(label.normalizedForms, label.normalizedScalarCounts) {
        forms.append(form)
        lengths.append(length)
        limits.append(LabelMatcher.tolerance(forLength: length))
      }
    }
    self.forms = forms
    self.lengths = lengths
    self.limits = limits
    let shortest = zip(lengths, limits).map { $0 - $1 }.min()
    let longest = zip(lengths, limits).map { $0 + $1 }.max()
    if let shortest, let longest { accepted = shortest...longest } else { accepted = nil }
  }

  /// Whether `form` is one of the labels: the same answer as `labels.contains { form.matches($0) }`.
  func contains(_ form: LabelLookup.Form) -> Bool {
    guard let accepted, accepted.contains(form.scalarCount) else { return false }
    var scalars: [Unicode.Scalar]?
    for index in lengths.indices {
      let limit = limits[index]
      guard abs(lengths[index] - form.scalarCount) <= limit else { continue }
      if limit == 0 {
        if forms[index].utf8.elementsEqual(form.text.utf8) { return true }
        continue
      }
      if scalars == nil { scalars = Array(form.text.unicodeScalars) }
      if LabelMatcher.editDistance(scalars!, Array(forms[index].unicodeScalars), limit: limit) != nil { return true }
    }
    return false
  }
}
