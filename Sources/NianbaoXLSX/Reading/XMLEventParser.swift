import CXML2

/// Receives the events of an ``XMLEventParser``: element starts and ends by local name, and character data.
///
/// Names, attribute values and text point into libxml2's buffers and are valid only during the call. An error thrown
/// by a handler stops the parse, which then throws it.
class XMLEventHandler {
  /// An element starts: its local name, namespace prefix and attributes, and whether it is written as an empty
  /// element (`<c/>`, not `<c></c>`), as a pull reader tells.
  func startElement(
    _ name: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, attributes: XMLAttributes, isEmpty: Bool
  ) throws {}

  /// The element with this local name ends (also right after the start of an empty element such as `<c/>`).
  func endElement(_ name: UnsafePointer<UInt8>) throws {}

  /// Character data: text, CDATA or white space, with entity and character references decoded. One text node may
  /// arrive in several calls.
  func characters(_ text: UnsafeBufferPointer<UInt8>) throws {}
}

/// The attributes of an element as libxml2's SAX2 interface passes them: (local name, prefix, URI, value, end).
struct XMLAttributes {
  fileprivate let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  /// The number of attributes.
  let count: Int

  /// The local name of attribute `index`.
  func name(_ index: Int) -> UnsafePointer<UInt8> { base![5 * index]! }

  /// The namespace prefix of attribute `index` (`xml` for `xml:space`), or `nil`.
  func prefix(_ index: Int) -> UnsafePointer<UInt8>? { base![5 * index + 1] }

  /// Whether attribute `index` has a namespace (as `r:id` has).
  func isNamespaced(_ index: Int) -> Bool {
    guard let uri = base![5 * index + 2] else { return false }
    return uri.pointee != 0
  }

  /// The raw value bytes of attribute `index`.
  ///
  /// Without entity substitution libxml2 hands over `&` (written `&amp;` or `&#38;`) as the five bytes `&#38;`;
  /// ``value(_:)`` decodes them. Other references arrive decoded.
  func rawValue(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let start = base![5 * index + 3]!
    let end = base![5 * index + 4]!
    return UnsafeBufferPointer(start: start, count: end - start)
  }

  /// The value of attribute `index` as a string, as a tree-building parser reports it.
  func value(_ index: Int) -> String {
    let raw = rawValue(index)
    guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
    return String(decoding: Self.decodingAmpersands(raw), as: UTF8.self)
  }

  /// The bytes with every `&#38;` turned back into `&`.
  static func decodingAmpersands(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
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
  func index(of name: StaticString) -> Int? {
    for index in 0..<count where !isNamespaced(index) && strcmpBytes(self.name(index), name) {
      return index
    }
    return nil
  }
}

/// A push parser over one package part: libxml2's SAX2 parser fed in 64 KiB chunks from a ``ZipEntryStream``,
/// calling an ``XMLEventHandler``. Used for worksheets, where a pull reader's per-node work dominates.
///
/// The safety settings are those of ``XMLStreamReader``: `XML_PARSE_NONET` only (no entity substitution, no DTD
/// loading, no huge-document mode, no recovery), a DOCTYPE refused both by scanning the prolog and when the parser
/// meets one, entity references refused. Well-formedness errors carry libxml2's first message and line.
enum XMLEventParser {
  /// The bytes read from the part per chunk.
  static let chunkSize = 1 << 16

  /// Parses the whole part, calling `handler`; throws the handler's error, a stream error, or a parse error.
  static func parse(_ stream: ZipEntryStream, handler: XMLEventHandler) throws {
    let context = Context(handler: handler, part: stream.part)
    var sax = xmlSAXHandler()
    sax.initialized = XML_SAX2_MAGIC
    // Without user data libxml2 hands each callback its parser context; ours rides in the context's `_private`.
    sax.startElementNs = { parser, name, prefix, _, _, _, count, _, attributes in
      guard let parser, let name else { return }
      let parserContext = parser.assumingMemoryBound(to: xmlParserCtxt.self)
      let state = Context.of(parserContext)
      // libxml2 calls back before consuming the end of the start tag: `/>` for an empty element, `>` otherwise.
      let isEmpty = parserContext.pointee.input?.pointee.cur.map { $0.pointee == UInt8(ascii: "/") } ?? false
      do {
        try state.handler.startElement(
          name, prefix: prefix, attributes: XMLAttributes(base: attributes, count: Int(count)), isEmpty: isEmpty)
      } catch {
        state.stop(parserContext, error)
      }
    }
    sax.endElementNs = { parser, name, _, _ in
      guard let parser, let name else { return }
      let parserContext = parser.assumingMemoryBound(to: xmlParserCtxt.self)
      do {
        try Context.of(parserContext).handler.endElement(name)
      } catch {
        Context.of(parserContext).stop(parserContext, error)
      }
    }
    let characters: charactersSAXFunc = { parser, text, length in
      guard let parser, let text, length > 0 else { return }
      let parserContext = parser.assumingMemoryBound(to: xmlParserCtxt.self)
      do {
        try Context.of(parserContext).handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
      } catch {
        Context.of(parserContext).stop(parserContext, error)
      }
    }
    sax.characters = characters
    // The same function for white space, so that libxml2 never tells white space apart from text.
    sax.ignorableWhitespace = characters
    sax.cdataBlock = characters
    sax.internalSubset = { parser, _, _, _ in
      guard let parser else { return }
      let parserContext = parser.assumingMemoryBound(to: xmlParserCtxt.self)
      let state = Context.of(parserContext)
      state.stop(parserContext, XLSXError(XMLEventParser.doctype, part: state.part))
    }
    sax.reference = { parser, _ in
      guard let parser else { return }
      let parserContext = parser.assumingMemoryBound(to: xmlParserCtxt.self)
      let state = Context.of(parserContext)
      state.stop(
        parserContext,
        XLSXError(.doctypeRejected, "The part uses an entity reference; entities are refused.", part: state.part))
    }
    sax.serror = { parser, error in
      guard let parser, let error else { return }
      let state = Context.of(parser.assumingMemoryBound(to: xmlParserCtxt.self))
      guard state.xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
      var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
      while message.last?.isNewline == true { message.removeLast() }
      state.xmlError = "line \(error.pointee.line): \(message)"
    }
    guard let parser = xmlCreatePushParserCtxt(&sax, nil, nil, 0, stream.part) else {
      throw XLSXError(.malformedXML, "The XML parser could not be started for this part.", part: stream.part)
    }
    defer { xmlFreeParserCtxt(parser) }
    xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue))
    parser.pointee._private = Unmanaged.passUnretained(context).toOpaque()
    let prolog = PrologScanner()
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    try withExtendedLifetime(context) {
      while true {
        let count = try stream.read(into: buffer)
        let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
        if prolog.findsDoctype(in: chunk) { throw XLSXError(Self.doctype, part: stream.part) }
        let code = xmlParseChunk(
          parser, chunk.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(count), count == 0 ? 1 : 0)
        if let failure = context.failure { throw failure }
        if code != 0 || parser.pointee.wellFormed == 0 {
          let detail = context.xmlError ?? "the XML is not well-formed"
          throw XLSXError(.malformedXML, "The part is not well-formed XML (\(detail)).", part: stream.part)
        }
        if count == 0 { return }
      }
    }
  }

  private static let doctype = XLSXError(
    .doctypeRejected,
    "The part declares a DOCTYPE; document type and entity declarations are refused in workbook parts "
      + "(they are a way to read files from this machine or to blow up memory).")

  /// The state the C callbacks reach through the parser context's `_private` pointer.
  private final class Context {
    let handler: XMLEventHandler
    let part: String
    var xmlError: String?
    /// The first error that stopped the parse: the handler's, or a refusal (DOCTYPE, entity).
    var failure: Error?

    init(handler: XMLEventHandler, part: String) {
      self.handler = handler
      self.part = part
    }

    static func of(_ parser: xmlParserCtxtPtr) -> Context {
      Unmanaged<Context>.fromOpaque(parser.pointee._private!).takeUnretainedValue()
    }

    func stop(_ parser: xmlParserCtxtPtr, _ error: Error) {
      if failure == nil { failure = error }
      xmlStopParser(parser)
    }
  }
}

extension XLSXError {
  /// The error again, naming `part`.
  fileprivate init(_ error: XLSXError, part: String) {
    self.init(error.kind, error.message, part: part)
  }
}
