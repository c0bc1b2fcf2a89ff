/// A line of text: glyphs that share a vertical band, left to right.
struct TextLine: Sendable, Equatable {
  /// The glyphs, left to right.
  var glyphs: [Glyph]

  /// The left edge of the first glyph.
  var x0: Double { glyphs.first?.x0 ?? 0 }
  /// The right edge of the last glyph.
  var x1: Double { glyphs.last?.x1 ?? 0 }
  /// The top of the band.
  var y0: Double { glyphs.map(\.y0).min() ?? 0 }
  /// The bottom of the band.
  var y1: Double { glyphs.map(\.y1).max() ?? 0 }
  /// The typical glyph height.
  var height: Double { glyphs.map(\.height).max() ?? 0 }

  /// The text, with a space wherever the gap between two glyphs is wider than a third of the font size
  /// (narrower gaps are the spacing a word processor puts between Chinese and Latin text, not a space).
  var text: String {
    var result = ""
    var previous: Glyph?
    for glyph in glyphs {
      if let previous {
        let em = max(previous.height, glyph.height) / 1.3
        if glyph.x0 - previous.x1 > 0.3 * em { result.append(" ") }
      }
      result.append(glyph.character)
      previous = glyph
    }
    return result
  }

  /// Groups glyphs into lines: a glyph joins the line whose band it overlaps by at least half its height; lines are
  /// returned top to bottom.
  static func lines(of glyphs: [Glyph]) -> [TextLine] {
    var bands: [(y0: Double, y1: Double, glyphs: [Glyph])] = []
    for glyph in glyphs.sorted(by: { ($0.y0, $0.x0) < ($1.y0, $1.x0) }) {
      let index = bands.lastIndex { band in
        let overlap = min(band.y1, glyph.y1) - max(band.y0, glyph.y0)
        return overlap >= 0.5 * min(glyph.height, band.y1 - band.y0)
      }
      if let index {
        bands[index].glyphs.append(glyph)
        bands[index].y0 = min(bands[index].y0, glyph.y0)
        bands[index].y1 = max(bands[index].y1, glyph.y1)
      } else {
        bands.append((glyph.y0, glyph.y1, [glyph]))
      }
    }
    return bands.sorted { $0.y0 < $1.y0 }.map { TextLine(glyphs: $0.glyphs.sorted { $0.x0 < $1.x0 }) }
  }
}
