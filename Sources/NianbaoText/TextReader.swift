import Foundation
import NianbaoGrid
import NianbaoPackage

/// Reads a report saved as plain text into grids: the form a web page takes when it is saved as text, one table cell
/// per line.
///
/// In that form a line that starts with a tab is a table cell, a line without a tab right after a cell continues that
/// cell (a label Word or the browser broke over two lines, such as “商业” / “企业”), a blank line ends a table row,
/// and any other line is a body paragraph (the title, a section heading, a paragraph of text) that also ends the
/// table before it. The spans of merged cells are lost on the way to text, so the tables' grids say that their
/// columns are not exact (``SourceGrid/columnsAreExact``): a row's cells are known only in reading order, and the
/// locator matches them to the layout's columns by their order.
///
/// Text without tab-indented lines (what `pdftotext` prints for a PDF) is in reading order only: it becomes one body
/// grid, each non-blank line at its line number (blank lines stay as gaps), whose columns are not exact; the
/// importer rebuilds the tables from it by the layout's order.
public enum TextReader {
  /// Reads the text file at `path`.
  public static func read(path: String, limits: ReadLimits = .default) throws(TextError) -> [SourceGrid] {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path: path, limit: limits.maxInputBytes)
    } catch let error as PackageError {
      throw TextError(error.kind == .packageTooLarge ? .tooLarge : .unreadableFile, error.message)
    } catch {
      throw TextError(.unreadableFile, "The file \(path) cannot be read.")
    }
    return try read(bytes: bytes, name: path, limits: limits)
  }

  /// Reads text held in memory; `name` is used in messages.
  public static func read(bytes: [UInt8], name: String, limits: ReadLimits = .default) throws(TextError)
    -> [SourceGrid]
  {
    guard bytes.count <= limits.maxInputBytes else {
      throw TextError(.tooLarge, "The file \(name) is larger than \(limits.maxInputBytes) bytes.")
    }
    guard let text = TextDecoding.decode(bytes) else {
      throw TextError(
        .notText,
        "The file \(name) is not text in UTF-8 (or UTF-16 with a byte order mark); save it as UTF-8 text.")
    }
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard lines.contains(where: { $0.first == "\t" }) else {
      return try readingOrder(lines, name: name, limits: limits)
    }
    var builder = DocumentGridBuilder(columnsAreExact: false)
    var inTable = false
    var rowOpen = false
    var cell: String?
    func flushCell() -> Bool {
      guard let pending = cell else { return true }
      cell = nil
      return builder.cell(pending)
    }
    for line in lines {
      if line.first == "\t" {
        guard flushCell() else { throw tooManyCells(name) }
        if !inTable {
          builder.beginTable()
          inTable = true
        }
        if !rowOpen {
          builder.beginRow()
          rowOpen = true
        }
        cell = String(line.drop { $0 == "\t" })
      } else if line.allSatisfy(\.isWhitespace) {
        guard flushCell() else { throw tooManyCells(name) }
        rowOpen = false
      } else if let pending = cell {
        cell = pending + "\n" + line
      } else {
        if inTable {
          builder.endTable()
          inTable = false
          rowOpen = false
        }
        builder.paragraph(String(line))
      }
    }
    guard flushCell() else { throw tooManyCells(name) }
    return builder.grids()
  }

  /// Text in reading order: one body grid, each non-blank line at its line number.
  private static func readingOrder(_ lines: [Substring], name: String, limits: ReadLimits) throws(TextError)
    -> [SourceGrid]
  {
    guard lines.count <= 1_000_000 else { throw tooManyCells(name) }
    var cells: [SourceCell] = []
    for (number, line) in lines.enumerated() {
      let text = line.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      cells.append(SourceCell(row: number + 1, column: 1, content: .text(text)))
    }
    return [SourceGrid(name: DocumentGridBuilder.bodyName, cells: cells, columnsAreExact: false)]
  }

  private static func tooManyCells(_ name: String) -> TextError {
    TextError(.contentLimitExceeded, "The file \(name) holds more table cells than a report can have.")
  }
}
