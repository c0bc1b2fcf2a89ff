/// Checks that a page's bytes are UTF-8, chunk by chunk (a sequence may straddle two chunks): no stray continuation
/// bytes, overlong forms, surrogates or code points past U+10FFFF.
///
/// libxml2's HTML parser switches a page it finds not to be UTF-8 to ISO-8859-1 without telling anyone; the reader
/// validates UTF-8 itself so that such a page is refused with the offset of its first bad byte instead.
struct UTF8Validator: Sendable {
  /// The continuation bytes still due in the current sequence.
  private var needed = 0
  private var lower: UInt8 = 0x80
  private var upper: UInt8 = 0xBF
  /// The bytes checked so far.
  private(set) var offset = 0
  /// The offset of the byte that starts the current sequence.
  private var sequenceStart = 0

  /// Creates a validator at the start of a page.
  init() {}

  /// Checks the next bytes; returns the page offset of the first invalid byte, or `nil`.
  mutating func check(_ bytes: UnsafeRawBufferPointer) -> Int? {
    for byte in bytes {
      defer { offset += 1 }
      if needed == 0 {
        if byte < 0x80 { continue }
        sequenceStart = offset
        lower = 0x80
        upper = 0xBF
        switch byte {
        case 0xC2...0xDF: needed = 1
        case 0xE0:
          needed = 2
          lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: needed = 2
        case 0xED:
          needed = 2
          upper = 0x9F
        case 0xF0:
          needed = 3
          lower = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4:
          needed = 3
          upper = 0x8F
        default: return offset
        }
      } else {
        guard byte >= lower, byte <= upper else { return sequenceStart }
        needed -= 1
        lower = 0x80
        upper = 0xBF
      }
    }
    return nil
  }

  /// At the end of the page: the offset of a sequence cut short by the end, or `nil`.
  func finish() -> Int? {
    needed == 0 ? nil : sequenceStart
  }

  /// Whether `bytes` are UTF-8; with `complete: false` a sequence cut at the end is allowed (more bytes follow).
  static func isValid(_ bytes: [UInt8], complete: Bool) -> Bool {
    var validator = UTF8Validator()
    let failure = bytes.withUnsafeBytes { validator.check($0) }
    guard failure == nil else { return false }
    return !complete || validator.finish() == nil
  }
}
