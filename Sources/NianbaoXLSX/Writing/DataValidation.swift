/// A comparison a data-validation rule applies to the value typed into a cell.
///
/// Bounds are formulas: a number (`0`), a cell (`$B$1`) or any expression.
public enum ValidationCondition: Hashable, Sendable {
  /// Between the two bounds, inclusive.
  case between(String, String)
  /// Outside the two bounds.
  case notBetween(String, String)
  /// Equal to the bound.
  case equal(String)
  /// Not equal to the bound.
  case notEqual(String)
  /// Greater than the bound.
  case greaterThan(String)
  /// Less than the bound.
  case lessThan(String)
  /// Greater than or equal to the bound.
  case greaterThanOrEqual(String)
  /// Less than or equal to the bound.
  case lessThanOrEqual(String)

  /// The `operator` attribute value.
  var operatorName: String {
    switch self {
    case .between: return "between"
    case .notBetween: return "notBetween"
    case .equal: return "equal"
    case .notEqual: return "notEqual"
    case .greaterThan: return "greaterThan"
    case .lessThan: return "lessThan"
    case .greaterThanOrEqual: return "greaterThanOrEqual"
    case .lessThanOrEqual: return "lessThanOrEqual"
    }
  }

  /// The bound formulas, one or two.
  var formulas: [String] {
    switch self {
    case .between(let low, let high), .notBetween(let low, let high): return [low, high]
    case .equal(let bound), .notEqual(let bound), .greaterThan(let bound), .lessThan(let bound),
      .greaterThanOrEqual(let bound), .lessThanOrEqual(let bound):
      return [bound]
    }
  }
}

/// What a data-validation rule accepts.
public enum ValidationRule: Hashable, Sendable {
  /// Whole numbers meeting the condition.
  case wholeNumber(ValidationCondition)
  /// Decimal numbers meeting the condition.
  case decimal(ValidationCondition)
  /// Any value for which the formula (written for the range's top-left cell) is true.
  case custom(String)

  /// The `type` attribute value.
  var typeName: String {
    switch self {
    case .wholeNumber: return "whole"
    case .decimal: return "decimal"
    case .custom: return "custom"
    }
  }
}

/// What Excel does when a typed value breaks a validation rule.
public enum ValidationErrorStyle: String, Hashable, Sendable {
  /// Refuse the value.
  case stop
  /// Warn, and let the user keep the value.
  case warning
  /// Inform, and keep the value.
  case information
}

/// A data-validation rule on one or more ranges, with the message shown when a value breaks it.
public struct DataValidation: Hashable, Sendable {
  /// The ranges the rule applies to (at least one).
  public var ranges: [CellRange]
  /// What the rule accepts.
  public var rule: ValidationRule
  /// Whether a blank cell passes.
  public var allowsBlank: Bool
  /// What happens when a value breaks the rule.
  public var errorStyle: ValidationErrorStyle
  /// The title of the error box (at most 32 characters), or `nil` for Excel's default.
  public var errorTitle: String?
  /// The text of the error box (at most 255 characters), or `nil` for Excel's default.
  public var errorMessage: String?
  /// The title of the hint shown when a cell is selected (at most 32 characters), or `nil`.
  public var promptTitle: String?
  /// The hint shown when a cell is selected (at most 255 characters), or `nil` for no hint.
  public var prompt: String?

  /// Creates a rule.
  public init(
    ranges: [CellRange], rule: ValidationRule, allowsBlank: Bool = true, errorStyle: ValidationErrorStyle = .stop,
    errorTitle: String? = nil, errorMessage: String? = nil, promptTitle: String? = nil, prompt: String? = nil
  ) {
    self.ranges = ranges
    self.rule = rule
    self.allowsBlank = allowsBlank
    self.errorStyle = errorStyle
    self.errorTitle = errorTitle
    self.errorMessage = errorMessage
    self.promptTitle = promptTitle
    self.prompt = prompt
  }

  /// Whole numbers ≥ 0 (counts).
  public static func nonNegativeWholeNumber(
    _ ranges: [CellRange], errorTitle: String? = nil, errorMessage: String? = nil
  ) -> DataValidation {
    DataValidation(
      ranges: ranges, rule: .wholeNumber(.greaterThanOrEqual("0")), errorTitle: errorTitle, errorMessage: errorMessage)
  }

  /// Decimal numbers ≥ 0 (amounts).
  public static func nonNegativeDecimal(
    _ ranges: [CellRange], errorTitle: String? = nil, errorMessage: String? = nil
  ) -> DataValidation {
    DataValidation(
      ranges: ranges, rule: .decimal(.greaterThanOrEqual("0")), errorTitle: errorTitle, errorMessage: errorMessage)
  }

  /// Whole numbers of either sign (a yearly change such as `-18`), within ±999,999,999,999.
  public static func signedWholeNumber(
    _ ranges: [CellRange], errorTitle: String? = nil, errorMessage: String? = nil
  ) -> DataValidation {
    DataValidation(
      ranges: ranges, rule: .wholeNumber(.between("-999999999999", "999999999999")), errorTitle: errorTitle,
      errorMessage: errorMessage)
  }
}
