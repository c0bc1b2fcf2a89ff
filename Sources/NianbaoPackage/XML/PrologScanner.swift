/// Watches the bytes of a part before its root element for `<!DOCTYPE`, so that a DOCTYPE is refused before the
/// XML parser reads any of its declarations.
///
/// Only the prolog is scanned: once a `<` followed by a name character starts the root element, the scanner
/// stops looking, so large parts cost nothing after their first bytes.
package final class PrologScanner {
  /// Creates a scanner at the start of a part.
  package init() {}

  private static let marker = Array("<!DOCTYPE".utf8)
  private var tail: [UInt8] = []
  private var done = false

  /// Whether `<!DOCTYPE` occurs in the prolog, looking at this chunk together with the end of the previous one.
  package func findsDoctype(in chunk: UnsafeRawBufferPointer) -> Bool {
    guard !done, !chunk.isEmpty else { return false }
    let bytes = tail + chunk
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      guard index + 1 < bytes.count else { break }
      let next = bytes[index + 1]
      if next == UInt8(ascii: "!") {
        if index + Self.marker.count > bytes.count { break }
        if bytes[index..<index + Self.marker.count].elementsEqual(Self.marker) { return true }
      } else if next != UInt8(ascii: "?") {
        done = true
        tail = []
        return false
      }
      index += 1
    }
    // Keep enough of the end to see a marker that straddles two chunks.
    tail = Array(bytes.suffix(Self.marker.count))
    return false
  }
}
