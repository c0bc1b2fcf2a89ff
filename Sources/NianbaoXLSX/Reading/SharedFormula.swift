/// Moves the relative cell references of a shared formula from its anchor cell to a dependent cell.
///
/// A shared formula is written once, on its first cell (`<f t="shared" si="0" ref="B2:B9">A2*2</f>`); the other
/// cells carry only `si`. Their formula is the anchor's with every relative reference moved by the same offset.
/// Absolute parts (`$A$1`), string literals, sheet-qualified names and function names are left as they are.
enum SharedFormula {
  /// The formula text for a cell `rows` rows and `columns` columns away from the anchor.
  static func shift(_ formula: String, rows: Int, columns: Int) -> String {
    guard rows != 0 || columns != 0 else { return formula }
    let characters = Array(formula.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\"" {
        // Copy a string literal, with its doubled quotes, unchanged.
        output.append(character)
        index += 1
        while index < characters.count {
          output.append(characters[index])
          if characters[index] == "\"" {
            if index + 1 < characters.count, characters[index + 1] == "\"" {
              output.append(characters[index + 1])
              index += 2
              continue
            }
            index += 1
            break
          }
          index += 1
        }
        continue
      }
      if character == "'" {
        // A quoted sheet name: copy up to the closing quote.
        output.append(character)
        index += 1
        while index < characters.count {
          output.append(characters[index])
          index += 1
          if characters[index - 1] == "'" { break }
        }
        continue
      }
      let previous = index > 0 ? characters[index - 1] : " "
      if isReferenceStart(character), !isNameCharacter(previous),
        let (reference, length) = parseReference(characters, from: index),
        !followsAsName(characters, at: index + length)
      {
        output.append(contentsOf: reference.shifted(rows: rows, columns: columns).unicodeScalars)
        index += length
        continue
      }
      // Copy a whole name token so that references are only recognised at token starts.
      if isNameCharacter(character) {
        while index < characters.count, isNameCharacter(characters[index]) {
          output.append(characters[index])
          index += 1
        }
        continue
      }
      output.append(character)
      index += 1
    }
    return String(output)
  }

  private struct Reference {
    var columnAbsolute: Bool
    var column: Int
    var rowAbsolute: Bool
    var row: Int

    func shifted(rows: Int, columns: Int) -> String {
      let newColumn = columnAbsolute ? column : column + columns
      let newRow = rowAbsolute ? row : row + rows
      guard newColumn >= 1, newColumn <= CellReference.maxColumn, newRow >= 1, newRow <= CellReference.maxRow else {
        return "#REF!"
      }
      return (columnAbsolute ? "$" : "") + CellReference.columnName(newColumn) + (rowAbsolute ? "$" : "")
        + String(newRow)
    }
  }

  private static func isReferenceStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "$" || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
  }

  private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
      || scalar == "." || scalar == "$" || scalar.value > 0x7F
  }

  /// After a reference, a `(` (function call) or a further name character means it was a name, not a reference.
  private static func followsAsName(_ characters: [Unicode.Scalar], at index: Int) -> Bool {
    guard index < characters.count else { return false }
    let next = characters[index]
    return next == "(" || next == "!" || isNameCharacter(next)
  }

  private static func parseReference(_ characters: [Unicode.Scalar], from start: Int) -> (Reference, Int)? {
    var index = start
    var columnAbsolute = false
    if characters[index] == "$" {
      columnAbsolute = true
      index += 1
    }
    var column = 0
    var letters = 0
    while index < characters.count, letters < 4 {
      let value = characters[index].value
      if (0x41...0x5A).contains(value) {
        column = column * 26 + Int(value - 0x40)
      } else if (0x61...0x7A).contains(value) {
        column = column * 26 + Int(value - 0x60)
      } else {
        break
      }
      letters += 1
      index += 1
    }
    guard (1...3).contains(letters), index < characters.count else { return nil }
    var rowAbsolute = false
    if characters[index] == "$" {
      rowAbsolute = true
      index += 1
    }
    var row = 0
    var digits = 0
    while index < characters.count, ("0"..."9").contains(characters[index]), digits < 8 {
      row = row * 10 + Int(characters[index].value - 0x30)
      digits += 1
      index += 1
    }
    guard digits > 0 else { return nil }
    return (
      Reference(columnAbsolute: columnAbsolute, column: column, rowAbsolute: rowAbsolute, row: row), index - start
    )
  }
}
