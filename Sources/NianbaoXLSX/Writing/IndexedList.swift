/// Distinct values in order of first use, each numbered by its position: the shape of every table in `styles.xml`
/// (fonts, fills, borders, number formats, differential styles).
struct IndexedList<Element: Hashable> {
  /// The values, in order of first use.
  private(set) var elements: [Element] = []
  private var positions: [Element: Int] = [:]

  /// Creates a list holding `initial` (duplicates kept once).
  init(_ initial: [Element] = []) {
    for element in initial { _ = index(of: element) }
  }

  /// The position of `element`, appending it when it is new.
  mutating func index(of element: Element) -> Int {
    if let position = positions[element] { return position }
    let position = elements.count
    elements.append(element)
    positions[element] = position
    return position
  }
}
