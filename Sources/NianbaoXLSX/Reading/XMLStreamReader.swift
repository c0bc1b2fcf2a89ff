import CXML2

/// A pull parser over one package part: libxml2's xmlTextReader fed from a ``ZipEntryStream``.
///
/// Parsing uses `XML_PARSE_NONET` only (no entity substitution, no DTD loading, no huge-document mode, no recovery)
/// and refuses any DOCTYPE, so a hostile part can neither read a file nor expand entities. Element and attribute
/// names are compared by local name, so Strict OOXML (purl.oclc.org namespaces) reads like transitional OOXML.
final class XMLStreamReader {
  /// The kinds of node the reader stops at.
  enum Node: Equatable {
    case startElement
    case endElement
    case text
    case other
  }

  private final class Source {
    let stream: ZipEntryStream
    var error: Error?
    var xmlError: String?
    let prolog = PrologScanner()
    init(stream: ZipEntryStream) { self.stream = stream }
  }

  private let reader: OpaquePointer
  private let source: Source
  private let sourcePointer: UnsafeMutableRawPointer
  /// The part being read, for messages.
  let part: String
  private(set) var node: Node = .other
  private(set) var isEmptyElement = false
  private(set) var depth = 0

  /// libxml2's global state, initialised once before any parser runs (required for use from several threads).
  private static let parserInitialized: Bool = {
    xmlInitParser()
    return true
  }()

  init(stream: ZipEntryStream) throws {
    _ = Self.parserInitialized
    source = Source(stream: stream)
    part = stream.part
    sourcePointer = Unmanaged.passRetained(source).toOpaque()
    let read: xmlInputReadCallback = { context, buffer, length in
      guard let context, let buffer, length > 0 else { return 0 }
      let source = Unmanaged<Source>.fromOpaque(context).takeUnretainedValue()
      do {
        let chunk = UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))
        let count = try source.stream.read(into: chunk)
        if source.prolog.findsDoctype(in: UnsafeRawBufferPointer(rebasing: chunk[0..<count])) {
          throw XLSXError(
            .doctypeRejected,
            "The part declares a DOCTYPE; document type and entity declarations are refused in workbook parts "
              + "(they are a way to read files from this machine or to blow up memory).",
            part: source.stream.part)
        }
        return Int32(count)
      } catch {
        source.error = error
        return -1
      }
    }
    guard
      let reader = xmlReaderForIO(
        read, nil, sourcePointer, stream.part, nil, Int32(XML_PARSE_NONET.rawValue))
    else {
      Unmanaged<Source>.fromOpaque(sourcePointer).release()
      throw XLSXError(.malformedXML, "The XML parser could not be started for this part.", part: stream.part)
    }
    self.reader = reader
    let handler: xmlStructuredErrorFunc = { context, error in
      guard let context, let error else { return }
      let source = Unmanaged<Source>.fromOpaque(context).takeUnretainedValue()
      guard source.xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
      var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
      while message.last?.isNewline == true { message.removeLast() }
      source.xmlError = "line \(error.pointee.line): \(message)"
    }
    xmlTextReaderSetStructuredErrorHandler(reader, handler, sourcePointer)
  }

  deinit {
    xmlFreeTextReader(reader)
    Unmanaged<Source>.fromOpaque(sourcePointer).release()
  }

  /// Moves to the next node; returns `false` at the end of the part.
  func next() throws -> Bool {
    let result = xmlTextReaderRead(reader)
    if result == 1 {
      try classify()
      return true
    }
    if result == 0 { return false }
    throw failure()
  }

  /// Skips the current element's subtree; afterwards the reader stands on the node that follows it.
  /// Returns `false` at the end of the part.
  func skipSubtree() throws -> Bool {
    let result = xmlTextReaderNext(reader)
    if result == 1 {
      try classify()
      return true
    }
    if result == 0 { return false }
    throw failure()
  }

  private func classify() throws {
    let type = xmlTextReaderNodeType(reader)
    depth = Int(xmlTextReaderDepth(reader))
    switch type {
    case Int32(XML_READER_TYPE_ELEMENT.rawValue):
      node = .startElement
      isEmptyElement = xmlTextReaderIsEmptyElement(reader) == 1
    case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
      node = .endElement
      isEmptyElement = false
    case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
      Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
      node = .text
      isEmptyElement = false
    case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
      throw XLSXError(
        .doctypeRejected,
        "The part declares a DOCTYPE; document type and entity declarations are refused in workbook parts "
          + "(they are a way to read files from this machine or to blow up memory).",
        part: part)
    case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
      throw XLSXError(.doctypeRejected, "The part uses an entity reference; entities are refused.", part: part)
    default:
      node = .other
      isEmptyElement = false
    }
  }

  private func failure() -> Error {
    if let error = source.error { return error }
    let detail = source.xmlError ?? "the XML is not well-formed"
    return XLSXError(.malformedXML, "The part is not well-formed XML (\(detail)).", part: part)
  }

  /// Whether the current node's local name equals `name` (compared on UTF-8 bytes, without allocating).
  func isNamed(_ name: StaticString) -> Bool {
    guard let current = xmlTextReaderConstLocalName(reader) else { return false }
    return strcmpBytes(current, name)
  }

  /// The text of the current text node.
  var text: String {
    guard let value = xmlTextReaderConstValue(reader) else { return "" }
    return String(cString: value)
  }

  /// Visits the current element's attributes as (local name, namespace URI, value) without allocating C strings.
  func forEachAttribute(_ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>?, UnsafePointer<UInt8>) throws -> Void)
    rethrows
  {
    guard xmlTextReaderHasAttributes(reader) == 1 else { return }
    defer { xmlTextReaderMoveToElement(reader) }
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      guard let name = xmlTextReaderConstLocalName(reader), let value = xmlTextReaderConstValue(reader) else {
        continue
      }
      try body(name, xmlTextReaderConstNamespaceUri(reader), value)
    }
  }

  /// The attributes of the current element by local name (namespaced names kept as `{uri}name`).
  func attributes() -> [String: String] {
    var result: [String: String] = [:]
    forEachAttribute { name, uri, value in
      let local = String(cString: name)
      if let uri, uri.pointee != 0 {
        result["{\(String(cString: uri))}\(local)"] = String(cString: value)
      } else {
        result[local] = String(cString: value)
      }
    }
    return result
  }

  /// The value of an unprefixed attribute of the current element, or `nil`.
  func attribute(_ name: String) -> String? {
    guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
    defer { nianbao_xmlFree(value) }
    return String(cString: value)
  }

}

/// Compares a NUL-terminated libxml2 string with a static ASCII name.
@inline(__always)
func strcmpBytes(_ current: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
  let expected = name.utf8Start
  let count = name.utf8CodeUnitCount
  for index in 0..<count where current[index] != expected[index] { return false }
  return current[count] == 0
}
