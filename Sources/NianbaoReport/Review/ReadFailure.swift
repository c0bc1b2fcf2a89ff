import NianbaoXLSX

/// Why a report could not be read or added, for people and for programs: the sentence the command line prints and
/// a stable kind (the reader's error kind, or the case of the report's or the sum's error).
public enum ReadFailure {
  /// The sentence of an error reading a report (the typed errors' descriptions).
  public static func message(for error: any Error) -> String {
    switch error {
    case let error as XLSXError: error.description
    case let error as ImportError: error.description
    case let error as ReportError: error.description
    case let error as AggregationError: error.description
    default: "\(error)"
    }
  }

  /// A short, stable name of the failure, such as `zipBomb`, `legacyWord`, `noReportTables` or `invalidJSON`.
  public static func kind(for error: any Error) -> String {
    switch error {
    case let error as XLSXError: error.kind.rawValue
    case let error as ImportError: kind(of: error)
    case let error as ReportError: kind(of: error)
    case let error as AggregationError: kind(of: error)
    default: "unreadable"
    }
  }

  /// The kind of an import error: the reader's.
  static func kind(of error: ImportError) -> String {
    switch error {
    case .unreadable(let error): error.kind.rawValue
    case .unreadableDocument(_, let kind, _): kind
    case .noReportTables: "noReportTables"
    }
  }

  /// The kind of an error in a report's JSON: its case.
  static func kind(of error: ReportError) -> String {
    switch error {
    case .invalidJSON: "invalidJSON"
    case .wrongType: "wrongType"
    case .missingKey: "missingKey"
    case .unknownKey: "unknownKey"
    case .unsupportedFormatVersion: "unsupportedFormatVersion"
    case .negativeValue: "negativeValue"
    case .notAWholeNumber: "notAWholeNumber"
    case .valueOutOfRange: "valueOutOfRange"
    case .unknownKeyPath: "unknownKeyPath"
    case .valueDoesNotFit: "valueDoesNotFit"
    case .mixedFormatVersions: "mixedFormatVersions"
    case .nothingToSum: "nothingToSum"
    case .sumOutOfRange: "sumOutOfRange"
    }
  }

  /// The kind of an error adding reports: its case.
  static func kind(of error: AggregationError) -> String {
    switch error {
    case .noInputs: "noInputs"
    case .mixedVersions: "mixedVersions"
    case .sumOutOfRange: "sumOutOfRange"
    case .unknownCell: "unknownCell"
    }
  }
}
