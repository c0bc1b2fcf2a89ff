import NianbaoXLSX

/// A text the column widths and row heights of a sheet must show.
struct SizedText: Sendable, Hashable {
  /// The cells the text occupies (its merged area).
  var range: CellRange
  /// The text.
  var text: String
  /// The font size in points.
  var fontSize: Double
  /// Whether the text wraps inside its cells (otherwise it stays on its lines).
  var wraps: Bool
  /// Whether the columns are widened for it; a text that does not set widths (a title) only sets row heights.
  var setsWidth: Bool
}

/// Column widths and row heights that show every label: derived from the texts' display widths, with long labels
/// capped and wrapped onto several lines.
enum ColumnSizing {
  /// The room a cell's margins and border take, in width units.
  static let padding = 2.0
  /// The widest a column grows for one label; a longer label wraps.
  static let maximumWidth = 24.0
  /// The width of a column no text sets (Excel's default).
  static let defaultWidth = 8.43
  /// The space above and below the lines of a cell, in points.
  static let verticalPadding = 6.0
  /// The tallest a row may be (Excel's limit).
  static let maximumHeight = 409.0

  /// The height of one line of text of a font size, in points (14.25 for 11-point 宋体, rounded up).
  static func lineHeight(fontSize: Double) -> Double {
    (fontSize * 1.3 * 4).rounded(.up) / 4
  }

  /// The width a text asks for in the columns it spans: its display width plus padding, capped when it wraps.
  static func requiredWidth(_ text: SizedText) -> Double {
    let natural = DisplayWidth.units(of: text.text) * text.fontSize / 11 + padding
    let cap = text.wraps ? maximumWidth * Double(text.range.columnCount) : 255
    return min(natural, cap)
  }

  /// Column widths, by 1-based column, for every column some text sets: single-column texts first, then each
  /// wider text spreads what its columns lack evenly over them (narrowest spans first).
  static func widths(for texts: [SizedText]) -> [Int: Double] {
    var widths: [Int: Double] = [:]
    let sizing = texts.filter(\.setsWidth)
    for text in sizing where text.range.columnCount == 1 {
      let column = text.range.start.column
      widths[column] = max(widths[column] ?? 0, requiredWidth(text))
    }
    let wide = sizing.filter { $0.range.columnCount > 1 }.enumerated().sorted {
      ($0.element.range.columnCount, $0.offset) < ($1.element.range.columnCount, $1.offset)
    }
    for (_, text) in wide {
      let columns = text.range.start.column...text.range.end.column
      let current = columns.reduce(0) { $0 + (widths[$1] ?? 0) }
      let missing = requiredWidth(text) - current
      guard missing > 0 else { continue }
      for column in columns {
        widths[column] = (widths[column] ?? 0) + missing / Double(columns.count)
      }
    }
    return widths.mapValues { min(($0 * 2).rounded(.up) / 2, 255) }
  }

  /// Row heights, by 1-based row, for every row some text occupies: enough lines for each text at the given column
  /// widths; a text spanning rows shares its height among them. Rows never go below `minimum`.
  static func heights(for texts: [SizedText], widths: [Int: Double], minimum: [Int: Double]) -> [Int: Double] {
    var heights = minimum
    for text in texts {
      let columns = text.range.start.column...text.range.end.column
      let available = columns.reduce(0) { $0 + (widths[$1] ?? defaultWidth) } - padding
      let capacity = max(available * 11 / text.fontSize, 1)
      let lines = DisplayWidth.lines(of: text.text).reduce(0) { count, line in
        count + (text.wraps ? max(1, Int((DisplayWidth.units(ofLine: line) / capacity).rounded(.up))) : 1)
      }
      let height = Double(lines) * lineHeight(fontSize: text.fontSize) + verticalPadding
      let share = height / Double(text.range.rowCount)
      for row in text.range.start.row...text.range.end.row {
        heights[row] = max(heights[row] ?? 0, share)
      }
    }
    return heights.mapValues { min(($0 * 4).rounded(.up) / 4, maximumHeight) }
  }
}
