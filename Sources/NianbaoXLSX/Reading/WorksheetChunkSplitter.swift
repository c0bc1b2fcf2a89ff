/// Finds where the bytes of a worksheet part may be cut into chunks for a parallel read: just after a row's end tag,
/// `</row>` or `</prefix:row>`.
///
/// The search is only a proposal. A cut that is not between two rows (inside a comment, a CDATA section or an
/// `extLst`, or where libxml2 would read differently) is caught by the chunk's own parse and by the caller's thread,
/// which then reads the chunk in order (see ``ParallelWorksheetRead``).
enum WorksheetChunkSplitter {
  /// The offset just past the first row end tag in `bytes` whose `>` is at `start` or later, or `nil`.
  static func firstCut(in bytes: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
    var index = max(start, 0)
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: ">"), isRowEndTag(closingAt: index, in: bytes) { return index + 1 }
      index += 1
    }
    return nil
  }

  /// Whether the `>` at `close` ends `</row>` or `</prefix:row>`.
  private static func isRowEndTag(closingAt close: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
    guard close >= 5, bytes[close - 3] == UInt8(ascii: "r"), bytes[close - 2] == UInt8(ascii: "o"),
      bytes[close - 1] == UInt8(ascii: "w")
    else { return false }
    var index = close - 4
    if bytes[index] == UInt8(ascii: ":") {
      // A prefix: name characters back to the `</`.
      index -= 1
      let prefixEnd = index
      while index >= 0, isPrefixCharacter(bytes[index]) { index -= 1 }
      guard index < prefixEnd, index >= 1 else { return false }
    }
    return bytes[index] == UInt8(ascii: "/") && index >= 1 && bytes[index - 1] == UInt8(ascii: "<")
  }

  private static func isPrefixCharacter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
      return true
    default:
      return false
    }
  }
}
