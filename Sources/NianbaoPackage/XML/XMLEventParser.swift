import CXML2

/// The attributes of an element as libxml2's SAX2 interface passes them: (local name, prefix, URI, value, end).
package struct XMLAttributes {
  /// libxml2's array of five pointers per attribute.
  package let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  /// The number of attributes.
  package let count: Int

  /// Wraps libxml2's attribute array.
  package init(base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
    self.base = base
    self.count = count
  }

  /// The local name of attribute `index`.
  package func name(_ index: Int) -> UnsafePointer<UInt8> { base![5 * index]! }

  /// The namespace prefix of attribute `index` (`xml` for `xml:space`), or `nil`.
  package func prefix(_ index: Int) -> UnsafePointer<UInt8>? { base![5 * index + 1] }

  /// The namespace URI of attribute `index`, or `nil` when its prefix is undeclared or it has none.
  package func namespaceURI(_ index: Int) -> UnsafePointer<UInt8>? { base![5 * index + 2] }

  /// Whether attribute `index` has a namespace (as `r:id` has).
  package func isNamespaced(_ index: Int) -> Bool {
    guard let uri = namespaceURI(index) else { return false }
    return uri.pointee != 0
  }

  /// The raw value bytes of attribute `index`.
  ///
  /// Without entity substitution libxml2 hands over `&` (written `&amp;` or `&#38;`) as the five bytes `&#38;`;
  /// ``value(_:)`` decodes them. Other references arrive decoded.
  package func rawValue(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let start = base![5 * index + 3]!
    let end = base![5 * index + 4]!
    return UnsafeBufferPointer(start: start, count: end - start)
  }

  /// The value of attribute `index` as a string, as a tree-building parser reports it.
  package func value(_ index: Int) -> String {
    let raw = rawValue(index)
    guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
    return String(decoding: Self.decodingAmpersands(raw), as: UTF8.self)
  }

  /// The bytes with every `&#38;` turned back into `&`.
  package static func decodingAmpersands(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      if raw[index] == UInt8(ascii: "&"), index + 4 < raw.count, raw[index + 1] == UInt8(ascii: "#"),
        raw[index + 2] == UInt8(ascii: "3"), raw[index + 3] == UInt8(ascii: "8"), raw[index + 4] == UInt8(ascii: ";")
      {
        bytes.append(UInt8(ascii: "&"))
        index += 5
      } else {
        bytes.append(raw[index])
        index += 1
      }
    }
    return bytes
  }

  /// The index of the un-namespaced attribute with local name `name`, or `nil`.
  package func index(of name: StaticString) -> Int? {
    for index in 0..<count where !isNamespaced(index) && strcmpBytes(self.name(index), name) {
      return index
    }
    return nil
  }
}

/// The namespace declarations on an element's start tag, as libxml2's SAX2 interface passes them: (prefix, URI).
package struct XMLNamespaces {
  /// libxml2's array of two pointers per declaration.
  package let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  /// The number of declarations.
  package let count: Int

  /// Wraps libxml2's namespace array.
  package init(base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
    self.base = base
    self.count = count
  }

  /// The declarations as (prefix, URI) strings; the default namespace has no prefix.
  package var declarations: [(prefix: String?, uri: String)] {
    (0..<count).map { index in
      (base![2 * index].map { String(cString: $0) }, base![2 * index + 1].map { String(cString: $0) } ?? "")
    }
  }
}

/// libxml2's SAX2 element and text callbacks of one handler type, installed by ``XMLEventParser``.
///
/// The callbacks are C functions of the handler's own type: they reach their state through
/// ``XMLEventParser/handler(of:)`` and report a thrown error with ``XMLEventParser/stop(_:_:)``, so that an event costs
/// no reference counting and no dynamic dispatch.
package struct XMLEventCallbacks {
  /// An element starts; ``XMLEventParser/isEmptyElement(_:)`` tells `<c/>` from `<c>`.
  package var startElement: startElementNsSAX2Func
  /// An element ends (also right after the start of an empty element).
  package var endElement: endElementNsSAX2Func
  /// Character data: text, CDATA or white space, with entity and character references decoded.
  package var characters: charactersSAXFunc

  /// Gathers the three callbacks.
  package init(
    startElement: startElementNsSAX2Func, endElement: endElementNsSAX2Func, characters: charactersSAXFunc
  ) {
    self.startElement = startElement
    self.endElement = endElement
    self.characters = characters
  }
}

/// A push parser over one package part: libxml2's SAX2 parser fed in chunks, calling the C callbacks of a handler.
/// Worksheets are parsed with ``WorksheetState``'s callbacks, the small parts through ``XMLPartHandler``.
///
/// Parsing uses `XML_PARSE_NONET` only (no entity substitution, no DTD loading, no huge-document mode, no recovery);
/// a DOCTYPE is refused both by scanning the prolog (``parse(_:)``) and when the parser meets one, and entity
/// references are refused, so a hostile part can neither read a file nor expand entities. Well-formedness errors
/// carry libxml2's first message and line.
package final class XMLEventParser {
  /// The bytes read from the part per chunk.
  package static let chunkSize = 1 << 16

  /// What the C callbacks reach through the parser context's `_private` pointer.
  private struct Target {
    let handler: UnsafeMutableRawPointer
    let part: String
    /// The error thrown when the parser meets a comment, a processing instruction or a CDATA section, if any.
    let markupError: (any Error)?
    var xmlError: String?
    /// The first error that stopped the parse: the handler's, or a refusal (DOCTYPE, entity, markup).
    var failure: (any Error)?
  }

  private let parser: xmlParserCtxtPtr
  private let target: UnsafeMutablePointer<Target>
  private let prolog = PrologScanner()
  /// The part being parsed, named in errors.
  package let part: String

  /// libxml2's global state, initialised once before any parser runs (required for use from several threads).
  private static let parserInitialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Starts a parser whose callbacks find `handler` through ``handler(of:)``. With a `markupError`, a comment, a
  /// processing instruction or a CDATA section stops the parse with that error (CDATA is text otherwise).
  package init(
    part: String, handler: UnsafeMutableRawPointer, callbacks: XMLEventCallbacks, markupError: (any Error)? = nil
  ) throws {
    _ = Self.parserInitialized
    self.part = part
    var sax = xmlSAXHandler()
    sax.initialized = XML_SAX2_MAGIC
    sax.startElementNs = callbacks.startElement
    sax.endElementNs = callbacks.endElement
    sax.characters = callbacks.characters
    // The same function for white space, so that libxml2 never tells white space apart from text.
    sax.ignorableWhitespace = callbacks.characters
    if markupError == nil {
      sax.cdataBlock = callbacks.characters
    } else {
      sax.cdataBlock = { parser, _, _ in XMLEventParser.stopForMarkup(parser) }
      sax.comment = { parser, _ in XMLEventParser.stopForMarkup(parser) }
      sax.processingInstruction = { parser, _, _ in XMLEventParser.stopForMarkup(parser) }
    }
    sax.internalSubset = { parser, _, _, _ in
      guard let parser else { return }
      let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
      XMLEventParser.stop(
        context, PackageError(XMLEventParser.doctype, part: XMLEventParser.target(of: context).pointee.part))
    }
    sax.reference = { parser, _ in
      guard let parser else { return }
      let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
      XMLEventParser.stop(
        context,
        PackageError(
          .doctypeRejected, "The part uses an entity reference; entities are refused.",
          part: XMLEventParser.target(of: context).pointee.part))
    }
    sax.serror = { parser, error in
      guard let parser, let error else { return }
      let target = XMLEventParser.target(of: parser.assumingMemoryBound(to: xmlParserCtxt.self))
      guard target.pointee.xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
      var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
      while message.last?.isNewline == true { message.removeLast() }
      target.pointee.xmlError = "line \(error.pointee.line): \(message)"
    }
    guard let parser = xmlCreatePushParserCtxt(&sax, nil, nil, 0, part) else {
      throw PackageError(.malformedXML, "The XML parser could not be started for this part.", part: part)
    }
    xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue))
    self.parser = parser
    target = UnsafeMutablePointer.allocate(capacity: 1)
    target.initialize(to: Target(handler: handler, part: part, markupError: markupError))
    parser.pointee._private = UnsafeMutableRawPointer(target)
  }

  deinit {
    xmlFreeParserCtxt(parser)
    target.deinitialize(count: 1)
    target.deallocate()
  }

  /// Parses the rest of the part, feeding it chunk by chunk; throws a handler's error, a stream error, or a parse
  /// error.
  package func parse(_ stream: ZipEntryStream) throws {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    while true {
      let count = try read(stream, into: buffer)
      if count == 0 { return try finish() }
      try feed(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    }
  }

  /// Reads the next bytes of the part into `buffer`, refusing a DOCTYPE in its prolog; returns 0 at the end.
  package func read(_ stream: ZipEntryStream, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    let count = try stream.read(into: buffer)
    if prolog.findsDoctype(in: UnsafeRawBufferPointer(rebasing: buffer[0..<count])) {
      throw PackageError(Self.doctype, part: part)
    }
    return count
  }

  /// Parses the next bytes of the part.
  package func feed(_ bytes: UnsafeRawBufferPointer) throws {
    guard !bytes.isEmpty else { return }
    try check(xmlParseChunk(parser, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0))
  }

  /// Ends the part: whatever is still open is an error.
  package func finish() throws {
    try check(xmlParseChunk(parser, nil, 0, 1))
  }

  private func check(_ code: Int32) throws {
    if let failure = target.pointee.failure { throw failure }
    if code != 0 || parser.pointee.wellFormed == 0 {
      let detail = target.pointee.xmlError ?? "the XML is not well-formed"
      throw PackageError(.malformedXML, "The part is not well-formed XML (\(detail)).", part: part)
    }
  }

  /// Whether every byte fed so far has been parsed into events (libxml2 holds back bytes it cannot yet finish).
  package var hasParsedAllInput: Bool {
    guard let input = parser.pointee.input else { return false }
    return input.pointee.cur == input.pointee.end
  }

  /// Whether the part's bytes are read as UTF-8 as they are, with no conversion from another encoding.
  package var readsUTF8: Bool {
    guard let input = parser.pointee.input else { return false }
    return input.pointee.buf?.pointee.encoder == nil
  }

  // MARK: For the callbacks

  /// The handler of a callback's parser.
  package static func handler(of parser: xmlParserCtxtPtr) -> UnsafeMutableRawPointer {
    target(of: parser).pointee.handler
  }

  /// The part a callback's parser reads, for errors.
  package static func part(of parser: xmlParserCtxtPtr) -> String {
    target(of: parser).pointee.part
  }

  /// Whether the element whose start is being reported is written as an empty element (`<c/>`, not `<c></c>`):
  /// libxml2 calls back before consuming the end of the start tag, `/>` for an empty element, `>` otherwise.
  package static func isEmptyElement(_ parser: xmlParserCtxtPtr) -> Bool {
    parser.pointee.input?.pointee.cur.map { $0.pointee == UInt8(ascii: "/") } ?? false
  }

  /// Stops the parse with a handler's error; the first error wins.
  package static func stop(_ parser: xmlParserCtxtPtr, _ error: any Error) {
    let target = target(of: parser)
    if target.pointee.failure == nil { target.pointee.failure = error }
    xmlStopParser(parser)
  }

  private static func target(of parser: xmlParserCtxtPtr) -> UnsafeMutablePointer<Target> {
    parser.pointee._private!.assumingMemoryBound(to: Target.self)
  }

  private static func stopForMarkup(_ parser: UnsafeMutableRawPointer?) {
    guard let parser else { return }
    let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
    if let error = target(of: context).pointee.markupError { stop(context, error) }
  }

  private static let doctype = PackageError(
    .doctypeRejected,
    "The part declares a DOCTYPE; document type and entity declarations are refused in package parts "
      + "(they are a way to read files from this machine or to blow up memory).")
}

extension PackageError {
  /// The error again, naming `part`.
  fileprivate init(_ error: PackageError, part: String) {
    self.init(error.kind, error.message, part: part)
  }
}
