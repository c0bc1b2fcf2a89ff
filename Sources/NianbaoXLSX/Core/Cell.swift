/// One cell as read from a worksheet.
public struct Cell: Hashable, Sendable {
  /// Where the cell is.
  public var reference: CellReference
  /// The value; for a formula cell, its cached value (`.empty` when the file holds none).
  public var value: CellValue
  /// The formula text without the leading `=`, or `nil` for a plain value.
  public var formula: String?
  /// The number format applied to the cell.
  public var numberFormat: NumberFormat

  /// Creates a cell.
  public init(
    reference: CellReference, value: CellValue, formula: String? = nil, numberFormat: NumberFormat = .general
  ) {
    self.reference = reference
    self.value = value
    self.formula = formula
    self.numberFormat = numberFormat
  }

  /// Whether a formula cell carries a cached value. `false` for plain cells.
  public var hasCachedValue: Bool { formula != nil && value != .empty }
}

/// A cell's number format: its code and what kind of quantity it shows.
public struct NumberFormat: Hashable, Sendable {
  /// What a number format shows.
  public enum Category: String, Sendable {
    /// `General` or a plain number pattern.
    case number
    /// A percentage (`0%`, `0.00%`).
    case percent
    /// A date, time or both.
    case date
    /// Text (`@`).
    case text
  }

  /// The format id in the workbook (built-in ids are below 164).
  public var id: Int
  /// The format code, such as `General`, `0.00` or `yyyy-mm-dd`.
  public var code: String
  /// What the format shows.
  public var category: Category

  /// Creates a number format, classifying the code.
  public init(id: Int, code: String) {
    self.id = id
    self.code = code
    self.category = NumberFormat.classify(id: id, code: code)
  }

  /// The `General` format.
  public static let general = NumberFormat(id: 0, code: "General")

  /// The code of a built-in format id, per ECMA-376 Part 1, 18.8.30.
  public static func builtInCode(_ id: Int) -> String? {
    switch id {
    case 0: return "General"
    case 1: return "0"
    case 2: return "0.00"
    case 3: return "#,##0"
    case 4: return "#,##0.00"
    case 9: return "0%"
    case 10: return "0.00%"
    case 11: return "0.00E+00"
    case 12: return "# ?/?"
    case 13: return "# ??/??"
    case 14: return "mm-dd-yy"
    case 15: return "d-mmm-yy"
    case 16: return "d-mmm"
    case 17: return "mmm-yy"
    case 18: return "h:mm AM/PM"
    case 19: return "h:mm:ss AM/PM"
    case 20: return "h:mm"
    case 21: return "h:mm:ss"
    case 22: return "m/d/yy h:mm"
    case 37: return "#,##0 ;(#,##0)"
    case 38: return "#,##0 ;[Red](#,##0)"
    case 39: return "#,##0.00;(#,##0.00)"
    case 40: return "#,##0.00;[Red](#,##0.00)"
    case 45: return "mm:ss"
    case 46: return "[h]:mm:ss"
    case 47: return "mmss.0"
    case 48: return "##0.0E+0"
    case 49: return "@"
    default: return nil
    }
  }

  /// Classifies a format as number, percent, date or text by its id and code.
  static func classify(id: Int, code: String) -> Category {
    if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
      return .date
    }
    if id == 9 || id == 10 { return .percent }
    if id == 49 || code == "@" { return .text }
    // Drop quoted literals, escaped characters and bracketed sections ([Red], [$-804]) but keep elapsed-time [h].
    var stripped = ""
    var inQuote = false
    var inBracket = false
    var bracket = ""
    var escape = false
    for character in code {
      if escape {
        escape = false
        continue
      }
      if inQuote {
        if character == "\"" { inQuote = false }
        continue
      }
      if inBracket {
        if character == "]" {
          inBracket = false
          let lowered = bracket.lowercased()
          if ["h", "hh", "m", "mm", "s", "ss"].contains(lowered) { stripped += lowered }
          bracket = ""
        } else {
          bracket.append(character)
        }
        continue
      }
      switch character {
      case "\"": inQuote = true
      case "\\": escape = true
      case "[": inBracket = true
      case "_", "*": escape = true
      default: stripped.append(character)
      }
    }
    let lowered = stripped.lowercased()
    if lowered.contains("%") { return .percent }
    if lowered.contains(where: { "ymdhs".contains($0) }) && !lowered.contains("general") { return .date }
    if lowered == "@" { return .text }
    return .number
  }
}
