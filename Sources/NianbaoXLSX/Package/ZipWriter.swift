import CZip

/// Builds a zip archive in memory with libzip, deterministically: entries in the order added, every entry
/// deflated and stamped 1980-01-01 00:00:00 (the earliest DOS date), so the same entries give the same bytes.
struct ZipWriter {
  /// One entry: its name inside the archive and its bytes.
  struct Entry {
    /// The entry name, such as `xl/workbook.xml`.
    var name: String
    /// The uncompressed bytes.
    var bytes: [UInt8]
  }

  /// The DOS date of 1980-01-01: year offset 0, month 1, day 1.
  static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
  /// The DOS time 00:00:00.
  static let dosTime: UInt16 = 0

  /// The archive of the entries, in order.
  static func archive(_ entries: [Entry]) throws -> [UInt8] {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
      throw failure("could not create an in-memory zip buffer", String(cString: zip_error_strerror(&error)))
    }
    defer { zip_source_free(source) }
    // The archive takes a reference to the source; keep our own so the bytes outlive zip_close.
    zip_source_keep(source)
    guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
      throw failure("could not open an in-memory zip archive", String(cString: zip_error_strerror(&error)))
    }
    // libzip reads the entry data only in zip_close, so the copies live until the archive is closed or discarded.
    var buffers: [UnsafeMutableRawBufferPointer] = []
    defer { buffers.forEach { $0.deallocate() } }
    do {
      for entry in entries {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(entry.bytes.count, 1), alignment: 1)
        buffers.append(buffer)
        buffer.copyBytes(from: entry.bytes)
        try add(entry.name, bytes: UnsafeRawBufferPointer(rebasing: buffer[0..<entry.bytes.count]), to: archive)
      }
    } catch {
      zip_discard(archive)
      throw error
    }
    guard zip_close(archive) == 0 else {
      let message = String(cString: zip_strerror(archive))
      zip_discard(archive)
      throw failure("could not finish the zip archive", message)
    }
    return try contents(of: source)
  }

  private static func add(_ name: String, bytes: UnsafeRawBufferPointer, to archive: OpaquePointer) throws {
    guard let data = zip_source_buffer(archive, bytes.baseAddress, zip_uint64_t(bytes.count), 0) else {
      throw failure("could not add \(name)", String(cString: zip_strerror(archive)))
    }
    let index = zip_file_add(archive, name, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
    guard index >= 0 else {
      zip_source_free(data)
      throw failure("could not add \(name)", String(cString: zip_strerror(archive)))
    }
    let position = zip_uint64_t(index)
    guard zip_set_file_compression(archive, position, ZIP_CM_DEFLATE, 6) == 0,
      zip_file_set_dostime(archive, position, dosTime, dosDate, 0) == 0
    else {
      throw failure("could not set up \(name)", String(cString: zip_strerror(archive)))
    }
  }

  private static func contents(of source: OpaquePointer) throws -> [UInt8] {
    guard zip_source_open(source) == 0 else {
      throw failure(
        "could not read the zip archive back", String(cString: zip_error_strerror(zip_source_error(source))))
    }
    defer { zip_source_close(source) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let read = chunk.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress!, zip_uint64_t($0.count)) }
      guard read >= 0 else {
        throw failure(
          "could not read the zip archive back", String(cString: zip_error_strerror(zip_source_error(source))))
      }
      if read == 0 { break }
      bytes.append(contentsOf: chunk[0..<Int(read)])
    }
    return bytes
  }

  private static func failure(_ action: String, _ reason: String) -> XLSXError {
    XLSXError(.writeFailed, "libzip \(action): \(reason).")
  }
}
