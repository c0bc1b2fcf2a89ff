/// Watches a page's bytes before libxml2 sees them and holds every tag, comment and script or style body to a bound.
///
/// libxml2's HTML push parser buffers a tag, a comment (up to `-->`) or the body of a `<script>`/`<style>` (up to
/// `</`) whole before it parses it, and scans it again with each chunk; an endless one would cost memory and
/// quadratic time. The guard follows the page as an HTML tokenizer does — text, tag, comment, raw text — far enough
/// to measure those spans. The bytes it looks at are ASCII, which GB18030 and UTF-8 never use inside a character.
struct MarkupGuard: Sendable {
  private enum State {
    case text
    /// Just after `<`.
    case tagOpen
    /// After `<!` and this many dashes.
    case bang(dashes: Int)
    /// Inside a tag: its lower-case name so far, whether the name is complete, whether it is an end tag.
    case tag(name: [UInt8], named: Bool, end: Bool)
    case comment
    case rawText
  }

  /// The longest tag or comment allowed, in bytes.
  let maxTagBytes: Int
  /// The longest script or style body allowed, in bytes.
  let maxRawTextBytes: Int
  private var state = State.text
  private var length = 0
  private var last: (UInt8, UInt8) = (0, 0)

  /// Creates a guard at the start of a page.
  init(maxTagBytes: Int, maxRawTextBytes: Int) {
    self.maxTagBytes = maxTagBytes
    self.maxRawTextBytes = maxRawTextBytes
  }

  /// What is too long, when something is: `a tag`, `a comment`, `a script or style`.
  mutating func check(_ bytes: UnsafeRawBufferPointer) -> String? {
    for byte in bytes {
      length += 1
      switch state {
      case .text:
        if byte == UInt8(ascii: "<") { begin(.tagOpen) }
      case .tagOpen:
        if byte == UInt8(ascii: "!") {
          state = .bang(dashes: 0)
        } else {
          state = .tag(name: [], named: false, end: byte == UInt8(ascii: "/"))
          if byte != UInt8(ascii: "/") { tag(byte) }
        }
      case .bang(let dashes):
        if byte == UInt8(ascii: "-") {
          if dashes == 1 { begin(.comment) } else { state = .bang(dashes: 1) }
        } else {
          state = .tag(name: [], named: true, end: false)
          tag(byte)
        }
      case .tag:
        tag(byte)
        if case .tag = state, length > maxTagBytes { return "a tag" }
      case .comment:
        if byte == UInt8(ascii: ">"), last == (UInt8(ascii: "-"), UInt8(ascii: "-")) {
          begin(.text)
        } else if length > maxTagBytes {
          return "a comment"
        }
      case .rawText:
        if byte == UInt8(ascii: "/"), last.1 == UInt8(ascii: "<") {
          begin(.tag(name: [], named: false, end: true))
        } else if length > maxRawTextBytes {
          return "a script or style"
        }
      }
      last = (last.1, byte)
    }
    return nil
  }

  /// A byte inside a tag.
  private mutating func tag(_ byte: UInt8) {
    guard case .tag(var name, var named, let end) = state else { return }
    if byte == UInt8(ascii: ">") {
      let raw = !end && (name == Array("script".utf8) || name == Array("style".utf8))
      return begin(raw ? .rawText : .text)
    }
    if !named {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39), name.count < 8 {
        name.append(lower)
      } else {
        named = true
      }
    }
    state = .tag(name: name, named: named, end: end)
  }

  private mutating func begin(_ next: State) {
    state = next
    length = 0
  }
}
