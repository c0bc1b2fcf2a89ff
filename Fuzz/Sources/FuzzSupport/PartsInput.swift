/// The input format of the structure-aware target: a package written out as text, one part after another, each
/// introduced by a line `@@@ NAME` (the part's entry name) and followed by its bytes up to the next such line.
///
/// Mutating this text changes the XML inside the parts while the package itself stays readable, which raw
/// mutation of a deflated zip rarely achieves. `scripts/fuzz.sh` writes the seeds from the fixtures' zips.
public enum PartsInput {
  /// The marker at the start of a line that begins a part.
  public static let marker: [UInt8] = Array("@@@ ".utf8)
  /// The most parts taken from one input.
  public static let maxParts = 64

  /// The parts of an input, in order; bytes before the first marker are ignored.
  public static func parts(_ bytes: [UInt8]) -> [(name: String, bytes: [UInt8])] {
    var starts: [Int] = []
    var index = 0
    while index + marker.count <= bytes.count, starts.count < maxParts {
      if (index == 0 || bytes[index - 1] == UInt8(ascii: "\n")),
        bytes[index..<index + marker.count].elementsEqual(marker)
      {
        starts.append(index)
        index += marker.count
      } else {
        index += 1
      }
    }
    var result: [(name: String, bytes: [UInt8])] = []
    for (number, start) in starts.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
      let body = bytes[(start + marker.count)..<end]
      let newline = body.firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
      let name = String(decoding: body[body.startIndex..<newline], as: UTF8.self)
      var data = Array(body[min(newline + 1, body.endIndex)..<body.endIndex])
      // The newline before the next marker belongs to the marker line.
      if number + 1 < starts.count, data.last == UInt8(ascii: "\n") { data.removeLast() }
      result.append((name, data))
    }
    return result
  }

  /// The input as a zip package of stored entries.
  public static func package(_ bytes: [UInt8]) -> [UInt8] {
    StoredZip.archive(parts(bytes))
  }
}
