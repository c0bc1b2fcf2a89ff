/// How text sits across a cell.
public enum HorizontalAlignment: String, Hashable, Sendable {
  /// Text left, numbers right (the default).
  case general
  /// Flush left.
  case left
  /// Centred.
  case center
  /// Flush right.
  case right
  /// Repeated to fill the cell.
  case fill
  /// Justified.
  case justify
  /// Centred across the selection.
  case centerContinuous
  /// Distributed evenly.
  case distributed
}

/// How text sits up and down a cell.
public enum VerticalAlignment: String, Hashable, Sendable {
  /// At the top.
  case top
  /// Centred.
  case center
  /// At the bottom (the default).
  case bottom
  /// Justified.
  case justify
  /// Distributed evenly.
  case distributed
}

/// A cell's alignment and text wrapping.
public struct CellAlignment: Hashable, Sendable {
  /// The horizontal alignment, or `nil` for the default.
  public var horizontal: HorizontalAlignment?
  /// The vertical alignment, or `nil` for the default (bottom).
  public var vertical: VerticalAlignment?
  /// Whether long text wraps onto several lines.
  public var wrapsText: Bool

  /// Creates an alignment; the default leaves everything as Excel's default.
  public init(horizontal: HorizontalAlignment? = nil, vertical: VerticalAlignment? = nil, wrapsText: Bool = false) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.wrapsText = wrapsText
  }

  /// Whether the alignment differs from the default (and so must be written).
  var isDefault: Bool { horizontal == nil && vertical == nil && !wrapsText }
}
