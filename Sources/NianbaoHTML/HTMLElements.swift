/// How the reader treats an HTML element, by its (lower-case) name and attributes.
enum HTMLElements {
  /// Elements whose content is never text of the page: scripts, styles, templates, form controls, embedded media.
  static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "select", "option", "optgroup", "datalist", "button", "textarea",
    "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "map", "head",
  ]

  /// Elements that begin and end a block of text (a paragraph in the body, a line in a cell).
  static let blocks: Set<String> = [
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul", "caption", "legend", "body",
    "html", "table", "tr", "td", "th", "tbody", "thead", "tfoot",
  ]

  /// Elements that hold navigation or page chrome rather than the article (outside `<article>` and `<main>`).
  static let chromeElements: Set<String> = ["nav", "header", "footer", "aside", "menu"]

  /// ARIA roles of navigation and page chrome.
  static let chromeRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
  ]

  /// Words in a `class` or `id` that name page chrome (`div class="header"`, `id="footer_nav"`).
  static let chromeWords: Set<String> = [
    "header", "footer", "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "crumb",
    "sidebar", "banner", "search", "share", "copyright", "toolbar", "topbar",
  ]

  /// Whether a `class` or `id` value names page chrome: one of its words (split at anything but letters and
  /// digits) is a ``chromeWords`` word.
  static func namesChrome(_ value: String) -> Bool {
    var word = ""
    for scalar in value.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        word.unicodeScalars.append(scalar)
      } else {
        if chromeWords.contains(word) { return true }
        word = ""
      }
    }
    return chromeWords.contains(word)
  }

  /// A span attribute (`colspan`, `rowspan`) as a browser reads it: leading digits, clamped to 1…`maximum`.
  static func span(_ value: String?, maximum: Int) -> Int {
    guard let value else { return 1 }
    let digits = value.drop { $0 == " " || $0 == "\t" }.prefix { $0.isASCII && $0.isNumber }.prefix(6)
    guard let number = Int(digits), number >= 1 else { return 1 }
    return min(number, maximum)
  }
}
