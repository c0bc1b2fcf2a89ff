/// One character on a page with its box, in points from the page's top-left corner (y grows downwards).
struct Glyph: Sendable, Equatable {
  /// The character.
  var character: Character
  /// The left edge.
  var x0: Double
  /// The top edge.
  var y0: Double
  /// The right edge.
  var x1: Double
  /// The bottom edge.
  var y1: Double

  /// The horizontal centre.
  var midX: Double { (x0 + x1) / 2 }
  /// The vertical centre.
  var midY: Double { (y0 + y1) / 2 }
  /// The box's height, about 1.3 times the font size.
  var height: Double { y1 - y0 }
}

/// An axis-aligned box in page points (y grows downwards).
struct Box: Sendable, Equatable {
  var x0: Double
  var y0: Double
  var x1: Double
  var y1: Double

  /// Whether the point lies inside the box, `slack` points around it included.
  func contains(x: Double, y: Double, slack: Double = 0) -> Bool {
    x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack
  }
}
