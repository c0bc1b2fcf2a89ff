import CZip

/// Checks the deflated streams of a PDF before poppler reads it: a stream that inflates past the limit (a deflate
/// bomb) would cost poppler seconds or minutes of parsing, so it is refused up front.
enum StreamScanner {
  /// Throws ``PDFError/Kind/tooLarge`` when a `/FlateDecode` stream inflates to more than `maxStreamBytes`.
  static func check(_ bytes: [UInt8], name: String, maxStreamBytes: Int) throws(PDFError) {
    let keyword = Array("stream".utf8)
    let end = Array("endstream".utf8)
    var index = 0
    var output = [UInt8](repeating: 0, count: 1 << 16)
    while let found = find(keyword, in: bytes, from: index) {
      index = found + keyword.count
      // `endstream` itself contains `stream`; a stream keyword is followed by a line end.
      guard found < 3 || !bytes[found - 3..<found].elementsEqual(Array("end".utf8)) else { continue }
      var dataStart = index
      if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
      guard dataStart < bytes.count, bytes[dataStart] == 0x0A || dataStart > index else { continue }
      if bytes[dataStart] == 0x0A { dataStart += 1 }
      let dictionaryStart = max(0, found - 512)
      guard find(Array("FlateDecode".utf8), in: bytes[dictionaryStart..<found]) != nil else { continue }
      let dataEnd = find(end, in: bytes, from: dataStart) ?? bytes.count
      let inflated = inflatedSize(bytes[dataStart..<dataEnd], limit: maxStreamBytes, buffer: &output)
      if inflated > maxStreamBytes {
        throw PDFError(
          .tooLarge,
          "\(name) holds a compressed stream that inflates to more than \(maxStreamBytes) bytes (at byte \(found)).")
      }
      index = dataEnd
    }
  }

  /// The number of bytes `data` inflates to, counting no further than just past `limit`.
  private static func inflatedSize(_ data: ArraySlice<UInt8>, limit: Int, buffer: inout [UInt8]) -> Int {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return 0 }
    defer { inflateEnd(&stream) }
    var total = 0
    let capacity = buffer.count
    data.withUnsafeBufferPointer { input in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.avail_in = uInt(input.count)
      buffer.withUnsafeMutableBufferPointer { out in
        while total <= limit {
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(capacity)
          let status = inflate(&stream, Z_NO_FLUSH)
          total += capacity - Int(stream.avail_out)
          if status != Z_OK { break }
          if stream.avail_in == 0 && stream.avail_out != 0 { break }
        }
      }
    }
    return total
  }

  /// The first index at or after `start` where `needle` occurs.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    find(needle, in: haystack[min(start, haystack.count)...])
  }

  /// The first index (of the underlying array) where `needle` occurs in `haystack`.
  static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while index <= last {
      if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
