/// The workbook's shared strings, numbered in order of first use.
///
/// Strings are told apart by their exact Unicode scalars, not by Swift's canonical equivalence, so that a
/// decomposed `é` and a precomposed `é` stay two strings and each is written back exactly as given.
///
/// Every string cell of a sheet looks its text up here, so the table is its own open-addressing hash table over the
/// strings' UTF-8 bytes (hashed with Swift's seeded `Hasher`, through ``UTF8Key``): a look-up costs a hash, one
/// comparison of hashes and, when they match, one comparison of bytes.
struct SharedStringTable {
  /// The distinct strings, in order of first use.
  private(set) var strings: [String] = []
  /// How many cells refer to a shared string (the `count` attribute).
  private(set) var referenceCount = 0
  /// The hash of each string, by index.
  private var hashes: [Int] = []
  /// 1 + the index of the string in each slot, 0 for an empty slot; a power of two long, at most half full.
  private var slots = [Int](repeating: 0, count: 64)

  /// The index of the string, adding it when it is new, and counts one more reference.
  mutating func index(of text: String) -> Int {
    referenceCount += 1
    let key = UTF8Key(text)
    let hash = key.hashValue
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] != 0 {
      let index = slots[slot] - 1
      if hashes[index] == hash, UTF8Key(strings[index]) == key { return index }
      slot = (slot + 1) & mask
    }
    let index = strings.count
    strings.append(text)
    hashes.append(hash)
    slots[slot] = index + 1
    if strings.count * 2 > slots.count { grow() }
    return index
  }

  /// Doubles the slots and places every string again.
  private mutating func grow() {
    slots = [Int](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, hash) in hashes.enumerated() {
      var slot = hash & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = index + 1
    }
  }
}
