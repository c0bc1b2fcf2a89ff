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
enum RelationshipsPartReader {
  /// The relationships part that belongs to a source part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
  static func partName(for source: String) -> String {
    guard let slash = source.lastIndex(of: "/") else { return "_rels/\(source).rels" }
    return source[..<slash] + "/_rels/" + source[source.index(after: slash)...] + ".rels"
  }

  /// Reads the relationships of `source` ("" for the package); a missing part gives no relationships.
  static func read(from archive: ZipArchive, source: String) throws -> [Relationship] {
    let name = source.isEmpty ? "_rels/.rels" : partName(for: source)
    guard archive.storedName(name) != nil else { return [] }
    let reader = try XMLStreamReader(stream: archive.open(name))
    var result: [Relationship] = []
    while try reader.next() {
      guard reader.node == .startElement, reader.isNamed("Relationship") else { continue }
      let attributes = reader.attributes()
      guard let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else {
        throw XLSXError(.malformedXML, "A relationship lacks its Id, Type or Target attribute.", part: reader.part)
      }
      let external = attributes["TargetMode"] == "External"
      let resolved = external ? target : try resolve(target, from: source, part: reader.part)
      result.append(Relationship(id: id, type: type, target: resolved, isExternal: external))
    }
    return result
  }

  /// Resolves a relative target against the folder of its source part, refusing targets that climb out.
  static func resolve(_ target: String, from source: String, part: String) throws -> String {
    var segments: [Substring]
    let path: Substring
    if target.hasPrefix("/") {
      segments = []
      path = target.dropFirst()
    } else {
      segments = source.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      path = Substring(target)
    }
    for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..":
        guard !segments.isEmpty else {
          throw XLSXError(.unsafeEntryName, "A relationship target climbs out of the package: \(target).", part: part)
        }
        segments.removeLast()
      default: segments.append(segment)
      }
    }
    return segments.joined(separator: "/")
  }
}
