#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A string used as a dictionary key by its exact UTF-8 bytes.
///
/// Swift's own `String` equality and hashing compare canonical equivalence, which normalises non-ASCII text on every
/// call; tables keyed by cell text (shared strings, label look-ups) only need byte equality, which is much cheaper and
/// keeps a decomposed `é` and a precomposed `é` apart.
public struct UTF8Key: Hashable, Sendable {
  /// The text.
  public let text: String

  /// Wraps a text.
  public init(_ text: String) {
    self.text = text
  }

  /// Whether the two texts have the same UTF-8 bytes.
  public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
    let equal = lhs.text.utf8.withContiguousStorageIfAvailable { left in
      rhs.text.utf8.withContiguousStorageIfAvailable { right in
        left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
      }
    }
    return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }

  /// Hashes the UTF-8 bytes.
  public func hash(into hasher: inout Hasher) {
    let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
      hasher.combine(bytes: UnsafeRawBufferPointer($0))
    }
    if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
  }
}
