import Foundation
import NianbaoReport

/// The file name a download is offered under, safe in a `Content-Disposition` header and on any disk: letters
/// (Chinese included), digits, `-`, `_` and `.` only, at most 80 characters, with an ASCII-only fallback for old
/// clients.
public enum DownloadName {
  /// The stem of a report's downloads: organ and year (`示例县示例镇_2022`), `report` when both are unknown.
  public static func stem(for report: Report) -> String {
    let parts = [report.organ, report.year.map(String.init)].compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? "report" : parts.joined(separator: "_")
  }

  /// A safe name made of `stem` and `ending` (such as `.xlsx`).
  public static func safe(_ stem: String, ending: String) -> String {
    var kept = ""
    for character in stem {
      if character.isLetter || character.isNumber || character == "-" || character == "_" {
        kept.append(character)
      } else if kept.last != "_" {
        kept.append("_")
      }
    }
    let trimmed = String(kept.trimmingCharacters(in: CharacterSet(charactersIn: "_")).prefix(80))
    return (trimmed.isEmpty ? "report" : trimmed) + ending
  }

  /// The `Content-Disposition` value of an attachment named `name` (already ``safe(_:ending:)``): an ASCII
  /// `filename` and the real one as RFC 5987 `filename*`.
  public static func contentDisposition(_ name: String) -> String {
    let ascii = String(name.map { $0.isASCII ? $0 : "_" })
    var allowed = CharacterSet.alphanumerics.intersection(
      CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
    allowed.insert(charactersIn: "-_.")
    let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
    return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
  }
}
