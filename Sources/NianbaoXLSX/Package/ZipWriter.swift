import CZip

/// Builds a zip archive with libzip, in memory or into a new file, deterministically: entries in the order added,
/// every entry deflated and stamped 1980-01-01 00:00:00 (the earliest DOS date), so the same entries give the same
/// bytes.
struct ZipWriter {
  /// One entry: its name inside the archive and its bytes, given as pieces.
  struct Entry {
    /// The entry name, such as `xl/workbook.xml`.
    var name: String
    /// The uncompressed bytes, piece after piece.
    var pieces: [Piece]
    /// Whether each piece is deflated on its own and the results joined (see ``deflatedStream(_:)``), as a sheet
    /// whose rows were deflated while they were written must be; a sheet written in memory is deflated the same way
    /// so that both give the same bytes.
    var deflatesPiecesApart: Bool

    /// An entry of bytes in memory.
    init(name: String, bytes: [UInt8]) {
      self.init(name: name, pieces: [.bytes(bytes)])
    }

    /// An entry made of pieces.
    init(name: String, pieces: [Piece], deflatesPiecesApart: Bool = false) {
      self.name = name
      self.pieces = pieces
      self.deflatesPiecesApart =
        deflatesPiecesApart || pieces.contains { if case .deflated = $0 { true } else { false } }
    }
  }

  /// A stretch of an entry's bytes.
  enum Piece {
    /// Bytes in memory.
    case bytes([UInt8])
    /// Everything written to a spool file.
    case spool(SpoolFile)
    /// Bytes already deflated (by a ``DeflatingSpool``): the entry is stored with them as they are, and its other
    /// pieces are deflated apart and joined to them.
    case deflated(DeflatedBody)

    /// The number of bytes as read (a deflated piece: compressed).
    var count: Int {
      switch self {
      case .bytes(let bytes): return bytes.count
      case .spool(let spool): return spool.count
      case .deflated(let body): return body.spool.count
      }
    }
  }

  /// A raw deflate stream ending with a sync flush, in a spool file, and what it holds.
  struct DeflatedBody {
    /// The compressed bytes.
    var spool: SpoolFile
    /// The CRC-32 of the uncompressed bytes.
    var crc: UInt
    /// The number of uncompressed bytes.
    var count: Int
  }

  /// The pieces of an entry as one raw deflate stream, with its CRC-32 and uncompressed size: a deflated piece as it
  /// is, every piece of bytes deflated on its own (in chunks of ``DeflatingSpool/chunkBytes``, as a deflating spool
  /// is fed); each ended with a sync flush, the last ended as a stream.
  static func deflatedStream(_ pieces: [Piece]) throws -> (pieces: [Piece], crc: UInt, size: Int) {
    var result: [Piece] = []
    var crc: UInt = 0
    var size = 0
    for (index, piece) in pieces.enumerated() {
      let isLast = index == pieces.count - 1
      switch piece {
      case .deflated(let body):
        result.append(.spool(body.spool))
        crc = RawDeflater.combine(crc, body.crc, length: body.count)
        size += body.count
        if isLast { result.append(.bytes(try deflate([], last: true).bytes)) }
      case .bytes(let bytes):
        let (compressed, pieceCRC) = try deflate(bytes, last: isLast)
        result.append(.bytes(compressed))
        crc = RawDeflater.combine(crc, pieceCRC, length: bytes.count)
        size += bytes.count
      case .spool:
        preconditionFailure("an uncompressed spool beside a deflated one")
      }
    }
    return (result, crc, size)
  }

  private static func deflate(_ bytes: [UInt8], last: Bool) throws -> (bytes: [UInt8], crc: UInt) {
    guard let deflater = RawDeflater() else {
      throw XLSXError(.writeFailed, "zlib could not start compressing a worksheet.")
    }
    var output: [UInt8] = []
    let sink: (UnsafeRawBufferPointer) -> Void = { output.append(contentsOf: $0) }
    try bytes.withUnsafeBytes { all in
      var start = 0
      while start < all.count {
        let end = min(start + DeflatingSpool.chunkBytes, all.count)
        try deflater.deflate(UnsafeRawBufferPointer(rebasing: all[start..<end]), into: sink)
        start = end
      }
    }
    if last { try deflater.finish(into: sink) } else { try deflater.flush(into: sink) }
    return (output, deflater.crc)
  }

  /// The DOS date of 1980-01-01: year offset 0, month 1, day 1.
  static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
  /// The DOS time 00:00:00.
  static let dosTime: UInt16 = 0

  /// The zlib level every entry is deflated with.
  ///
  /// Level 2 rather than zlib's default 6 (used before): the repetitive markup of a worksheet makes the lazy
  /// matching of the higher levels walk long hash chains. On the 67.7 MB worksheet of `bench-write 100000 20` (a
  /// report-like sheet of numbers and Chinese strings), Python's zlib takes 0.40 s at level 1 (13.5 MB), 0.40 s at
  /// 2 (13.1 MB), 0.68 s at 3 (12.9 MB), 0.60 s at 4 (12.2 MB), 0.87 s at 5 (10.9 MB) and 1.89 s at 6 (10.6 MB).
  /// Measured with callgrind on the whole benchmark (10,000 rows), levels 1, 2 and 6 cost 0.87, 0.88 and 1.49
  /// billion instructions: at level 2 deflating is under half of a streamed write instead of two thirds, for a
  /// file 24 % larger than at level 6 (13,104,654 bytes instead of 10,584,479 for 100,000 rows); level 1 saves 1 %
  /// of the instructions for a file 3 % larger again.
  static let compressionLevel: zip_uint32_t = 2

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
    try finish(archive, adding: entries, output: nil)
    return try contents(of: source)
  }

  /// Writes the archive of the entries, in order, to `path`, which names an empty file or none; errors name
  /// `output`, the file the archive is for.
  ///
  /// libzip writes a temporary file beside `path` (removed again if anything fails) and renames it over `path`;
  /// spooled pieces are read back as libzip deflates them, so memory does not grow with the entries' size.
  static func write(_ entries: [Entry], to path: String, reportingAs output: String) throws {
    var code: Int32 = 0
    guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
      var error = zip_error_t()
      zip_error_init_with_code(&error, code)
      defer { zip_error_fini(&error) }
      throw failure("could not create the zip archive", String(cString: zip_error_strerror(&error)), output: output)
    }
    try finish(archive, adding: entries, output: output)
  }

  /// Adds the entries and closes the archive, which writes it; on failure the archive is discarded.
  private static func finish(_ archive: OpaquePointer, adding entries: [Entry], output: String?) throws {
    do {
      for entry in entries { try add(entry, to: archive, output: output) }
    } catch {
      zip_discard(archive)
      throw error
    }
    guard zip_close(archive) == 0 else {
      let message = String(cString: zip_strerror(archive))
      zip_discard(archive)
      throw failure("could not finish the zip archive", message, output: output)
    }
  }

  private static func add(_ entry: Entry, to archive: OpaquePointer, output: String?) throws {
    let isDeflated = entry.deflatesPiecesApart
    let source: OpaquePointer?
    if isDeflated {
      let stream = try deflatedStream(entry.pieces)
      source = ZipEntrySource.make(stream.pieces, deflated: (stream.crc, stream.size), in: archive)
    } else {
      source = ZipEntrySource.make(entry.pieces, in: archive)
    }
    guard let data = source else {
      throw failure("could not add \(entry.name)", String(cString: zip_strerror(archive)), output: output)
    }
    let index = zip_file_add(archive, entry.name, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
    guard index >= 0 else {
      zip_source_free(data)
      throw failure("could not add \(entry.name)", String(cString: zip_strerror(archive)), output: output)
    }
    let position = zip_uint64_t(index)
    // An entry deflated already keeps libzip's default method, which takes the source's (deflate) without
    // recompressing.
    guard isDeflated || zip_set_file_compression(archive, position, ZIP_CM_DEFLATE, compressionLevel) == 0,
      zip_file_set_dostime(archive, position, dosTime, dosDate, 0) == 0
    else {
      throw failure("could not set up \(entry.name)", String(cString: zip_strerror(archive)), output: output)
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

  /// A `.writeFailed` error: libzip's action and reason, after the output file when there is one.
  private static func failure(_ action: String, _ reason: String, output: String? = nil) -> XLSXError {
    let message = "libzip \(action): \(reason)."
    return XLSXError(.writeFailed, output.map { "Cannot write '\($0)': \(message)" } ?? message)
  }
}
