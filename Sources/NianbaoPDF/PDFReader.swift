import NianbaoGrid

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a published report PDF (a Word document saved as PDF) into grids: the body paragraphs in a grid named
/// 正文 (title, headings, paragraphs; page headers, footers and numbers left out) and each table in its own grid
/// (表格1, 表格2, …), rows and columns recovered from the positions of the ruling lines and of the text.
public enum PDFReader {
  /// Pixels per point at which pages are rendered to find their rules.
  static let renderScale = 2.0

  /// Reads the PDF at `path`.
  public static func read(path: String, limits: PDFLimits = .default) throws(PDFError) -> [SourceGrid] {
    try read(bytes: readFile(path, limit: limits.maxBytes), name: path, limits: limits)
  }

  /// Reads a PDF held in memory; `name` names it in messages.
  public static func read(bytes: [UInt8], name: String, limits: PDFLimits = .default) throws(PDFError)
    -> [SourceGrid]
  {
    guard bytes.count <= limits.maxBytes else {
      throw PDFError(.tooLarge, "\(name) has \(bytes.count) bytes, more than the limit of \(limits.maxBytes).")
    }
    guard bytes.prefix(1024).starts(with: Array("%PDF".utf8)) || contains(bytes.prefix(1024), "%PDF-") else {
      throw PDFError(.notPDF, "\(name) is not a PDF: it does not begin with “%PDF”.")
    }
    try StreamScanner.check(bytes, name: name, maxStreamBytes: limits.maxStreamBytes)
    let document = try PopplerDocument(bytes: bytes, name: name)
    guard document.pageCount > 0 else { throw PDFError(.damaged, "\(name) has no pages.") }
    guard document.pageCount <= limits.maxPages else {
      throw PDFError(
        .tooManyPages, "\(name) has \(document.pageCount) pages, more than the limit of \(limits.maxPages).")
    }
    let clock = ContinuousClock()
    let start = clock.now
    var pages: [PageReading] = []
    for index in 0..<document.pageCount {
      let pageStart = clock.now
      let (content, tooMany) = document.page(index, maxCharacters: limits.maxCharactersPerPage)
      if tooMany {
        throw PDFError(
          .tooLarge, page: index + 1,
          "Page \(index + 1) of \(name) holds more than \(limits.maxCharactersPerPage) characters.")
      }
      guard let content else {
        throw PDFError(.damaged, page: index + 1, "Page \(index + 1) of \(name) cannot be read: it is damaged.")
      }
      var tables: [RuledTable] = []
      if !content.glyphs.isEmpty, let image = document.luminance(index, scale: renderScale) {
        let segments = RuledTable.segments(
          pixels: image.pixels, width: image.width, height: image.height,
          scale: Double(image.width) / max(content.width, 1))
        tables = RuledTable.tables(from: segments).filter { table in
          content.glyphs.contains { table.box.contains(x: $0.midX, y: $0.midY) }
        }
      }
      pages.append(PageReading(index: index, content: content, tables: tables))
      let elapsed = clock.now - pageStart
      if elapsed > .seconds(limits.maxSecondsPerPage) {
        throw PDFError(
          .tooSlow, page: index + 1,
          "Page \(index + 1) of \(name) took longer than \(limits.maxSecondsPerPage) seconds to read.")
      }
      if clock.now - start > .seconds(limits.maxSeconds) {
        throw PDFError(
          .tooSlow, page: index + 1,
          "\(name) took longer than \(limits.maxSeconds) seconds to read (stopped at page \(index + 1)).")
      }
    }
    if pages.allSatisfy({ $0.content.glyphs.isEmpty }) {
      throw imagesOnly(pages, name: name)
    }
    return DocumentAssembler.grids(pages)
  }

  /// The error for a PDF without a text layer, naming the pages that hold images.
  static func imagesOnly(_ pages: [PageReading], name: String) -> PDFError {
    let withImages = pages.filter { $0.content.imageArea > 0 }.map { $0.index + 1 }
    guard !withImages.isEmpty else {
      return PDFError(.imagesOnly, "\(name) holds no text: its pages are blank or drawn without a text layer.")
    }
    let largest = pages.max { $0.content.imageArea < $1.content.imageArea }.map { $0.index + 1 }
    let list = withImages.map(String.init).joined(separator: ", ")
    return PDFError(
      .imagesOnly, page: largest,
      "\(name) has no text layer: its pages are images (a scan) — page\(withImages.count == 1 ? "" : "s") \(list) "
        + "hold only images, so the tables (table 三 among them) cannot be read without OCR.")
  }

  private static func contains(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard bytes.count >= needle.count else { return false }
    let array = Array(bytes)
    return (0...array.count - needle.count).contains { array[$0..<$0 + needle.count].elementsEqual(needle) }
  }

  /// The bytes of a file, refusing files larger than `limit`.
  static func readFile(_ path: String, limit: Int) throws(PDFError) -> [UInt8] {
    guard let handle = fopen(path, "rb") else {
      throw PDFError(.unreadableFile, "The file \(path) cannot be opened: \(String(cString: strerror(errno))).")
    }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&chunk, 1, chunk.count, handle)
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit {
        throw PDFError(.tooLarge, "\(path) is larger than the limit of \(limit) bytes.")
      }
    }
    if ferror(handle) != 0 { throw PDFError(.unreadableFile, "The file \(path) cannot be read.") }
    return bytes
  }
}

/// One page as read: its content and the ruled tables found on it.
struct PageReading {
  var index: Int
  var content: PopplerDocument.PageContent
  var tables: [RuledTable]
}
