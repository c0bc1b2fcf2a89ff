import CZip

/// A raw deflate stream (no zlib or gzip wrapper: what a zip entry holds) at ``ZipWriter/compressionLevel``, with the
/// CRC-32 and the length of what went in.
///
/// Streams deflated apart can be joined into one: each but the last must end with a sync flush (which ends on a byte
/// boundary without marking the last block), the last with ``finish(into:)``; their CRCs are joined with
/// ``combine(_:_:length:)``. This is how pigz deflates in parallel, and how a worksheet's rows are deflated while they
/// are written, apart from the head that only the finished sheet can give (``ZipWriter``).
final class RawDeflater {
  private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
  private let output = UnsafeMutablePointer<UInt8>.allocate(capacity: RawDeflater.outputSize)
  /// The CRC-32 of the bytes deflated so far.
  private(set) var crc: UInt = crc32(0, nil, 0)
  /// The number of bytes deflated so far.
  private(set) var count = 0

  private static let outputSize = 64 * 1024

  /// A new stream; `nil` when zlib cannot allocate its state.
  init?() {
    stream.initialize(to: z_stream())
    let code = deflateInit2_(
      stream, Int32(ZipWriter.compressionLevel), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    guard code == Z_OK else {
      stream.deallocate()
      output.deallocate()
      return nil
    }
  }

  deinit {
    deflateEnd(stream)
    stream.deallocate()
    output.deallocate()
  }

  /// Deflates `input`, handing the compressed bytes produced so far to `sink`.
  func deflate(_ input: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
    try run(input, flush: Z_NO_FLUSH, into: sink)
  }

  /// Ends the stream so far on a byte boundary without marking its last block: another stream may follow.
  func flush(into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
    try run(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_SYNC_FLUSH, into: sink)
  }

  /// Ends the stream with its last block.
  func finish(into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
    try run(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FINISH, into: sink)
  }

  /// The CRC-32 of two stretches of bytes one after the other, from theirs and the second's length.
  static func combine(_ first: UInt, _ second: UInt, length: Int) -> UInt {
    crc32_combine(first, second, off_t(length))
  }

  private func run(
    _ input: UnsafeRawBufferPointer, flush: Int32, into sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    var rest = input
    repeat {
      // zlib counts input in 32 bits: feed it in slices.
      let slice = UnsafeRawBufferPointer(rebasing: rest.prefix(1 << 30))
      rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(slice.count))
      if let base = slice.baseAddress {
        crc = crc32(crc, base.assumingMemoryBound(to: Bytef.self), uInt(slice.count))
        count += slice.count
      }
      stream.pointee.next_in = UnsafeMutablePointer(mutating: slice.baseAddress?.assumingMemoryBound(to: Bytef.self))
      stream.pointee.avail_in = uInt(slice.count)
      let mode = rest.isEmpty ? flush : Z_NO_FLUSH
      var code: Int32
      repeat {
        stream.pointee.next_out = output
        stream.pointee.avail_out = uInt(Self.outputSize)
        code = CZip.deflate(stream, mode)
        guard code != Z_STREAM_ERROR else {
          throw XLSXError(.writeFailed, "zlib could not deflate a worksheet (stream error).")
        }
        let produced = Self.outputSize - Int(stream.pointee.avail_out)
        if produced > 0 { try sink(UnsafeRawBufferPointer(start: output, count: produced)) }
      } while mode == Z_FINISH ? code != Z_STREAM_END : stream.pointee.avail_out == 0
    } while !rest.isEmpty
  }
}
