#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The workbook's shared strings, numbered in order of first use.
///
/// Strings are told apart by their exact Unicode scalars, not by Swift's canonical equivalence, so that a
/// decomposed `é` and a precomposed `é` stay two strings and each is written back exactly as given.
struct SharedStringTable {
  /// The distinct strings, in order of first use.
  private(set) var strings: [String] = []
  /// How many cells refer to a shared string (the `count` attribute).
  private(set) var referenceCount = 0
  private var indexes: [Key: Int] = [:]

  /// A string compared and hashed by its UTF-8 bytes (exact scalars), without copying them into an array.
  private struct Key: Hashable {
    let text: String

    static func == (lhs: Key, rhs: Key) -> Bool {
      let equal = lhs.text.utf8.withContiguousStorageIfAvailable { left in
        rhs.text.utf8.withContiguousStorageIfAvailable { right in
          left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
        }
      }
      return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
      let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
        hasher.combine(bytes: UnsafeRawBufferPointer($0))
      }
      if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
  }

  /// The index of the string, adding it when it is new, and counts one more reference.
  mutating func index(of text: String) -> Int {
    referenceCount += 1
    let key = Key(text: text)
    if let index = indexes[key] { return index }
    let index = strings.count
    strings.append(text)
    indexes[key] = index
    return index
  }
}
