/// Escaping for text taken from a report (organ, sections, labels, messages) before it goes into HTML.
///
/// Both forms replace `&`, `<`, `>`, `"` and `'`, so the same text is safe in an element and in a quoted
/// attribute; an organ named `<script>…` shows as text. Control characters other than tab and line break, which
/// HTML and XML refuse, are dropped.
public enum HTMLEscaping {
  /// `text` escaped for an element's content or a quoted attribute value.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FFFE}"
        || scalar == "\u{FFFF}":
        continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
