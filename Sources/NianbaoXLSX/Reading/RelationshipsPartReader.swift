import NianbaoPackage

/// One relationship of a `.rels` part.
struct Relationship: Equatable {
  var id: String
  var type: String
  /// The target resolved to a part name inside the package (no leading slash), or the raw target when external.
  var target: String
  var isExternal: Bool

  /// Whether the relationship type ends with the given name (`officeDocument`, `worksheet`, `sharedStrings`…),
  /// whatever the namespace (transitional or Strict OOXML).
  func isType(_ name: String) -> Bool { type.hasSuffix("/" + name) }
}

/// Reads relationship parts (`_rels/.rels`, `xl/_rels/workbook.xml.rels`).
struct RelationshipsPartReader: XMLPartHandler {
  /// The relationships part that belongs to a source part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
  static func partName(for source: String) -> String {
    guard let slash = source.lastIndex(of: "/") else { return "_rels/\(source).rels" }
    return source[..<slash] + "/_rels/" + source[source.index(after: slash)...] + ".rels"
  }

  /// Reads the relationships of `source` ("" for the package); a missing part gives no relationships.
  static func read(from archive: ZipArchive, source: String) throws -> [Relationship] {
    let name = source.isEmpty ? "_rels/.rels" : partName(for: source)
    guard archive.storedName(name) != nil else { return [] }
    let stream = try archive.open(name)
    return try XMLEventParser.parse(stream, with: RelationshipsPartReader(source: source, part: stream.part)).result
  }

  private let source: String
  private let part: String
  private var result: [Relationship] = []

  private init(source: String, part: String) {
    self.source = source
    self.part = part
  }

  /// Every `Relationship` element adds one, its target resolved unless it is external.
  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  {
    guard name.is("Relationship") else { return false }
    guard let id = attributes.unprefixedValue(of: "Id"), let type = attributes.unprefixedValue(of: "Type"),
      let target = attributes.unprefixedValue(of: "Target")
    else {
      throw XLSXError(.malformedXML, "A relationship lacks its Id, Type or Target attribute.", part: part)
    }
    let external = attributes.unprefixedValue(of: "TargetMode") == "External"
    let resolved = external ? target : try Self.resolve(target, from: source, part: part)
    result.append(Relationship(id: id, type: type, target: resolved, isExternal: external))
    return false
  }

  /// Resolves a relative target against the folder of its source part, refusing targets that climb out.
  static func resolve(_ target: String, from source: String, part: String) throws -> String {
    let resolved: String?
    if target.utf8.allSatisfy({ $0 < 0x80 }), source.utf8.allSatisfy({ $0 < 0x80 }) {
      // On ASCII, characters are bytes: the same walk on bytes is much cheaper.
      let slash = UInt8(ascii: "/")
      let dot = UInt8(ascii: ".")
      let path = Array(target.utf8)
      let absolute = path.first == slash
      let folder: [ArraySlice<UInt8>] =
        absolute ? [] : Array(source.utf8).split(separator: slash, omittingEmptySubsequences: false).dropLast()
      resolved = walk(
        path.split(separator: slash, omittingEmptySubsequences: true), from: folder, dot: [dot], dotDot: [dot, dot]
      ).map { String(decoding: Array($0.joined(separator: [slash])), as: UTF8.self) }
    } else {
      let absolute = target.hasPrefix("/")
      let folder: [Substring] =
        absolute ? [] : source.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      let path = absolute ? target.dropFirst() : Substring(target)
      resolved = walk(path.split(separator: "/", omittingEmptySubsequences: true), from: folder, dot: ".", dotDot: "..")
        .map { $0.joined(separator: "/") }
    }
    guard let resolved else {
      throw XLSXError(.unsafeEntryName, "A relationship target climbs out of the package: \(target).", part: part)
    }
    return resolved
  }

  /// The folder `segments` walked down `path`: `.` stays, `..` climbs, any other segment descends; `nil` when `..`
  /// climbs out of the package.
  private static func walk<Segment: Equatable>(
    _ path: [Segment], from segments: [Segment], dot: Segment, dotDot: Segment
  ) -> [Segment]? {
    var result = segments
    for segment in path where segment != dot {
      if segment == dotDot {
        guard !result.isEmpty else { return nil }
        result.removeLast()
      } else {
        result.append(segment)
      }
    }
    return result
  }
}
