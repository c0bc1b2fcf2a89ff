import Foundation

/// Label matching for the table locators, with each cell text normalised once rather than once per label tried.
///
/// ``Label/matches(_:)`` normalises the cell text (Unicode NFKC through Foundation, the costliest step of an import)
/// on every call, and the locators try every cell against many labels, for both template versions. The normal forms
/// are kept in a process-wide table shared by every thread (a batch import meets the same header texts in every
/// file); the table is emptied when it grows past ``capacity`` entries, so that memory stays bounded.
enum LabelLookup {
  /// The most texts kept before the table is emptied.
  static let capacity = 8_192

  /// A text compared by its UTF-8 bytes: Swift's own string hashing normalises non-ASCII text on every call.
  /// Canonically equivalent texts spelled differently get separate entries with the same normal form.
  private struct Key: Hashable {
    let text: String

    static func == (lhs: Key, rhs: Key) -> Bool {
      let equal = lhs.text.utf8.withContiguousStorageIfAvailable { left in
        rhs.text.utf8.withContiguousStorageIfAvailable { right in
          left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
        }
      }
      return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
      let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
      if hashed == nil { hasher.combine(Array(text.utf8)) }
    }
  }

  /// A normal form and its length in Unicode scalars.
  private struct Form {
    let text: String
    let scalarCount: Int
  }

  private final class Table: @unchecked Sendable {
    let lock = NSLock()
    var forms: [Key: Form] = [:]
  }

  private static let table = Table()

  private static func form(_ text: String) -> Form {
    let key = Key(text: text)
    table.lock.lock()
    let known = table.forms[key]
    table.lock.unlock()
    if let known { return known }
    let normal = LabelNormalizer.normalize(text)
    let form = Form(text: normal, scalarCount: normal.unicodeScalars.count)
    table.lock.lock()
    if table.forms.count >= capacity { table.forms.removeAll(keepingCapacity: true) }
    table.forms[key] = form
    table.lock.unlock()
    return form
  }

  /// ``LabelNormalizer/normalize(_:)`` of `text`, computed once per distinct text.
  static func normalized(_ text: String) -> String {
    form(text).text
  }

  /// Whether `text` is `label`: the same answer as `label.matches(text)`, that is
  /// `LabelMatcher.distance(from: LabelNormalizer.normalize(text), to: label) != nil`, without building scalar arrays
  /// for the forms whose length alone rules them out, nor for the short forms that only match exactly.
  static func matches(_ label: Label, _ text: String) -> Bool {
    let cell = form(text)
    for candidate in label.normalizedForms {
      let count = candidate.unicodeScalars.count
      let limit = LabelMatcher.tolerance(forLength: count)
      guard abs(count - cell.scalarCount) <= limit else { continue }
      if limit == 0 {
        if candidate.utf8.elementsEqual(cell.text.utf8) { return true }
        continue
      }
      let scalars = Array(cell.text.unicodeScalars)
      if LabelMatcher.editDistance(scalars, Array(candidate.unicodeScalars), limit: limit) != nil { return true }
    }
    return false
  }
}

extension Label {
  /// Whether `cellText` is this label, as ``matches(_:)`` says, with the cell text's normal form looked up in
  /// ``LabelLookup``.
  func matchesCached(_ cellText: String) -> Bool {
    LabelLookup.matches(self, cellText)
  }
}
