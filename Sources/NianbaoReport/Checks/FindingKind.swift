/// What a finding says about its cells.
///
/// The three balance kinds follow the fixtures' convention: blank counts as 0 inside a sum,
/// all-blank groups are not findings, `expected` is computed from the parts and `found` is the
/// printed total.
public enum FindingKind: String, Sendable, Hashable, CaseIterable {
  /// The total holds a number and differs from the sum of its parts.
  case mismatch
  /// The total is blank while at least one part holds a number (found is blank).
  case totalMissing
  /// The total holds a non-zero number while every part is blank (expected is 0).
  case partsMissing
  /// Cells of a table are blank (one finding per table lists them).
  case blankCells
  /// A text section that should report something is empty, “无” or absent.
  case missingText
  /// A value cell held text that is not a value; the value was left blank.
  case notAValue
  /// The report given as last year's is not the same organ's report of the previous year.
  case incomparable
  /// A formula's value was computed by the importer, or could not be.
  case formula
  /// The layout differs from the official one (another version's rows or blocks); see the message.
  case layout
  /// A table is missing from the input.
  case missingTable
  /// A number stands in a table where no value cell is declared.
  case unmapped
  /// The text quotes a count that disagrees with a table cell (`cellText` holds the sentence).
  case textDisagrees
}

/// A language for finding messages.
public enum Language: String, Sendable, Hashable, CaseIterable {
  /// Simplified Chinese (the default for clerks).
  case chinese = "zh"
  /// English.
  case english = "en"
}

/// A sentence in both message languages.
public struct LocalizedMessage: Sendable, Hashable {
  /// The Chinese sentence.
  public let chinese: String
  /// The English sentence.
  public let english: String

  /// Creates a message.
  public init(chinese: String, english: String) {
    self.chinese = chinese
    self.english = english
  }

  /// The sentence in `language`.
  public subscript(language: Language) -> String {
    switch language {
    case .chinese: chinese
    case .english: english
    }
  }
}
