/// A fixed text of the official template: a table title, a row or column header, a note.
///
/// `text` is the official wording, character for character, as a blank template must print it.
/// `variants` are other spellings seen in real reports that an importer should accept for the
/// same header (older wording, known typos, abbreviations); they are compared after
/// ``LabelNormalizer/normalize(_:)`` like the official text.
public struct Label: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The official wording.
  public let text: String
  /// Accepted alternative spellings, in addition to everything that normalises like `text`.
  public let variants: [String]
  /// `text` followed by every variant, each normalised and without duplicates.
  public let normalizedForms: [String]
  /// The length in Unicode scalars of each of ``normalizedForms``, in the same order, so that label matching need
  /// not count them on every comparison.
  let normalizedScalarCounts: [Int]

  /// Creates a label from its official wording and accepted variants.
  public init(_ text: String, variants: [String] = []) {
    self.text = text
    self.variants = variants
    var forms: [String] = []
    for candidate in [text] + variants {
      let form = LabelNormalizer.normalize(candidate)
      if !forms.contains(form) { forms.append(form) }
    }
    normalizedForms = forms
    normalizedScalarCounts = forms.map { $0.unicodeScalars.count }
  }

  /// Creates a label without variants from a literal.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// The official wording.
  public var description: String { text }

  /// The same label accepting more variants.
  public func accepting(_ more: [String]) -> Label {
    Label(text, variants: variants + more)
  }

  /// Whether `cellText` is this label, exactly after normalisation or within the edit-distance
  /// tolerance that ``LabelMatcher`` allows for long labels.
  public func matches(_ cellText: String) -> Bool {
    LabelMatcher.distance(from: LabelNormalizer.normalize(cellText), to: self) != nil
  }
}
