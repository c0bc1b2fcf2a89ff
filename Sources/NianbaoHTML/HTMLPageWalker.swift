import NianbaoGrid

/// Turns the element and text events of a web page into grids: every table (nested ones too) into a grid of its
/// own through ``DocumentGridBuilder``, and the article's paragraphs into the body grid.
///
/// The body is the article, not the portal around it. Text in ``HTMLElements/skipped`` elements is never read, and
/// text in page chrome (``HTMLElements/chromeElements``, chrome roles, `class`/`id` words such as `header`, `footer`,
/// `breadcrumb`) is not a paragraph. Of the rest, the article is found as a reader-view finds it: every paragraph
/// scores its length to the element holding it and half of it to that element's parent, and the element with the
/// highest score holds the article — unless the page marks its article with an `<article>` element (as the page
/// `nianbao render` writes does, whose sections are sibling elements), when the first outermost `<article>` holding
/// paragraphs is the article; its paragraphs, in order, are the body. The page's title comes first: its first
/// `<h1>` outside chrome and tables, else its `<title>` up to the first `_`, `|` or ` - ` (where portals append the
/// column and site names). Paragraphs inside table cells belong to the body only when the table is a layout table
/// (one that holds another table).
struct HTMLPageWalker {
  /// The page, named in errors.
  let page: String
  /// The most text bytes kept (cells and paragraphs together).
  let maxTextBytes: Int
  /// The deepest nesting of elements allowed.
  let maxDepth: Int
  /// The first failure; once set, every event is ignored and the parser is stopped.
  private(set) var failure: HTMLError?

  private var builder: DocumentGridBuilder

  /// An open element.
  private struct Frame {
    var name: String
    var isBlock: Bool
    var skip: Bool
    var chrome: Bool
    var article: Bool
    /// The number of paragraphs recorded before the element began.
    var firstParagraph: Int
    /// The text length of the paragraphs it holds (their own length) and its children hold (half).
    var score = 0
    /// The text length of every paragraph inside it, at any depth.
    var total = 0
  }

  /// An open table.
  private struct Table {
    var hasNested = false
    var cell: TextCollector?
    var columnSpan = 1
    var rowSpan = 1
    /// The paragraphs recorded in its cells, which join the body if it proves to be a layout table.
    var paragraphs: [Int] = []
  }

  /// A paragraph found in the page.
  private struct Paragraph {
    var text: String
    var inBody: Bool
  }

  private var stack: [Frame] = []
  private var tables: [Table] = []
  private var skipDepth = 0
  private var chromeDepth = 0
  private var articleDepth = 0
  private var paragraph = TextCollector()
  private var paragraphs: [Paragraph] = []
  /// The paragraphs found outside tables (those in cells are bounded by the cell limit).
  private var bodyParagraphs = 0
  private var best: (score: Int, first: Int, end: Int)?
  /// The paragraphs of the first outermost `<article>` element that holds any.
  private var marked: (first: Int, end: Int)?
  private var inTitle = false
  private var title = TextCollector()
  private var heading: String?
  private var textBytes = 0

  /// Creates a walker for the page named `page`.
  init(page: String, maxTextBytes: Int, maxDepth: Int, maxCells: Int) {
    self.page = page
    self.maxTextBytes = maxTextBytes
    self.maxDepth = maxDepth
    builder = DocumentGridBuilder(maxCells: maxCells)
  }

  /// An element begins; `attribute` gives the value of one of its attributes by lower-case name.
  mutating func start(_ name: String, attribute: (String) -> String?) {
    guard failure == nil else { return }
    guard stack.count < maxDepth else {
      return fail(.tooDeep, "elements nest deeper than \(maxDepth) levels (no real page does)")
    }
    if name == "title", stack.contains(where: { $0.name == "head" }) { inTitle = true }
    let skip = skipDepth > 0 || HTMLElements.skipped.contains(name)
    let first = paragraphs.count
    func frameOf(_ isBlock: Bool, _ chrome: Bool, _ article: Bool) -> Frame {
      Frame(name: name, isBlock: isBlock, skip: skip, chrome: chrome, article: article, firstParagraph: first)
    }
    if skip {
      skipDepth += 1
      stack.append(frameOf(false, false, false))
      return
    }
    let isBlock = HTMLElements.blocks.contains(name)
    if name == "br" {
      tables.last?.cell != nil ? tables[tables.count - 1].cell?.lineBreak() : ()
      flushParagraph()
    } else if isBlock {
      if tables.last?.cell != nil { tables[tables.count - 1].cell?.blockBoundary() }
      flushParagraph()
    }
    let role = attribute("role")?.lowercased()
    let article = name == "article" || name == "main" || role == "main"
    let chrome =
      (HTMLElements.chromeElements.contains(name) && articleDepth == 0)
      || role.map(HTMLElements.chromeRoles.contains) == true
      || attribute("class").map(HTMLElements.namesChrome) == true
      || attribute("id").map(HTMLElements.namesChrome) == true
    switch name {
    case "table":
      for index in tables.indices { tables[index].hasNested = true }
      builder.beginTable()
      tables.append(Table())
    case "tr" where !tables.isEmpty:
      closeCell()
      builder.beginRow()
    case "td", "th":
      guard !tables.isEmpty else { break }
      closeCell()
      tables[tables.count - 1].cell = TextCollector()
      tables[tables.count - 1].columnSpan = HTMLElements.span(attribute("colspan"), maximum: 1000)
      tables[tables.count - 1].rowSpan = HTMLElements.span(attribute("rowspan"), maximum: 65_534)
    default: break
    }
    if chrome { chromeDepth += 1 }
    if article { articleDepth += 1 }
    stack.append(
      Frame(
        name: name, isBlock: isBlock, skip: false, chrome: chrome, article: article,
        firstParagraph: paragraphs.count))
  }

  /// An element ends (libxml2 reports the end of every element it began, closing implied ends itself).
  mutating func end(_ name: String) {
    guard failure == nil, let frame = stack.last else { return }
    if name == "title" { inTitle = false }
    if frame.skip {
      skipDepth -= 1
      stack.removeLast()
      return
    }
    if frame.isBlock {
      if tables.last?.cell != nil { tables[tables.count - 1].cell?.blockBoundary() }
      flushParagraph()
    }
    switch frame.name {
    case "td", "th", "tr": closeCell()
    case "table":
      closeCell()
      endTable()
    default: break
    }
    if frame.chrome { chromeDepth -= 1 }
    if frame.article { articleDepth -= 1 }
    stack.removeLast()
    if frame.score > (best?.score ?? 0) {
      best = (frame.score, frame.firstParagraph, paragraphs.count)
    }
    if frame.name == "article", marked == nil, frame.total > 0, !frame.chrome, chromeDepth == 0,
      !stack.contains(where: { $0.name == "article" })
    {
      marked = (frame.firstParagraph, paragraphs.count)
    }
  }

  /// Text of the page, in UTF-8.
  mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {
    guard failure == nil else { return }
    if inTitle {
      title.append(text)
      return count(text.count)
    }
    guard skipDepth == 0 else { return }
    if !tables.isEmpty {
      guard tables[tables.count - 1].cell != nil else { return }
      tables[tables.count - 1].cell?.append(text)
      count(text.count)
    }
    if chromeDepth == 0 {
      paragraph.append(text)
      count(text.count)
    }
  }

  /// The grids: the body (title, then the article's paragraphs), then every table in the order it began.
  mutating func grids() -> [SourceGrid] {
    flushParagraph()
    while !tables.isEmpty {
      closeCell()
      endTable()
    }
    var body: [String] = []
    if let article = marked ?? best.map({ (first: $0.first, end: $0.end) }) {
      body = paragraphs[article.first..<article.end].filter(\.inBody).map(\.text)
    }
    let heading = heading ?? Self.titlePart(title.take())
    if !heading.isEmpty, body.first != heading { builder.paragraph(heading) }
    for text in body { builder.paragraph(text) }
    return builder.grids()
  }

  /// A document title up to the first separator portals put before the column and site names.
  static func titlePart(_ title: String) -> String {
    var part = Substring(title)
    for separator in ["_", "|", "｜", " - ", " – ", " — "] {
      if let range = part.range(of: separator), range.lowerBound > part.startIndex {
        part = part[..<range.lowerBound]
      }
    }
    return part.trimmingSpaces()
  }

  private mutating func count(_ bytes: Int) {
    textBytes += bytes
    if textBytes > maxTextBytes {
      fail(.contentLimitExceeded, "the page holds more than \(maxTextBytes) bytes of text (ReadLimits.maxTextBytes)")
    }
  }

  private mutating func flushParagraph() {
    guard !paragraph.isEmpty else { return }
    let text = paragraph.take()
    guard !text.isEmpty else { return }
    guard !tables.isEmpty || bodyParagraphs < HTMLReader.maxParagraphs else {
      return fail(
        .contentLimitExceeded,
        "the page holds more than \(HTMLReader.maxParagraphs) paragraphs; a report holds a few hundred")
    }
    if tables.isEmpty { bodyParagraphs += 1 }
    let length = text.unicodeScalars.count
    let index = paragraphs.count
    paragraphs.append(Paragraph(text: text, inBody: tables.isEmpty))
    if !tables.isEmpty { tables[tables.count - 1].paragraphs.append(index) }
    guard let owner = stack.lastIndex(where: \.isBlock) else { return }
    if stack[owner].name == "h1", heading == nil, tables.isEmpty { heading = text }
    if tables.isEmpty {
      for index in stack.indices { stack[index].total += length }
    }
    if owner >= 1 { stack[owner - 1].score += length }
    if owner >= 2 { stack[owner - 2].score += length / 2 }
  }

  private mutating func closeCell() {
    guard let last = tables.indices.last, var cell = tables[last].cell else { return }
    tables[last].cell = nil
    let added = builder.cell(cell.take(), columnSpan: tables[last].columnSpan, rowSpan: tables[last].rowSpan)
    if !added { fail(.contentLimitExceeded, "the page's tables hold more than \(builder.maxCells) cells") }
  }

  private mutating func endTable() {
    builder.endTable()
    let table = tables.removeLast()
    if table.hasNested {
      for index in table.paragraphs { paragraphs[index].inBody = true }
    }
  }

  private mutating func fail(_ kind: HTMLError.Kind, _ detail: String) {
    if failure == nil { failure = HTMLError(kind, "The page \(page) cannot be read: \(detail).") }
  }

  /// Records a failure found outside the walker (by the parser or the byte checks).
  mutating func stop(_ error: HTMLError) {
    if failure == nil { failure = error }
  }
}

extension Substring {
  /// The text without white space at either end.
  fileprivate func trimmingSpaces() -> String {
    var scalars = unicodeScalars[...]
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
