import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A page parsed as XML into a small tree, for the tests of the HTML renderer: parsing fails on an unclosed or
/// mismatched tag, a bad entity or a stray `<`.
final class XMLNode {
  let name: String
  let attributes: [String: String]
  var children: [XMLNode] = []
  /// The text directly inside the element, in order, with the children's text.
  var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// Every element below this one (depth first) named `name`.
  func all(_ name: String) -> [XMLNode] {
    children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
  }

  /// Parses `text`; throws when it is not well-formed.
  static func parse(_ text: String) throws -> XMLNode {
    let builder = Builder()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw ParseError(
        description: "\(parser.parserError.map(String.init(describing:)) ?? "no root") at line \(parser.lineNumber)")
    }
    return root
  }

  struct ParseError: Error, CustomStringConvertible {
    let description: String
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: XMLNode?
    var stack: [XMLNode] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String]
    ) {
      let node = XMLNode(name: elementName, attributes: attributes)
      stack.last?.children.append(node)
      if root == nil { root = node }
      stack.append(node)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
      let node = stack.removeLast()
      stack.last?.text += node.text
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}
