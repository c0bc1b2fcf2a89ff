/// The checks on a zip's own bytes that libzip's consistency check (`ZIP_CHECKCONS`) made, kept where they change
/// what is read, so that packages with harmless quirks open as they do in Excel, LibreOffice and python-calamine.
///
/// libzip's check refuses, besides unsafe packages, files that only differ in details no reader uses: a local header
/// whose time or CRC differs from the central directory's (data descriptors), bytes after the end record, an entry
/// count that disagrees with the directory it counts. Without it, this check reads the central directory and each
/// local header itself and refuses only what would make readers disagree or a part be read twice: a local header
/// that is missing or names another entry or compression, entry data that runs past the start of the central
/// directory, and entries whose data overlap (the way overlapping zip bombs quote one compressed stream many
/// times). It also tells ``ZipArchive`` the entry count to use when the end record's is stale.
struct ZipDirectoryCheck {
  /// Reads `count` bytes at `offset`; `nil` when the file is shorter.
  typealias Reader = (_ offset: Int, _ count: Int) -> [UInt8]?

  /// One central directory entry, as far as the check needs it.
  struct Entry {
    var name: [UInt8]
    var method: UInt16
    var compressedSize: Int
    var localOffset: Int
  }

  /// Where the end record and the central directory are.
  struct Directory {
    /// The offset of the end-of-central-directory record.
    var endOffset: Int
    /// The entry count the end record declares.
    var declaredCount: Int
    /// The entries found by walking the directory.
    var entries: [Entry]
    /// The offset of the central directory.
    var offset: Int
    /// Whether the end record is the zip64 one (its count cannot be patched in place).
    var isZip64: Bool
  }

  let read: Reader
  let size: Int
  let file: String

  /// Reads the central directory, walking it entry by entry.
  func directory() throws -> Directory {
    let tailLength = min(size, 22 + 65_535)
    guard let tail = read(size - tailLength, tailLength), tail.count >= 22 else { throw damaged("no end record") }
    var position = tail.count - 22
    var endAt: Int?
    while position >= 0 {
      if tail[position] == 0x50, tail[position + 1] == 0x4B, tail[position + 2] == 5, tail[position + 3] == 6 {
        endAt = position
        break
      }
      position -= 1
    }
    guard let endAt else { throw damaged("no end record") }
    let endOffset = size - tailLength + endAt
    var declared = Int(Self.u16(tail, endAt + 10))
    var directorySize = Int(Self.u32(tail, endAt + 12))
    var offset = Int(Self.u32(tail, endAt + 16))
    var isZip64 = false
    if declared == 0xFFFF || directorySize == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, endOffset >= 20,
      let locator = read(endOffset - 20, 20), Self.u32(locator, 0) == 0x0706_4B50
    {
      let recordOffset = Int(clamping: Self.u64(locator, 8))
      guard let record = read(recordOffset, 56), Self.u32(record, 0) == 0x0606_4B50 else {
        throw damaged("its zip64 end record is missing")
      }
      declared = Int(clamping: Self.u64(record, 32))
      directorySize = Int(clamping: Self.u64(record, 40))
      offset = Int(clamping: Self.u64(record, 48))
      isZip64 = true
    }
    guard offset >= 0, directorySize >= 0, offset <= size, directorySize <= size - offset,
      let bytes = read(offset, directorySize)
    else { throw damaged("its central directory lies outside the file") }
    var entries: [Entry] = []
    var cursor = 0
    while cursor + 46 <= bytes.count, Self.u32(bytes, cursor) == 0x0201_4B50 {
      let nameLength = Int(Self.u16(bytes, cursor + 28))
      let extraLength = Int(Self.u16(bytes, cursor + 30))
      let commentLength = Int(Self.u16(bytes, cursor + 32))
      let end = cursor + 46 + nameLength + extraLength + commentLength
      guard end <= bytes.count else { throw damaged("an entry of its central directory is cut short") }
      var entry = Entry(
        name: Array(bytes[(cursor + 46)..<(cursor + 46 + nameLength)]), method: Self.u16(bytes, cursor + 10),
        compressedSize: Int(Self.u32(bytes, cursor + 20)), localOffset: Int(Self.u32(bytes, cursor + 42)))
      let uncompressed = Self.u32(bytes, cursor + 24)
      Self.applyZip64(
        bytes[(cursor + 46 + nameLength)..<(cursor + 46 + nameLength + extraLength)], to: &entry,
        uncompressedIsMarked: uncompressed == 0xFFFF_FFFF)
      entries.append(entry)
      cursor = end
    }
    return Directory(
      endOffset: endOffset, declaredCount: declared, entries: entries, offset: offset, isZip64: isZip64)
  }

  /// Checks every local header against the central directory and the entries' data against each other.
  func check(_ directory: Directory) throws {
    var spans: [(start: Int, end: Int, name: String)] = []
    spans.reserveCapacity(directory.entries.count)
    for entry in directory.entries {
      let name = String(decoding: entry.name, as: UTF8.self)
      guard entry.localOffset >= 0, let local = read(entry.localOffset, 30), Self.u32(local, 0) == 0x0403_4B50 else {
        throw PackageError(
          .corruptZip, "The file \(file) is a damaged zip package: the entry \(name) has no local header.", part: name)
      }
      let nameLength = Int(Self.u16(local, 26))
      let extraLength = Int(Self.u16(local, 28))
      guard let localName = read(entry.localOffset + 30, nameLength),
        Self.sameName(localName, entry.name), Self.u16(local, 8) == entry.method
      else {
        throw PackageError(
          .corruptZip,
          "The file \(file) is a damaged zip package: the local header of the entry \(name) names another entry "
            + "or compression than its central directory, so readers would disagree on what it holds.",
          part: name)
      }
      let dataEnd = entry.localOffset + 30 + nameLength + extraLength + entry.compressedSize
      guard entry.compressedSize >= 0, dataEnd <= directory.offset else {
        throw PackageError(
          .corruptZip,
          "The file \(file) is a damaged zip package: the data of the entry \(name) runs past the start of its "
            + "central directory.",
          part: name)
      }
      spans.append((entry.localOffset, dataEnd, name))
    }
    spans.sort { $0.start < $1.start }
    for (earlier, later) in zip(spans, spans.dropFirst()) where later.start < earlier.end {
      throw PackageError(
        .corruptZip,
        "The file \(file) is refused: the data of its entries \(earlier.name) and \(later.name) overlap, the way zip "
          + "bombs repeat one compressed stream.",
        part: later.name)
    }
  }

  /// The end record's bytes with both entry counts set to `count`, for a directory whose count is stale.
  static func patchedCount(_ bytes: inout [UInt8], directory: Directory) -> Bool {
    guard !directory.isZip64, directory.entries.count <= 0xFFFF, directory.endOffset + 22 <= bytes.count else {
      return false
    }
    let count = UInt16(directory.entries.count)
    for field in [directory.endOffset + 8, directory.endOffset + 10] {
      bytes[field] = UInt8(count & 0xFF)
      bytes[field + 1] = UInt8(count >> 8)
    }
    return true
  }

  /// Whether a local and a central name are the same (a backslash matching a slash, as some Windows tools write one
  /// header with each).
  private static func sameName(_ local: [UInt8], _ central: [UInt8]) -> Bool {
    guard local.count == central.count else { return false }
    let slash = UInt8(ascii: "/")
    let backslash = UInt8(ascii: "\\")
    return zip(local, central).allSatisfy { a, b in
      a == b || ((a == slash || a == backslash) && (b == slash || b == backslash))
    }
  }

  /// Takes the compressed size and local offset from a zip64 extra field where the 32-bit fields are marked.
  private static func applyZip64(_ extra: ArraySlice<UInt8>, to entry: inout Entry, uncompressedIsMarked: Bool) {
    let bytes = Array(extra)
    var cursor = 0
    while cursor + 4 <= bytes.count {
      let id = u16(bytes, cursor)
      let length = Int(u16(bytes, cursor + 2))
      guard cursor + 4 + length <= bytes.count else { return }
      if id == 1 {
        var field = cursor + 4
        if uncompressedIsMarked { field += 8 }
        if entry.compressedSize == 0xFFFF_FFFF, field + 8 <= cursor + 4 + length {
          entry.compressedSize = Int(clamping: u64(bytes, field))
          field += 8
        }
        if entry.localOffset == 0xFFFF_FFFF, field + 8 <= cursor + 4 + length {
          entry.localOffset = Int(clamping: u64(bytes, field))
        }
        return
      }
      cursor += 4 + length
    }
  }

  private func damaged(_ reason: String) -> PackageError {
    PackageError(.corruptZip, "The file \(file) is a damaged zip package: \(reason).")
  }

  static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

  static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
  }

  static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
    UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
  }
}
