import CXML2

/// A streaming XML serializer over libxml2's `xmlTextWriter`, writing into an in-memory buffer.
///
/// Every call checks libxml2's return code; the first failure is thrown as an ``XLSXError`` of kind
/// `.writeFailed` naming the part being written. Names and values are passed as Swift strings;
/// the caller is responsible for SpreadsheetML-level escaping (``SpreadsheetText``), libxml2 does the XML-level
/// escaping (`&`, `<`, `>`, quotes).
final class XMLWriter {
  /// The package part this writer produces, used in error messages.
  let part: String
  private let buffer: xmlBufferPtr
  private var writer: xmlTextWriterPtr?

  /// Starts a document with the declaration `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
  init(part: String) throws {
    self.part = part
    guard let buffer = xmlBufferCreate() else {
      throw XLSXError(.writeFailed, "libxml2 could not allocate an output buffer.", part: part)
    }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw XLSXError(.writeFailed, "libxml2 could not create an XML writer.", part: part)
    }
    self.buffer = buffer
    self.writer = writer
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "start the document")
  }

  deinit {
    if let writer { xmlFreeTextWriter(writer) }
    xmlBufferFree(buffer)
  }

  /// Opens an element.
  func start(_ name: String) throws {
    let writer = try liveWriter()
    try check(Self.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "open element <\(name)>")
  }

  /// Closes the innermost open element (`<a/>` when it has no content).
  func end() throws {
    try check(xmlTextWriterEndElement(try liveWriter()), "close an element")
  }

  /// Writes an attribute of the element just opened.
  func attribute(_ name: String, _ value: String) throws {
    let writer = try liveWriter()
    let code = Self.withXMLChars(name) { namePointer in
      Self.withXMLChars(value) { xmlTextWriterWriteAttribute(writer, namePointer, $0) }
    }
    try check(code, "write attribute \(name)")
  }

  /// Writes an integer attribute.
  func attribute(_ name: String, _ value: Int) throws {
    try attribute(name, String(value))
  }

  /// Writes a decimal attribute in its shortest exact form (`20`, `10.5`).
  func attribute(_ name: String, decimal value: Double) throws {
    try attribute(name, Self.decimalText(value))
  }

  /// Writes a boolean attribute as `1` or `0`.
  func attribute(_ name: String, flag value: Bool) throws {
    try attribute(name, value ? "1" : "0")
  }

  /// Writes character data inside the current element; nothing for empty text, so that `<t/>` stays short.
  func text(_ value: String) throws {
    guard !value.isEmpty else { return }
    let writer = try liveWriter()
    try check(Self.withXMLChars(value) { xmlTextWriterWriteString(writer, $0) }, "write text")
  }

  /// Closes the start tag of the element just opened and returns how many bytes the document has so far: the place
  /// where content written elsewhere (a sheet's rows) goes. The element then ends with `</name>`, not `/>`.
  func contentOffset() throws -> Int {
    let writer = try liveWriter()
    // Writing no raw bytes still closes the start tag, as any content would.
    try check(xmlTextWriterWriteRawLen(writer, "", 0), "close a start tag")
    try check(xmlTextWriterFlush(writer), "flush the document")
    return Int(xmlBufferLength(buffer))
  }

  /// Writes `<name>text</name>`.
  func element(_ name: String, text value: String) throws {
    try start(name)
    try text(value)
    try end()
  }

  /// Writes `<name attribute="value"/>`.
  func element(_ name: String, attribute: String, _ value: String) throws {
    try start(name)
    try self.attribute(attribute, value)
    try end()
  }

  /// Closes every open element, ends the document and returns its bytes. The writer cannot be used afterwards.
  func finish() throws -> [UInt8] {
    let writer = try liveWriter()
    try check(xmlTextWriterEndDocument(writer), "end the document")
    try check(xmlTextWriterFlush(writer), "flush the document")
    xmlFreeTextWriter(writer)
    self.writer = nil
    let count = Int(xmlBufferLength(buffer))
    guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: count))
  }

  /// The shortest decimal text that reads back as the same `Double` (`20` rather than `20.0`).
  static func decimalText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  private func liveWriter() throws -> xmlTextWriterPtr {
    guard let writer else {
      throw XLSXError(.writeFailed, "The XML writer was used after the document was finished.", part: part)
    }
    return writer
  }

  private func check(_ code: Int32, _ action: String) throws {
    guard code >= 0 else {
      throw XLSXError(.writeFailed, "libxml2 failed to \(action).", part: part)
    }
  }

  private static func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
    text.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
    }
  }
}
