import NianbaoGrid
import NianbaoPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a web page that carries a report (a whole portal page as saved from a browser or crawled) into grids: the
/// article's paragraphs in the body grid (``DocumentGridBuilder/bodyName``), then every table in a grid of its own
/// (`表格1`, `表格2`, …; a table nested in a layout table is a grid of its own too).
///
/// The page is streamed through libxml2's HTML parser in chunks, in the encoding its byte order mark or `<meta>`
/// declares (GB2312 and GBK read as GB18030); bytes invalid in that encoding are an error, never guessed at.
public enum HTMLReader {
  /// The deepest nesting of elements read.
  public static let maxDepth = 4096
  /// The most table cells one page may hold (report tables hold a few hundred).
  public static let maxCells = 200_000
  /// The most paragraphs a page may hold (a report's article holds a few hundred; every paragraph is kept until the
  /// article is chosen at the end of the page).
  public static let maxParagraphs = 50_000
  /// The longest tag, comment or declaration, in bytes.
  public static let maxTagBytes = 1 << 20
  /// The longest body of one `<script>` or `<style>`, in bytes.
  public static let maxRawTextBytes = 8 << 20

  /// Reads the page at `path`, streaming it from the file.
  public static func read(path: String, limits: ReadLimits = .default) throws(HTMLError) -> [SourceGrid] {
    guard let handle = fopen(path, "rb") else {
      throw HTMLError(
        .unreadableFile, "The file \(path) cannot be opened: \(String(cString: strerror(errno))).")
    }
    defer { fclose(handle) }
    var status = stat()
    if fstat(fileno(handle), &status) == 0, Int(status.st_size) > limits.maxInputBytes {
      throw tooLarge(path, limits)
    }
    var chunk = [UInt8](repeating: 0, count: HTMLEventParser.chunkSize)
    var total = 0
    func next() throws(HTMLError) -> ArraySlice<UInt8> {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
      if count == 0, ferror(handle) != 0 {
        throw HTMLError(.unreadableFile, "The file \(path) could not be read to its end.")
      }
      total += count
      if total > limits.maxInputBytes { throw tooLarge(path, limits) }
      return chunk[0..<count]
    }
    let first = Array(try next())
    let parser = try parser(for: first, complete: first.count < chunk.count, name: path, limits: limits)
    try parser.feed(first[...])
    while true {
      let piece = try next()
      if piece.isEmpty { break }
      try parser.feed(piece)
    }
    return try parser.finish()
  }

  /// Reads a page held in memory; `name` names it in errors.
  public static func read(bytes: [UInt8], name: String, limits: ReadLimits = .default) throws(HTMLError)
    -> [SourceGrid]
  {
    guard bytes.count <= limits.maxInputBytes else { throw tooLarge(name, limits) }
    let head = Array(bytes.prefix(HTMLEventParser.chunkSize))
    let parser = try parser(for: head, complete: head.count == bytes.count, name: name, limits: limits)
    var start = 0
    while start < bytes.count {
      let end = min(start + HTMLEventParser.chunkSize, bytes.count)
      try parser.feed(bytes[start..<end])
      start = end
    }
    return try parser.finish()
  }

  /// Whether bytes look like an HTML page (for sniffing by content): doctype/<html>/<head>/<body>/<table> near the
  /// start, any encoding.
  public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    var head = Array(bytes.prefix(4096))
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) || head.count > 1 && head[1] == 0
      || head.first == 0
    {
      // UTF-16: keep the bytes of the ASCII characters.
      head = head.filter { $0 != 0 && $0 != 0xFF && $0 != 0xFE }
    }
    guard !head.contains(0) else { return false }
    let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    let firstMark = lower.firstIndex { ![0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) }
    guard let firstMark, lower[firstMark] == UInt8(ascii: "<") else { return false }
    for marker in ["<!doctype html", "<html", "<head", "<body", "<table"] {
      let needle = Array(marker.utf8)
      var index = 0
      while index + needle.count <= lower.count {
        if lower[index] == needle[0], lower[index..<index + needle.count].elementsEqual(needle) { return true }
        index += 1
      }
    }
    return false
  }

  private static func parser(for head: [UInt8], complete: Bool, name: String, limits: ReadLimits) throws(HTMLError)
    -> HTMLEventParser
  {
    let encoding: HTMLEncoding
    do {
      encoding = try HTMLEncoding.detect(head, complete: complete)
    } catch {
      throw HTMLError(error.kind, "The page \(name): " + error.message)
    }
    return try HTMLEventParser(
      page: name, encoding: encoding,
      limits: HTMLWalkLimits(maxTextBytes: limits.maxTextBytes, maxDepth: maxDepth, maxCells: maxCells))
  }

  private static func tooLarge(_ name: String, _ limits: ReadLimits) -> HTMLError {
    HTMLError(
      .inputTooLarge,
      "The page \(name) is larger than \(limits.maxInputBytes) bytes (ReadLimits.maxInputBytes); it is not read.")
  }
}
