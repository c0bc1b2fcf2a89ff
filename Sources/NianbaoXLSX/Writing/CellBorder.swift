/// The line style of one edge of a cell's border.
public enum BorderLineStyle: String, Hashable, Sendable {
  /// A thin line.
  case thin
  /// A medium line.
  case medium
  /// A thick line.
  case thick
  /// A double line.
  case double
  /// A dashed line.
  case dashed
  /// A dotted line.
  case dotted
  /// A hairline.
  case hair
}

/// One edge of a cell's border: its line style and colour.
public struct BorderEdge: Hashable, Sendable {
  /// The line style.
  public var style: BorderLineStyle
  /// The line colour.
  public var color: CellColor

  /// Creates an edge; black unless told otherwise.
  public init(style: BorderLineStyle, color: CellColor = .black) {
    self.style = style
    self.color = color
  }

  /// A thin black line.
  public static let thin = BorderEdge(style: .thin)
}

/// A cell's border: up to four edges, each `nil` when absent.
public struct CellBorder: Hashable, Sendable {
  /// The left edge.
  public var left: BorderEdge?
  /// The right edge.
  public var right: BorderEdge?
  /// The top edge.
  public var top: BorderEdge?
  /// The bottom edge.
  public var bottom: BorderEdge?

  /// Creates a border from its edges; all absent by default.
  public init(left: BorderEdge? = nil, right: BorderEdge? = nil, top: BorderEdge? = nil, bottom: BorderEdge? = nil) {
    self.left = left
    self.right = right
    self.top = top
    self.bottom = bottom
  }

  /// Creates a border with the same edge on all four sides.
  public init(all edge: BorderEdge) {
    self.init(left: edge, right: edge, top: edge, bottom: edge)
  }

  /// No border.
  public static let none = CellBorder()
  /// A thin black line on all four sides, as table cells in the official report layout have.
  public static let thin = CellBorder(all: .thin)
}
