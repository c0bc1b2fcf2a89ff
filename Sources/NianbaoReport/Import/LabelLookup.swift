import Foundation
import NianbaoXLSX

/// Label matching for the table locators, with each cell text normalised once rather than once per label tried.
///
/// ``Label/matches(_:)`` normalises the cell text (Unicode NFKC through Foundation, the costliest step of an import)
/// on every call, and the locators try every cell against many labels, for both template versions. The normal forms
/// are kept in a process-wide table shared by every thread (a batch import meets the same header texts in every
/// file), keyed by their exact bytes (``UTF8Key``: canonically equivalent texts spelled differently get separate
/// entries with the same normal form); each stripe of the table is emptied when the whole would grow past
/// ``capacity`` entries, so that memory stays bounded.
enum LabelLookup {
  /// The most texts kept before the table is emptied.
  static let capacity = 8_192

  /// A cell text's normal form and its length in Unicode scalars: look it up once, then match it against every
  /// label tried.
  struct Form {
    /// ``LabelNormalizer/normalize(_:)`` of the text.
    let text: String
    let scalarCount: Int

    /// Whether the text is `label`: the same answer as `label.matches(text)`, that is
    /// `LabelMatcher.distance(from: LabelNormalizer.normalize(text), to: label) != nil`, without building scalar
    /// arrays for the forms whose length alone rules them out, nor for the short forms that only match exactly.
    func matches(_ label: Label) -> Bool {
      for (candidate, count) in zip(label.normalizedForms, label.normalizedScalarCounts) {
        let limit = LabelMatcher.tolerance(forLength: count)
        guard abs(count - scalarCount) <= limit else { continue }
        if limit == 0 {
          if candidate.utf8.elementsEqual(text.utf8) { return true }
          continue
        }
        let scalars = Array(text.unicodeScalars)
        if LabelMatcher.editDistance(scalars, Array(candidate.unicodeScalars), limit: limit) != nil { return true }
      }
      return false
    }
  }

  private final class Table: @unchecked Sendable {
    let lock = NSLock()
    var forms: [UTF8Key: Form] = [:]
  }

  /// The table is split in stripes, each with its own lock, so that threads importing side by side seldom wait
  /// for one another.
  private static let stripes = (0..<16).map { _ in Table() }

  /// The normal form of `text`, computed once per distinct text.
  static func form(_ text: String) -> Form {
    let utf8 = text.utf8
    // Numbers and plain ASCII words (most cells of a report) are their own normal form: no table, no lock.
    if isOwnNormalForm(utf8) { return Form(text: text, scalarCount: utf8.count) }
    let key = UTF8Key(text)
    let table = stripes[(utf8.count &+ Int(utf8.first ?? 0) &+ Int(utf8.last ?? 0)) & (stripes.count - 1)]
    table.lock.lock()
    let known = table.forms[key]
    table.lock.unlock()
    if let known { return known }
    let normal = LabelNormalizer.normalize(text)
    let form = Form(text: normal, scalarCount: normal.unicodeScalars.count)
    table.lock.lock()
    if table.forms.count >= capacity / stripes.count { table.forms.removeAll(keepingCapacity: true) }
    table.forms[key] = form
    table.lock.unlock()
    return form
  }

  /// Whether `utf8` holds only ASCII letters, digits, `.`, `+` and `-` (or nothing): text that NFKC leaves as it is,
  /// with no whitespace, control, quotation mark or comma for ``LabelNormalizer/normalize(_:)`` to change.
  private static func isOwnNormalForm(_ utf8: String.UTF8View) -> Bool {
    let plain: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { byte in
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
          true
        default:
          false
        }
      }
    }
    return plain ?? false
  }

  /// ``LabelNormalizer/normalize(_:)`` of `text`, computed once per distinct text.
  static func normalized(_ text: String) -> String {
    form(text).text
  }

  /// Whether `text` is `label`: the same answer as `label.matches(text)`.
  static func matches(_ label: Label, _ text: String) -> Bool {
    form(text).matches(label)
  }
}

extension Label {
  /// Whether `cellText` is this label, as ``matches(_:)`` says, with the cell text's normal form looked up in
  /// ``LabelLookup``.
  func matchesCached(_ cellText: String) -> Bool {
    LabelLookup.matches(self, cellText)
  }
}
