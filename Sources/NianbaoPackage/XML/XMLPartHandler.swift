import CXML2

/// An element's name as a tree-building reader names it: its local name, unless its prefix is declared nowhere, in
/// which case the reader names it `prefix:local` and it matches none of the names the part readers look for.
package struct XMLElementName {
  /// The local name libxml2 reports.
  package let local: UnsafePointer<UInt8>
  /// Whether the name has a prefix bound to no namespace.
  package let hasUndeclaredPrefix: Bool

  /// Creates a name from libxml2's local name.
  package init(local: UnsafePointer<UInt8>, hasUndeclaredPrefix: Bool) {
    self.local = local
    self.hasUndeclaredPrefix = hasUndeclaredPrefix
  }

  /// Whether the name is `name` (compared on UTF-8 bytes, without allocating).
  package func `is`(_ name: StaticString) -> Bool {
    !hasUndeclaredPrefix && strcmpBytes(local, name)
  }
}

/// Reads one small package part (relationships, content types, workbook, styles, shared strings) from the events of
/// ``XMLEventParser/parse(_:with:)``, which reports them as a pull reader stops at nodes: an empty element (`<t/>`)
/// has no end of its own, and a skipped element reports nothing more until after its end.
package protocol XMLPartHandler {
  /// An element starts at `depth` (the root is at 0); returns `true` to skip its content and its end.
  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  /// An element that was not empty and not skipped ends; `depth` is the depth of its start.
  mutating func endElement(_ name: XMLElementName, depth: Int) throws
  /// Character data: text, CDATA or white space.
  mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws
}

extension XMLPartHandler {
  /// Ignores the end.
  package mutating func endElement(_ name: XMLElementName, depth: Int) throws {}
  /// Ignores character data.
  package mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws {}
}

/// The state of one small part's parse: the handler, the depth, and the subtree being skipped.
private struct PartParse {
  var handler: any XMLPartHandler
  /// The depth of the element being started or ended (the root is at 0).
  var depth = 0
  /// The depth of the subtree being skipped, if any.
  var skipDepth: Int?
  /// An empty element just started: its end is not an event of its own.
  var swallowEnd = false

  /// The bytes of character data since the last element started or ended.
  var textBytes = 0

  /// The most elements a part may nest before the next is refused, as libxml2's `xmlParserMaxDepth` allows a tree.
  static let maxDepth = 256
  /// The most bytes of one text node, as libxml2's `XML_MAX_TEXT_LENGTH` allows a tree.
  static let maxTextNodeBytes = 10_000_000

  /// The C callbacks; the parser's handler is an `UnsafeMutablePointer<PartParse>`.
  static var callbacks: XMLEventCallbacks {
    XMLEventCallbacks(
      startElement: { parser, name, prefix, uri, _, _, count, _, attributes in
        guard let parser, let name else { return }
        let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
        let state = XMLEventParser.handler(of: context).assumingMemoryBound(to: PartParse.self)
        do {
          guard state.pointee.depth <= PartParse.maxDepth else {
            // What a tree-building reader refuses (libxml2 checks the depth only when it builds a tree).
            let line = context.pointee.input?.pointee.line ?? 0
            throw PackageError(
              .malformedXML,
              "The part is not well-formed XML (line \(line): Excessive depth in document: \(PartParse.maxDepth) use "
                + "XML_PARSE_HUGE option).",
              part: XMLEventParser.part(of: context))
          }
          try state.pointee.startElement(
            XMLElementName(local: name, hasUndeclaredPrefix: prefix != nil && uri == nil),
            attributes: XMLAttributes(base: attributes, count: Int(count)),
            isEmpty: XMLEventParser.isEmptyElement(context))
        } catch {
          XMLEventParser.stop(context, error)
        }
      },
      endElement: { parser, name, prefix, uri in
        guard let parser, let name else { return }
        let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
        let state = XMLEventParser.handler(of: context).assumingMemoryBound(to: PartParse.self)
        do {
          try state.pointee.endElement(XMLElementName(local: name, hasUndeclaredPrefix: prefix != nil && uri == nil))
        } catch {
          XMLEventParser.stop(context, error)
        }
      },
      characters: { parser, text, length in
        guard let parser, let text, length > 0 else { return }
        let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
        let state = XMLEventParser.handler(of: context).assumingMemoryBound(to: PartParse.self)
        do {
          state.pointee.textBytes += Int(length)
          guard state.pointee.textBytes <= PartParse.maxTextNodeBytes else {
            // What a tree-building reader refuses (libxml2 checks the length only when it builds a tree).
            throw PackageError(
              .malformedXML,
              "The part is not well-formed XML (line \(context.pointee.input?.pointee.line ?? 0): Memory allocation "
                + "failed : xmlSAX2Characters: huge text node).",
              part: XMLEventParser.part(of: context))
          }
          guard state.pointee.skipDepth == nil else { return }
          try state.pointee.handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        } catch {
          XMLEventParser.stop(context, error)
        }
      })
  }

  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool) throws {
    let elementDepth = depth
    depth += 1
    textBytes = 0
    if isEmpty { swallowEnd = true }
    guard skipDepth == nil else { return }
    if try handler.startElement(name, attributes: attributes, isEmpty: isEmpty, depth: elementDepth), !isEmpty {
      skipDepth = elementDepth
    }
  }

  mutating func endElement(_ name: XMLElementName) throws {
    textBytes = 0
    guard ElementEnd.isHandled(depth: &depth, swallowEnd: &swallowEnd, skipDepth: &skipDepth) else { return }
    try handler.endElement(name, depth: depth)
  }
}

extension XMLEventParser {
  /// Parses a whole small part with libxml2's SAX2 push parser, handing its events to `handler`; returns the handler
  /// as the part left it.
  package static func parse<Handler: XMLPartHandler>(_ stream: ZipEntryStream, with handler: Handler) throws -> Handler
  {
    let state = UnsafeMutablePointer<PartParse>.allocate(capacity: 1)
    state.initialize(to: PartParse(handler: handler))
    defer {
      state.deinitialize(count: 1)
      state.deallocate()
    }
    let parser = try XMLEventParser(part: stream.part, handler: state, callbacks: PartParse.callbacks)
    try parser.parse(stream)
    return state.pointee.handler as! Handler
  }
}

extension XMLAttributes {
  /// The index of the attribute written without a prefix whose name is `name`, as a tree-building reader finds it by
  /// that name, or `nil`.
  package func unprefixedIndex(of name: StaticString) -> Int? {
    for index in 0..<count where prefix(index) == nil && strcmpBytes(self.name(index), name) {
      return index
    }
    return nil
  }

  /// The value of the attribute written without a prefix whose name is `name`, or `nil`.
  package func unprefixedValue(of name: StaticString) -> String? {
    unprefixedIndex(of: name).map { value($0) }
  }
}

/// Compares a NUL-terminated libxml2 string with a static ASCII name.
@inline(__always)
package func strcmpBytes(_ current: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
  let expected = name.utf8Start
  let count = name.utf8CodeUnitCount
  for index in 0..<count where current[index] != expected[index] { return false }
  return current[count] == 0
}
