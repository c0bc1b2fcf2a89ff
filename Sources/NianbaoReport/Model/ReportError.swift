/// Why a report document or an operation on a report was refused.
///
/// Every case that concerns a place in a document carries its key path; ``description`` is a
/// plain sentence naming it.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The text is not JSON.
  case invalidJSON(JSONParseError)
  /// A value has the wrong JSON type; `expected` and `found` are short phrases.
  case wrongType(path: ReportKeyPath, expected: String, found: String)
  /// A key the format requires is absent.
  case missingKey(path: ReportKeyPath)
  /// A key the format does not define is present.
  case unknownKey(path: ReportKeyPath)
  /// `formatVersion` is not 2019 or 2021.
  case unsupportedFormatVersion(found: String)
  /// A count or amount is below zero.
  case negativeValue(path: ReportKeyPath, value: String)
  /// A count has a fractional part.
  case notAWholeNumber(path: ReportKeyPath, value: String)
  /// A number is too large (counts: beyond 2^53 − 1; amounts: more than 64 digits).
  case valueOutOfRange(path: ReportKeyPath, value: String)
  /// The key path names no value cell of the report's version.
  case unknownKeyPath(ReportKeyPath, version: FormatVersion)
  /// A value does not fit the cell's kind (an amount in a count cell, a negative count…).
  case valueDoesNotFit(ReportKeyPath, kind: ValueKind, value: ReportValue)
  /// Reports of different versions cannot be added cell by cell.
  case mixedFormatVersions([FormatVersion])
  /// There were no reports to add.
  case nothingToSum
  /// A sum leaves the range of its cell.
  case sumOutOfRange(ReportKeyPath)

  /// The problem as a sentence.
  public var description: String {
    switch self {
    case .invalidJSON(let error):
      "The document is not valid JSON: \(error)."
    case .wrongType(let path, let expected, let found):
      "The value at \(path.readable) must be \(expected), but it is \(found)."
    case .missingKey(let path):
      "The key \(path.readable) is missing; every key of the format must be present (null for a blank)."
    case .unknownKey(let path):
      "The key \(path.readable) is not part of the format."
    case .unsupportedFormatVersion(let found):
      "formatVersion must be 2019 or 2021, but it is \(found)."
    case .negativeValue(let path, let value):
      "The value at \(path.readable) must not be negative, but it is \(value)."
    case .notAWholeNumber(let path, let value):
      "The value at \(path.readable) must be a whole number, but it is \(value)."
    case .valueOutOfRange(let path, let value):
      "The value at \(path.readable) is out of range: \(value)."
    case .unknownKeyPath(let path, let version):
      "\(path.readable) is not a value cell of the \(version) format."
    case .valueDoesNotFit(let path, let kind, let value):
      "\(value) cannot fill \(path.readable), which holds \(Self.phrase(for: kind))."
    case .mixedFormatVersions(let versions):
      "Reports of different formats cannot be added: \(versions.map(\.description).joined(separator: ", "))."
    case .nothingToSum:
      "There are no reports to add."
    case .sumOutOfRange(let path):
      "The sum at \(path.readable) is out of range."
    }
  }

  /// How a value of `kind` is described in messages.
  static func phrase(for kind: ValueKind) -> String {
    switch kind {
    case .count: "a whole number of 0 or more, or null"
    case .signedCount: "a whole number (negative allowed), or null"
    case .amount: "a decimal number of 0 or more, or null"
    }
  }
}
