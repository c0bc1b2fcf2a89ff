/// What the SAX handlers of worksheets and small parts do when an element ends: libxml2 reports an end for an empty
/// element (`<c/>`) too, which the handlers already dealt with at its start, and nothing inside a skipped subtree
/// matters.
package enum ElementEnd {
  /// Steps `depth` back to the ending element's and tells whether its end is to be handled: `false` for the end of
  /// an empty element (clearing `swallowEnd`) and inside a skipped subtree (leaving it at its own end).
  package static func isHandled(depth: inout Int, swallowEnd: inout Bool, skipDepth: inout Int?) -> Bool {
    depth -= 1
    if swallowEnd {
      swallowEnd = false
      return false
    }
    if let skip = skipDepth {
      if depth == skip { skipDepth = nil }
      return false
    }
    return true
  }
}
