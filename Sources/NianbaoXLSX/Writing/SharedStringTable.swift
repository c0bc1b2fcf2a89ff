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
  private var indexes: [UTF8Key: Int] = [:]

  /// The index of the string, adding it when it is new, and counts one more reference.
  mutating func index(of text: String) -> Int {
    referenceCount += 1
    let key = UTF8Key(text)
    if let index = indexes[key] { return index }
    let index = strings.count
    strings.append(text)
    indexes[key] = index
    return index
  }
}
