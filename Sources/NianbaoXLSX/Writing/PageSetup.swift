/// Which way up the page is printed.
public enum PageOrientation: String, Hashable, Sendable {
  /// Taller than wide.
  case portrait
  /// Wider than tall.
  case landscape
}

/// Printing scaled to fit a number of pages.
public struct PageFit: Hashable, Sendable {
  /// The number of pages across (0 = as many as needed).
  public var pagesWide: Int
  /// The number of pages down (0 = as many as needed).
  public var pagesTall: Int

  /// Creates a fit; the default is one page wide and as many pages tall as needed.
  public init(pagesWide: Int = 1, pagesTall: Int = 0) {
    self.pagesWide = pagesWide
    self.pagesTall = pagesTall
  }
}

/// Page margins in inches.
public struct PageMargins: Hashable, Sendable {
  /// The left margin.
  public var left: Double
  /// The right margin.
  public var right: Double
  /// The top margin.
  public var top: Double
  /// The bottom margin.
  public var bottom: Double
  /// The header's distance from the top edge.
  public var header: Double
  /// The footer's distance from the bottom edge.
  public var footer: Double

  /// Creates margins; the defaults are Excel's "Normal" margins.
  public init(
    left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75, header: Double = 0.3,
    footer: Double = 0.3
  ) {
    self.left = left
    self.right = right
    self.top = top
    self.bottom = bottom
    self.header = header
    self.footer = footer
  }
}

/// How a sheet is printed: paper, orientation, scaling, margins and centring.
public struct PageSetup: Hashable, Sendable {
  /// The paper size code of ECMA-376 (`9` is A4, `8` is A3, `1` is Letter).
  public var paperSize: Int
  /// Portrait or landscape.
  public var orientation: PageOrientation
  /// Fit-to-pages scaling, or `nil` to print at 100 %.
  public var fit: PageFit?
  /// The margins.
  public var margins: PageMargins
  /// Whether the printed area is centred across the page.
  public var centersHorizontally: Bool

  /// Creates a page setup; the default is A4 portrait at 100 % with Excel's normal margins.
  public init(
    paperSize: Int = PageSetup.a4, orientation: PageOrientation = .portrait, fit: PageFit? = nil,
    margins: PageMargins = PageMargins(), centersHorizontally: Bool = false
  ) {
    self.paperSize = paperSize
    self.orientation = orientation
    self.fit = fit
    self.margins = margins
    self.centersHorizontally = centersHorizontally
  }

  /// The paper size code of A4 paper.
  public static let a4 = 9
  /// The paper size code of A3 paper.
  public static let a3 = 8
}
