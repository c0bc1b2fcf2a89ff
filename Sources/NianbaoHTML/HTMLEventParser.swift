import CXML2
import NianbaoGrid

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libxml2's HTML push parser over one page, fed in chunks, its SAX callbacks driving an ``HTMLPageWalker``; no tree
/// is ever built.
///
/// Options: `HTML_PARSE_NONET` (no network), `NOERROR`/`NOWARNING` (a web page's sloppiness is normal) and
/// `IGNORE_ENC`: the encoding is settled by ``HTMLEncoding`` and handed to libxml2 (whose iconv converts it), and a
/// `<meta>` met later cannot switch it. An HTML parser never loads a DTD or expands anything but the HTML character
/// entities, so a `<!DOCTYPE … [<!ENTITY …>]>` is inert. Before libxml2 sees them, UTF-8 bytes are validated and every
/// tag and comment is held to ``HTMLReader/maxTagBytes`` (libxml2 buffers a whole tag before parsing it).
final class HTMLEventParser {
  /// The bytes fed per chunk.
  static let chunkSize = 1 << 16

  private(set) var walker: HTMLPageWalker
  private var context: htmlParserCtxtPtr?
  private let encoding: HTMLEncoding
  private let page: String
  private var validator = UTF8Validator()
  private var offset = 0
  private var markup = MarkupGuard(maxTagBytes: HTMLReader.maxTagBytes, maxRawTextBytes: HTMLReader.maxRawTextBytes)
  private var skippedMark: Int

  /// libxml2's global state, initialised once before any parser runs.
  private static let parserInitialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Starts a parser for a page in `encoding`.
  init(page: String, encoding: HTMLEncoding, limits: HTMLWalkLimits) throws(HTMLError) {
    _ = Self.parserInitialized
    self.page = page
    self.encoding = encoding
    skippedMark = encoding.byteOrderMarkLength
    walker = HTMLPageWalker(
      page: page, maxTextBytes: limits.maxTextBytes, maxDepth: limits.maxDepth, maxCells: limits.maxCells)
    var sax = htmlSAXHandler()
    sax.startElement = { user, name, attributes in
      guard let user, let name else { return }
      let parser = Unmanaged<HTMLEventParser>.fromOpaque(user).takeUnretainedValue()
      let tag = String(cString: name)
      parser.walker.start(tag) { wanted in HTMLEventParser.attribute(wanted, in: attributes) }
      parser.stopOnFailure()
    }
    sax.endElement = { user, name in
      guard let user, let name else { return }
      let parser = Unmanaged<HTMLEventParser>.fromOpaque(user).takeUnretainedValue()
      parser.walker.end(String(cString: name))
    }
    sax.characters = { user, text, length in
      guard let user, let text, length > 0 else { return }
      let parser = Unmanaged<HTMLEventParser>.fromOpaque(user).takeUnretainedValue()
      parser.walker.characters(UnsafeBufferPointer(start: text, count: Int(length)))
      parser.stopOnFailure()
    }
    sax.ignorableWhitespace = sax.characters
    // Script and style text arrives as CDATA: never page text.
    sax.cdataBlock = { _, _, _ in }
    let user = Unmanaged.passUnretained(self).toOpaque()
    guard
      let context = htmlCreatePushParserCtxt(
        &sax, user, nil, 0, page, encoding.isUTF8 ? XML_CHAR_ENCODING_UTF8 : XML_CHAR_ENCODING_NONE)
    else {
      throw HTMLError(.parserFailed, "The page \(page) cannot be read: libxml2's HTML parser could not be started.")
    }
    self.context = context
    let options =
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_IGNORE_ENC.rawValue
    _ = htmlCtxtUseOptions(context, Int32(options))
    if !encoding.isUTF8 {
      guard let handler = xmlFindCharEncodingHandler(encoding.name),
        xmlSwitchToEncoding(context, handler) == 0
      else {
        throw HTMLError(
          .unsupportedEncoding,
          "The page \(page) is in \(encoding.name) (from \(encoding.source)), which libxml2 cannot convert here.")
      }
    }
  }

  deinit {
    if let context { htmlFreeParserCtxt(context) }
  }

  /// The value of attribute `wanted` in libxml2's NULL-terminated (name, value) array.
  private static func attribute(_ wanted: String, in attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
    -> String?
  {
    guard let attributes else { return nil }
    var index = 0
    while let name = attributes[index] {
      if strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), wanted) == 0 {
        return attributes[index + 1].map { String(cString: $0) } ?? ""
      }
      index += 2
    }
    return nil
  }

  private func stopOnFailure() {
    if walker.failure != nil, let context { xmlStopParser(context) }
  }

  private func noteError(_ error: xmlError) {
    let code = Int(error.code)
    let encodingCodes = [
      Int(XML_ERR_INVALID_ENCODING.rawValue), Int(XML_I18N_CONV_FAILED.rawValue), Int(XML_IO_ENCODER.rawValue),
    ]
    guard encodingCodes.contains(code) else { return }
    // Recorded only: the encoder raises this in the middle of libxml2's buffer handling, where stopping the parser
    // would pull the input from under it. The chunk's caller throws it.
    walker.stop(invalidEncoding(near: offset, line: error.line > 0 ? Int(error.line) : nil))
  }

  private func invalidEncoding(near offset: Int, line: Int? = nil) -> HTMLError {
    let place = line.map { "line \($0), in the bytes before offset \(offset)" } ?? "byte offset \(offset)"
    return HTMLError(
      .invalidEncoding,
      "The page \(page) holds bytes that are not valid \(encoding.name) (read as \(encoding.name) from "
        + "\(encoding.source)), at \(place).")
  }

  /// Parses the next bytes of the page (the first call may start with the byte order mark, which is dropped).
  func feed(_ chunk: ArraySlice<UInt8>) throws(HTMLError) {
    if let error = chunk.withUnsafeBytes({ (bytes) -> HTMLError? in
      do throws(HTMLError) {
        try feed(bytes)
        return nil
      } catch {
        return error
      }
    }) {
      throw error
    }
  }

  private func feed(_ chunk: UnsafeRawBufferPointer) throws(HTMLError) {
    var bytes = chunk
    if skippedMark > 0 {
      let dropped = min(skippedMark, bytes.count)
      skippedMark -= dropped
      offset += dropped
      bytes = UnsafeRawBufferPointer(rebasing: bytes[dropped...])
    }
    guard !bytes.isEmpty, let context else { return }
    if encoding.isUTF8, let bad = validator.check(bytes) { throw invalidEncoding(near: bad) }
    if !encoding.name.hasPrefix("UTF-16"), let what = markup.check(bytes) {
      throw HTMLError(
        .tagTooLong,
        "The page \(page) has \(what) longer than libxml2 is allowed to buffer (before offset \(offset + bytes.count)); "
          + "no real page writes one.")
    }
    offset += bytes.count
    let start = bytes.baseAddress!.assumingMemoryBound(to: CChar.self)
    parse(context, start, bytes.count, terminate: false)
    try check()
  }

  /// Ends the page and returns its grids.
  func finish() throws(HTMLError) -> [SourceGrid] {
    if encoding.isUTF8, let bad = validator.finish() { throw invalidEncoding(near: bad) }
    if let context { parse(context, nil, 0, terminate: true) }
    try check()
    return walker.grids()
  }

  /// Runs libxml2 over bytes with this parser's error callback installed for the calling thread: the encoder's errors
  /// (iconv meeting bytes invalid in the page's encoding) are raised without a parser context, so a SAX callback
  /// would never see them, and libxml2 would print them on standard error.
  private func parse(_ context: htmlParserCtxtPtr, _ start: UnsafePointer<CChar>?, _ count: Int, terminate: Bool) {
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { user, error in
      guard let user, let error else { return }
      Unmanaged<HTMLEventParser>.fromOpaque(user).takeUnretainedValue().noteError(error.pointee)
    }
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    // libxml2 2.9.14 resumes an unfinished look-ahead (for the `>` of a tag, the end of a comment) at
    // `checkIndex` but forgets whether it was inside a quoted attribute value (and its own shrinking leaves the offset
    // stale): the resumed scan takes a closing quote for an opening one, never finds the `>`, and the parser buffers
    // the rest of the page to its end (all 50 MB of a large page). Every chunk therefore rescans the pending tag from
    // its start (``MarkupGuard`` bounds tags, comments and scripts), and the input parsed so far is dropped.
    context.pointee.checkIndex = 0
    _ = htmlParseChunk(context, start, Int32(count), terminate ? 1 : 0)
    guard !terminate, let input = context.pointee.input, input.pointee.buf != nil, let base = input.pointee.base,
      let current = input.pointee.cur, current - base > Self.chunkSize
    else { return }
    xmlParserInputShrink(input)
    context.pointee.checkIndex = 0
  }

  private func check() throws(HTMLError) {
    if let failure = walker.failure { throw failure }
    if let buffer = context?.pointee.input?.pointee.buf, buffer.pointee.error != 0 {
      throw invalidEncoding(near: offset)
    }
  }

}

/// The bounds one page is read within.
struct HTMLWalkLimits: Sendable {
  /// The most text bytes kept.
  var maxTextBytes: Int
  /// The deepest nesting of elements.
  var maxDepth: Int
  /// The most table cells.
  var maxCells: Int
}
