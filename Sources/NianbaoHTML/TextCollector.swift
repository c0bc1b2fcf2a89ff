/// Collects the text of a paragraph or a table cell as a browser lays it out: runs of white space (including
/// no-break spaces from `&nbsp;`) become one space, `<br>` is a line break, a block boundary is a line break when
/// text stands on both sides of it, and spaces at the ends of lines and of the whole are dropped.
struct TextCollector: Sendable {
  private var bytes: [UInt8] = []
  private var pendingSpace = false
  private var pendingBreak = false
  /// A `0xC2` byte seen at the end of the last piece (the first half of a no-break space).
  private var heldC2 = false

  /// Creates an empty collector.
  init() {}

  /// Whether nothing but white space has been collected.
  var isEmpty: Bool { bytes.isEmpty }

  /// The number of UTF-8 bytes collected.
  var count: Int { bytes.count }

  /// Adds UTF-8 text.
  mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
    for byte in text {
      if heldC2 {
        heldC2 = false
        if byte == 0xA0 {
          pendingSpace = true
          continue
        }
        put(0xC2)
      }
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0C, 0x0D: pendingSpace = true
      case 0xC2: heldC2 = true
      default: put(byte)
      }
    }
  }

  private mutating func put(_ byte: UInt8) {
    if !bytes.isEmpty {
      if pendingBreak {
        bytes.append(0x0A)
      } else if pendingSpace, bytes.last != 0x0A {
        bytes.append(0x20)
      }
    }
    pendingBreak = false
    pendingSpace = false
    bytes.append(byte)
  }

  /// A `<br>`: a line break, kept even when the next line is empty (but not at the start or end).
  mutating func lineBreak() {
    flushHeld()
    guard !bytes.isEmpty else { return }
    if pendingBreak { bytes.append(0x0A) }
    bytes.append(0x0A)
    pendingBreak = false
    pendingSpace = false
  }

  /// A block boundary: a line break if text follows.
  mutating func blockBoundary() {
    flushHeld()
    guard !bytes.isEmpty, bytes.last != 0x0A else { return }
    pendingBreak = true
  }

  private mutating func flushHeld() {
    if heldC2 {
      heldC2 = false
      put(0xC2)
    }
  }

  /// The text collected, lines trimmed, without empty lines at either end; the collector is emptied.
  mutating func take() -> String {
    flushHeld()
    while bytes.last == 0x0A || bytes.last == 0x20 { bytes.removeLast() }
    let text = String(decoding: bytes, as: UTF8.self)
    self = TextCollector()
    return text
  }
}
