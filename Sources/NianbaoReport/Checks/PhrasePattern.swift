/// A phrase followed by a count, as the text check looks for it (“收到政府信息公开申请21件”): a sequence of parts,
/// each a choice of words (optional or not) or the digits of the number. Matched over Unicode scalars the way a
/// regular expression of the same shape would match (alternatives in order, optional parts tried first, the number
/// greedy), without compiling a regular expression for every report.
struct PhrasePattern: Sendable {
  /// One part of the phrase.
  enum Part: Sendable {
    /// One of `words`, in order of preference; an optional part may also be left out.
    case oneOf([String], optional: Bool)
    /// One or more decimal digits: the count.
    case number
  }

  /// One match: where it starts and ends, and the digits of the number.
  struct Match: Equatable {
    /// The first scalar of the match.
    let start: Int
    /// Past the last scalar of the match.
    let end: Int
    /// The number's digits as written.
    let digits: String
  }

  private let parts: [CompiledPart]

  private enum CompiledPart: Sendable {
    case oneOf([[Unicode.Scalar]], optional: Bool)
    case number
  }

  /// A pattern of `parts`, in order.
  init(_ parts: [Part]) {
    self.parts = parts.map { part in
      switch part {
      case .oneOf(let words, let optional): .oneOf(words.map { Array($0.unicodeScalars) }, optional: optional)
      case .number: .number
      }
    }
  }

  /// Every match in `text`, left to right, none overlapping another.
  func matches(in text: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var start = 0
    while start < text.count {
      var digits: Range<Int>?
      if let end = match(text, part: 0, at: start, digits: &digits), let digits {
        found.append(
          Match(start: start, end: end, digits: String(String.UnicodeScalarView(text[digits]))))
        start = max(end, start + 1)
      } else {
        start += 1
      }
    }
    return found
  }

  /// The end of a match of `parts[part...]` at `position`, or `nil`; `digits` is set to the number's range.
  private func match(_ text: [Unicode.Scalar], part: Int, at position: Int, digits: inout Range<Int>?) -> Int? {
    guard part < parts.count else { return position }
    switch parts[part] {
    case .oneOf(let words, let optional):
      for word in words where text[position...].starts(with: word) {
        if let end = match(text, part: part + 1, at: position + word.count, digits: &digits) { return end }
      }
      return optional ? match(text, part: part + 1, at: position, digits: &digits) : nil
    case .number:
      var last = position
      while last < text.count, Self.isDigit(text[last]) { last += 1 }
      while last > position {
        if let end = match(text, part: part + 1, at: last, digits: &digits) {
          digits = position..<last
          return end
        }
        last -= 1
      }
      return nil
    }
  }

  /// Whether a scalar is a decimal digit (what `\d` matches).
  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType == .decimal
  }
}
