import CZip

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A zip package opened for reading through libzip, with the entry checks and inflation limits of ``ReadLimits``.
///
/// Entry names are checked once at opening: no duplicates (also by letter case), no absolute or climbing names,
/// no more entries than allowed. Parts are read as streams that count inflated bytes, since libzip does not
/// enforce an entry's declared size.
package final class ZipArchive {
  private let archive: OpaquePointer
  package let limits: ReadLimits
  /// The file name shown in messages.
  package let displayName: String
  /// Entry index by exact name.
  private var indexByName: [String: UInt64] = [:]
  /// Every entry name, in central-directory order.
  package private(set) var names: [String] = []
  /// Bytes inflated so far across all parts.
  package fileprivate(set) var totalInflated: Int64 = 0
  /// The compressed sizes of all entries added up: what the package really holds.
  private var packageCompressed: Int64 = 0

  /// Opens the zip file at `path`.
  ///
  /// libzip opens it without its consistency check (`ZIP_CHECKCONS`), which refuses harmless quirks that every other
  /// reader accepts; ``ZipDirectoryCheck`` makes the checks that matter on the file's bytes instead. A file whose end
  /// record counts its entries wrongly (a stale count) is read into memory with the count mended.
  package convenience init(path: String, limits: ReadLimits) throws {
    var code: Int32 = 0
    guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
      if code == ZIP_ER_INCONS, let bytes = ZipArchive.readFile(path, limit: limits.maxInputBytes),
        let mended = try ZipArchive.mendedCount(bytes, file: path)
      {
        try self.init(bytes: mended, displayName: path, limits: limits)
        return
      }
      throw ZipArchive.openError(code: code, file: path)
    }
    let descriptor = openForReading(path)
    var status = stat()
    guard descriptor >= 0, fstat(descriptor, &status) == 0 else {
      if descriptor >= 0 { _ = close(descriptor) }
      zip_discard(archive)
      throw PackageError(.unreadableFile, "The file \(path) cannot be read.")
    }
    defer { _ = close(descriptor) }
    let check = ZipDirectoryCheck(
      read: { offset, count in
        guard offset >= 0, count >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return got == count ? bytes : nil
      }, size: Int(status.st_size), file: path)
    try self.init(archive: archive, limits: limits, displayName: path, check: check)
  }

  /// Opens a zip held in memory (standard input).
  package convenience init(bytes: [UInt8], displayName: String, limits: ReadLimits) throws {
    var bytes = bytes
    var archive = try ZipArchive.open(bytes, displayName: displayName)
    if archive == nil {
      guard let mended = try ZipArchive.mendedCount(bytes, file: displayName) else {
        throw ZipArchive.openError(code: ZIP_ER_INCONS, file: displayName)
      }
      bytes = mended
      archive = try ZipArchive.open(bytes, displayName: displayName)
    }
    guard let archive else { throw ZipArchive.openError(code: ZIP_ER_INCONS, file: displayName) }
    let held = bytes
    let check = ZipDirectoryCheck(
      read: { offset, count in
        guard offset >= 0, count >= 0, offset <= held.count, count <= held.count - offset else { return nil }
        return Array(held[offset..<(offset + count)])
      }, size: held.count, file: displayName)
    try self.init(archive: archive, limits: limits, displayName: displayName, check: check)
  }

  /// Opens a copy of `bytes` through libzip; `nil` when libzip finds the directory inconsistent (a stale count may
  /// be mended), an error for anything else.
  private static func open(_ bytes: [UInt8], displayName: String) throws -> OpaquePointer? {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let copy = malloc(max(bytes.count, 1)) else {
      throw PackageError(.unreadableFile, "Out of memory while reading \(displayName).")
    }
    bytes.withUnsafeBytes { buffer in
      if let base = buffer.baseAddress { copy.copyMemory(from: base, byteCount: buffer.count) }
    }
    guard let source = zip_source_buffer_create(copy, UInt64(bytes.count), 1, &error) else {
      free(copy)
      throw PackageError(.unreadableFile, "The data of \(displayName) cannot be read as a zip package.")
    }
    guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
      zip_source_free(source)
      let code = zip_error_code_zip(&error)
      if code == ZIP_ER_INCONS { return nil }
      throw ZipArchive.openError(code: code, file: displayName)
    }
    return archive
  }

  /// The bytes with the end record's entry count set to the number of entries its central directory holds, when
  /// that differs; `nil` when the count is not what is wrong.
  private static func mendedCount(_ bytes: [UInt8], file: String) throws -> [UInt8]? {
    let check = ZipDirectoryCheck(
      read: { offset, count in
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { return nil }
        return Array(bytes[offset..<(offset + count)])
      }, size: bytes.count, file: file)
    guard let directory = try? check.directory(), directory.declaredCount != directory.entries.count else {
      return nil
    }
    var mended = bytes
    return ZipDirectoryCheck.patchedCount(&mended, directory: directory) ? mended : nil
  }

  /// The whole file, when it is at most `limit` bytes.
  private static func readFile(_ path: String, limit: Int) -> [UInt8]? {
    let descriptor = openForReading(path)
    guard descriptor >= 0 else { return nil }
    defer { _ = close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size >= 0, status.st_size <= limit else { return nil }
    let count = Int(status.st_size)
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(done)) }
      if got <= 0 { return nil }
      done += got
    }
    return bytes
  }

  private init(archive: OpaquePointer, limits: ReadLimits, displayName: String, check: ZipDirectoryCheck) throws {
    self.archive = archive
    self.limits = limits
    self.displayName = displayName
    // Every stored property is set: should this throw, deinit runs and discards the archive.
    try readDirectory()
    let directory = try check.directory()
    guard directory.entries.count == names.count else {
      throw PackageError(
        .corruptZip,
        "The file \(displayName) is a damaged zip package: its central directory holds \(directory.entries.count) "
          + "entries where \(names.count) were read.")
    }
    try check.check(directory)
  }

  deinit {
    zip_discard(archive)
  }

  private static func openError(code: Int32, file: String) -> PackageError {
    switch code {
    case ZIP_ER_NOZIP, ZIP_ER_EOF:
      return PackageError(
        .truncatedZip,
        "The file \(file) is a truncated or damaged zip package: its central directory is missing. "
          + "The file was probably cut short while downloading or copying.")
    case ZIP_ER_EXISTS:
      return PackageError(.duplicateEntry, "The file \(file) holds two zip entries with the same name.")
    case ZIP_ER_INCONS:
      return PackageError(.corruptZip, "The file \(file) is a damaged zip package: its directory is inconsistent.")
    case ZIP_ER_OPEN, ZIP_ER_NOENT, ZIP_ER_READ:
      return PackageError(.unreadableFile, "The file \(file) cannot be read.")
    case ZIP_ER_MEMORY:
      return PackageError(.unreadableFile, "Out of memory while opening \(file).")
    default:
      var error = zip_error_t()
      zip_error_init_with_code(&error, code)
      defer { zip_error_fini(&error) }
      let reason = String(cString: zip_error_strerror(&error))
      return PackageError(.corruptZip, "The file \(file) is not a readable zip package (\(reason)).")
    }
  }

  private func readDirectory() throws {
    let count = zip_get_num_entries(archive, 0)
    guard count >= 0 else { throw PackageError(.corruptZip, "The zip directory of \(displayName) cannot be read.") }
    guard count <= limits.maxEntries else {
      throw PackageError(
        .tooManyEntries,
        "The package \(displayName) has \(count) entries; at most \(limits.maxEntries) are allowed.")
    }
    var folded: [String: String] = [:]
    folded.reserveCapacity(Int(count))
    indexByName.reserveCapacity(Int(count))
    names.reserveCapacity(Int(count))
    for index in 0..<UInt64(count) {
      guard let raw = zip_get_name(archive, index, 0) else {
        throw PackageError(.corruptZip, "Entry \(index) of \(displayName) has no readable name.")
      }
      var name = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
      // Some Windows generators write `xl\styles.xml`: read as `xl/styles.xml` unless that climbs out or collides.
      if name.utf8.contains(UInt8(ascii: "\\")) {
        let slashed = String(name.map { $0 == "\\" ? "/" : $0 })
        if Self.isUnsafe(slashed) { try Self.checkSafe(name) }
        name = slashed
      }
      try Self.checkSafe(name)
      if indexByName[name] != nil {
        throw PackageError(.duplicateEntry, "The package holds the entry \(name) twice.", part: name)
      }
      let key = name.lowercased()
      if let other = folded[key] {
        throw PackageError(
          .duplicateEntry, "The package holds entries \(other) and \(name), which differ only in letter case.",
          part: name)
      }
      folded[key] = name
      indexByName[name] = index
      names.append(name)
      var stat = zip_stat_t()
      zip_stat_init(&stat)
      if zip_stat_index(archive, index, 0, &stat) == 0, (stat.valid & UInt64(ZIP_STAT_COMP_SIZE)) != 0 {
        let (sum, overflow) = packageCompressed.addingReportingOverflow(Int64(clamping: stat.comp_size))
        packageCompressed = overflow ? .max : sum
      }
    }
  }

  private static func checkSafe(_ name: String) throws {
    if isUnsafe(name) {
      throw PackageError(
        .unsafeEntryName, "The package holds an entry with an unsafe name (absolute or climbing out): \(name).",
        part: name)
    }
  }

  /// Whether a name is absolute (`/x`, `\x`, `C:x`), holds a backslash or a NUL, or has a `..` segment; the checks
  /// compare characters, which on ASCII without carriage returns (the usual name) are its bytes.
  package static func isUnsafe(_ name: String) -> Bool {
    let bytes = name.utf8
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else {
      let segments = name.split(separator: "/", omittingEmptySubsequences: false)
      let absolute = name.hasPrefix("/") || name.hasPrefix("\\") || (name.count >= 2 && Array(name)[1] == ":")
      return absolute || name.contains("\\") || segments.contains("..") || name.utf8.contains(0)
    }
    if bytes.count >= 2, bytes[bytes.index(after: bytes.startIndex)] == UInt8(ascii: ":") { return true }
    if bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) || bytes.first == UInt8(ascii: "/") {
      return true
    }
    return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).contains {
      $0.elementsEqual("..".utf8)
    }
  }

  /// The part's name as stored, looked up without regard to letter case (OPC part names are case-insensitive).
  package func storedName(_ name: String) -> String? {
    if indexByName[name] != nil { return name }
    let lowered = name.lowercased()
    return names.first { $0.lowercased() == lowered }
  }

  /// Opens a part for streaming, with the size and ratio checks applied before and during inflation.
  package func open(_ name: String) throws -> ZipEntryStream {
    guard let stored = storedName(name), let index = indexByName[stored] else {
      throw PackageError(.missingPart, "The package has no part \(name).", part: name)
    }
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    guard zip_stat_index(archive, index, 0, &stat) == 0 else {
      throw PackageError(.corruptZip, "The zip entry of \(stored) cannot be read.", part: stored)
    }
    let declared = (stat.valid & UInt64(ZIP_STAT_SIZE)) != 0 ? Int64(clamping: stat.size) : 0
    let compressed = (stat.valid & UInt64(ZIP_STAT_COMP_SIZE)) != 0 ? Int64(clamping: stat.comp_size) : 0
    try checkInflation(part: stored, inflated: declared, compressed: compressed, declaredOnly: true)
    guard let file = zip_fopen_index(archive, index, 0) else {
      let code = zip_error_code_zip(zip_get_error(archive))
      if code == ZIP_ER_NOPASSWD || code == ZIP_ER_ENCRNOTSUPP {
        throw PackageError(.encryptedPart, "The part \(stored) is encrypted; remove the password.", part: stored)
      }
      let reason = String(cString: zip_strerror(archive))
      throw PackageError(.corruptZip, "The part \(stored) cannot be opened (\(reason)).", part: stored)
    }
    return ZipEntryStream(
      archive: self, file: file, part: stored, compressedSize: compressed, declaredSize: declared)
  }

  /// Reads a whole part into memory (for tests that look inside a part).
  package func readAll(_ name: String) throws -> [UInt8] {
    let stream = try open(name)
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = try chunk.withUnsafeMutableBytes { try stream.read(into: $0) }
      if count == 0 { break }
      data.append(contentsOf: chunk[0..<count])
    }
    return data
  }

  /// Throws when a part would inflate beyond the limits; `declaredOnly` marks a check on the directory's claim.
  fileprivate func checkInflation(part: String, inflated: Int64, compressed: Int64, declaredOnly: Bool) throws {
    let claim = declaredOnly ? "declares" : "inflates to"
    if inflated > limits.maxPartBytes {
      throw PackageError(
        .partTooLarge,
        "The part \(claim) more than \(limits.maxPartBytes) bytes (\(inflated)); the file is refused as a zip bomb.",
        part: part)
    }
    if inflated > limits.ratioThresholdBytes {
      let ratio = Double(inflated) / Double(max(compressed, 1))
      if ratio > limits.maxCompressionRatio {
        throw PackageError(
          .compressionRatioExceeded,
          "The part \(claim) \(inflated) bytes from \(compressed) compressed bytes (ratio \(Int(ratio)):1, "
            + "more than \(Int(limits.maxCompressionRatio)):1); the file is refused as a zip bomb.",
          part: part)
      }
    }
    // Parts under the ratio threshold, or one part read many times, must not add up to a bomb either: everything
    // read so far is held to the ratio against the package's compressed size.
    if !declaredOnly, totalInflated > limits.ratioThresholdBytes,
      Double(totalInflated) / Double(max(packageCompressed, 1)) > limits.maxCompressionRatio
    {
      throw PackageError(
        .compressionRatioExceeded,
        "The parts read so far inflate to \(totalInflated) bytes from a package of \(packageCompressed) compressed "
          + "bytes (more than \(Int(limits.maxCompressionRatio)):1); the file is refused as a zip bomb.",
        part: part)
    }
    if !declaredOnly, totalInflated > limits.maxTotalBytes {
      throw PackageError(
        .packageTooLarge,
        "The parts read so far inflate to more than \(limits.maxTotalBytes) bytes; the file is refused as a zip bomb.",
        part: part)
    }
  }

  fileprivate func addInflated(_ count: Int) { totalInflated += Int64(count) }
}

/// One part being inflated, counting its bytes against the archive's limits.
package final class ZipEntryStream {
  private let archive: ZipArchive
  private var file: OpaquePointer?
  /// The part's name.
  package let part: String
  private let compressedSize: Int64
  /// The inflated size the zip directory declares (0 when it declares none); only a hint, since it may lie.
  package let declaredSize: Int64
  package private(set) var inflated: Int64 = 0

  fileprivate init(archive: ZipArchive, file: OpaquePointer, part: String, compressedSize: Int64, declaredSize: Int64) {
    self.archive = archive
    self.file = file
    self.part = part
    self.compressedSize = compressedSize
    self.declaredSize = declaredSize
  }

  deinit {
    if let file { zip_fclose(file) }
  }

  /// Reads up to `buffer.count` inflated bytes; returns 0 at the end of the part.
  package func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard let file, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    let count = zip_fread(file, base, UInt64(buffer.count))
    if count < 0 {
      let code = zip_error_code_zip(zip_file_get_error(file))
      let reason = String(cString: zip_file_strerror(file))
      close()
      if code == ZIP_ER_CRC {
        throw PackageError(
          .checksumMismatch, "The part's data does not match its CRC checksum: it is damaged.", part: part)
      }
      throw PackageError(.corruptZip, "The part cannot be inflated (\(reason)).", part: part)
    }
    if count == 0 {
      close()
      return 0
    }
    inflated += count
    archive.addInflated(Int(count))
    try archive.checkInflation(part: part, inflated: inflated, compressed: compressedSize, declaredOnly: false)
    return Int(count)
  }

  private func close() {
    if let file {
      zip_fclose(file)
      self.file = nil
    }
  }
}

/// POSIX `open(2)` for reading, reachable inside ``ZipArchive`` (whose own `open` hides it).
private func openForReading(_ path: String) -> Int32 {
  open(path, O_RDONLY | O_CLOEXEC)
}
