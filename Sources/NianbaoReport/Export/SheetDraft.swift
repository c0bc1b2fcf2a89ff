import NianbaoXLSX

/// A sheet being assembled: its cells, merges and the texts its columns and rows must show. ``sheet(named:)`` turns
/// it into a ``SheetDocument`` with column widths and row heights derived from those texts.
struct SheetDraft {
  /// How a text placed in the draft affects the sheet's sizes.
  enum Sizing {
    /// The text wraps within its cells and widens its columns up to a cap (labels).
    case wrapped
    /// The text stays on one line and widens its columns (values).
    case singleLine
    /// The text wraps within the width the other texts give and only sets its row's height (titles).
    case heightOnly
    /// The text overflows into the empty cells beside it and sets nothing (section titles).
    case none
  }

  /// The cells, in placement order.
  private(set) var cells: [WriteCell] = []
  /// The merged areas, in placement order.
  private(set) var merges: [CellRange] = []
  /// The texts sizing the columns and rows.
  private(set) var texts: [SizedText] = []
  /// The least height of some rows, in points.
  var minimumRowHeights: [Int: Double] = [:]
  /// The least width of some columns, in characters.
  var minimumColumnWidths: [Int: Double] = [:]
  /// Column widths fixed in advance, overriding what the texts ask for.
  var fixedColumnWidths: [Int: Double] = [:]

  /// Places a value in an area: the value in its top-left cell, the same style on every cell of the area (so that
  /// borders are drawn all round a merged cell), and a merge when the area has more than one cell.
  mutating func fill(
    _ area: CellRange, _ value: CellValue, formula: String? = nil, style: CellStyle, fontSize: Double,
    sizing: Sizing
  ) {
    for row in area.start.row...area.end.row {
      for column in area.start.column...area.end.column {
        let reference = CellReference(row: row, column: column)!
        cells.append(
          WriteCell(
            reference, reference == area.start ? value : .empty, formula: reference == area.start ? formula : nil,
            style: style))
      }
    }
    if area.start != area.end { merges.append(area) }
    let text = value.text
    guard !text.isEmpty else { return }
    switch sizing {
    case .wrapped:
      texts.append(SizedText(range: area, text: text, fontSize: fontSize, wraps: true, setsWidth: true))
    case .singleLine:
      texts.append(SizedText(range: area, text: text, fontSize: fontSize, wraps: false, setsWidth: true))
    case .heightOnly:
      texts.append(SizedText(range: area, text: text, fontSize: fontSize, wraps: true, setsWidth: false))
    case .none:
      break
    }
  }

  /// The sheet, with widths and heights derived from the placed texts.
  func sheet(named name: String) -> SheetDocument {
    let widths = ColumnSizing.widths(for: texts).merging(minimumColumnWidths, uniquingKeysWith: max)
      .merging(fixedColumnWidths) { _, fixed in fixed }
    let heights = ColumnSizing.heights(for: texts, widths: widths, minimum: minimumRowHeights)
    return SheetDocument(name: name, cells: cells, merges: merges, columnWidths: widths, rowHeights: heights)
  }
}
