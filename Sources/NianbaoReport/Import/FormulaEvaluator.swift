import NianbaoGrid

/// Evaluates formulas that carry no cached value (files written by openpyxl and similar libraries) when they are
/// plain arithmetic over cells: numbers, cell references, `SUM` over ranges and references, `+`, `−`, parentheses.
/// Formulas that refer to formulas are resolved; cycles are refused. Anything else is left unevaluated.
struct FormulaEvaluator {
  /// Why a formula could not be evaluated.
  struct Failure: Error, Equatable {
    /// A plain sentence.
    let reason: String
  }

  /// A cell position on a named grid.
  struct Key: Hashable {
    var grid: String
    var row: Int
    var column: Int
  }

  /// The grids by name; references without a sheet name point into `current`.
  let grids: [String: SourceGrid]

  /// The most cells one `SUM` range may cover.
  static let maxRangeCells = 100_000
  /// The deepest chain of formulas referring to formulas.
  static let maxDepth = 64
  /// The most steps (formula cells followed and the characters of their formulas, cells scanned by `SUM` ranges)
  /// all evaluations of one evaluator may take. Real reports need a few thousand; formulas that each add the next cell twice, chained 64 deep, would
  /// need 2⁶⁴.
  static let maxSteps = 1_000_000

  /// The steps left, shared by every evaluation of this evaluator (one import).
  private let budget = Budget(steps: FormulaEvaluator.maxSteps)

  /// Counts down the evaluation work; a class, so that the evaluator itself stays a value.
  private final class Budget {
    var steps: Int
    init(steps: Int) { self.steps = steps }

    /// Spends `count` steps; throws once the budget is used up.
    func spend(_ count: Int) throws {
      steps -= count
      guard steps >= 0 else {
        throw Failure(reason: "evaluating it takes more than \(FormulaEvaluator.maxSteps) steps")
      }
    }
  }

  /// Evaluates the formula of the cell at (`row`, `column`) of grid `grid`.
  func evaluate(_ formula: String, grid: String, row: Int, column: Int) -> Result<DecimalNumber, Failure> {
    var visiting: Set<Key> = [Key(grid: grid, row: row, column: column)]
    do {
      return .success(try evaluate(formula, grid: grid, visiting: &visiting))
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(Failure(reason: "\(error)"))
    }
  }

  private func evaluate(_ formula: String, grid: String, visiting: inout Set<Key>) throws -> DecimalNumber {
    var parser = Parser(text: formula)
    let expression = try parser.parseFormula()
    return try value(of: expression, grid: grid, visiting: &visiting)
  }

  private func value(of expression: Expression, grid: String, visiting: inout Set<Key>) throws -> DecimalNumber {
    switch expression {
    case .number(let number):
      return number
    case .negate(let inner):
      return -(try value(of: inner, grid: grid, visiting: &visiting))
    case .binary(let left, let isAddition, let right):
      let lhs = try value(of: left, grid: grid, visiting: &visiting)
      let rhs = try value(of: right, grid: grid, visiting: &visiting)
      return isAddition ? lhs + rhs : lhs - rhs
    case .reference(let sheet, let row, let column):
      return try cellValue(grid: sheet ?? grid, row: row, column: column, inSum: false, visiting: &visiting)
    case .sum(let arguments):
      var total = DecimalNumber(0)
      for argument in arguments {
        if case .range(let sheet, let top, let left, let bottom, let right) = argument {
          guard (bottom - top + 1) * (right - left + 1) <= Self.maxRangeCells else {
            throw Failure(reason: "a SUM range larger than \(Self.maxRangeCells) cells")
          }
          let target = sheet ?? grid
          guard let source = grids[target] else { throw Failure(reason: "it refers to a missing sheet '\(target)'") }
          try budget.spend(source.cells.count)
          for cell in source.cells
          where (top...bottom).contains(cell.row) && (left...right).contains(cell.column) {
            total =
              total
              + (try cellValue(grid: target, row: cell.row, column: cell.column, inSum: true, visiting: &visiting))
          }
        } else if case .reference(let sheet, let row, let column) = argument {
          total =
            total + (try cellValue(grid: sheet ?? grid, row: row, column: column, inSum: true, visiting: &visiting))
        } else {
          total = total + (try value(of: argument, grid: grid, visiting: &visiting))
        }
      }
      return total
    case .range:
      throw Failure(reason: "a range outside SUM")
    }
  }

  private func cellValue(grid: String, row: Int, column: Int, inSum: Bool, visiting: inout Set<Key>) throws
    -> DecimalNumber
  {
    guard let source = grids[grid] else { throw Failure(reason: "it refers to a missing sheet '\(grid)'") }
    guard let cell = source.cell(row: row, column: column) else { return DecimalNumber(0) }
    switch cell.content {
    case .empty:
      return DecimalNumber(0)
    case .number(let text):
      guard let number = DecimalNumber(jsonText: CellValueParser.normalizedNumberText(text)) else {
        throw Failure(reason: "\(cell.reference) holds \(text), not a number")
      }
      return number
    case .text(let text):
      if inSum { return DecimalNumber(0) }
      if case .value(let value) = CellValueParser.parse(text: text, kind: .signedCount) {
        return DecimalNumber(jsonText: value.description) ?? DecimalNumber(0)
      }
      if text.allSatisfy(\.isWhitespace) { return DecimalNumber(0) }
      throw Failure(reason: "\(cell.reference) holds text “\(text)”")
    case .boolean, .error:
      throw Failure(reason: "\(cell.reference) holds \(cell.text)")
    case .formula(let formula, let cached):
      if let cached, case .number(let text) = cached, let number = DecimalNumber(jsonText: text) { return number }
      try budget.spend(1 + formula.utf8.count)
      let key = Key(grid: grid, row: row, column: column)
      guard !visiting.contains(key) else { throw Failure(reason: "a circular reference through \(cell.reference)") }
      guard visiting.count < Self.maxDepth else {
        throw Failure(reason: "formulas nested more than \(Self.maxDepth) deep")
      }
      visiting.insert(key)
      defer { visiting.remove(key) }
      return try evaluate(formula, grid: grid, visiting: &visiting)
    }
  }

  // MARK: Parsing

  /// The parsed form of a formula.
  indirect enum Expression {
    case number(DecimalNumber)
    case reference(sheet: String?, row: Int, column: Int)
    case range(sheet: String?, top: Int, left: Int, bottom: Int, right: Int)
    case negate(Expression)
    case binary(Expression, isAddition: Bool, Expression)
    case sum([Expression])
  }

  /// A recursive-descent parser for the supported subset.
  struct Parser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(text: String) {
      scalars = Array(text.unicodeScalars)
    }

    mutating func parseFormula() throws -> Expression {
      skipSpaces()
      if peek == "=" { index += 1 }
      let expression = try parseExpression(depth: 0)
      skipSpaces()
      guard index == scalars.count else { throw unsupported() }
      return expression
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func skipSpaces() {
      while let scalar = peek, scalar == " " { index += 1 }
    }

    private func unsupported() -> Failure {
      Failure(reason: "it is not plain arithmetic (only numbers, cells, SUM, + and − are evaluated)")
    }

    private mutating func parseExpression(depth: Int) throws -> Expression {
      guard depth < 200 else { throw Failure(reason: "it is nested too deeply") }
      var left = try parseFactor(depth: depth + 1)
      while true {
        skipSpaces()
        guard let scalar = peek, scalar == "+" || scalar == "-" else { return left }
        index += 1
        let right = try parseFactor(depth: depth + 1)
        left = .binary(left, isAddition: scalar == "+", right)
      }
    }

    private mutating func parseFactor(depth: Int) throws -> Expression {
      guard depth < 200 else { throw Failure(reason: "it is nested too deeply") }
      skipSpaces()
      guard let scalar = peek else { throw unsupported() }
      if scalar == "-" || scalar == "+" {
        index += 1
        let inner = try parseFactor(depth: depth + 1)
        return scalar == "-" ? .negate(inner) : inner
      }
      if scalar == "(" {
        index += 1
        let inner = try parseExpression(depth: depth + 1)
        skipSpaces()
        guard peek == ")" else { throw unsupported() }
        index += 1
        return inner
      }
      if ("0"..."9").contains(scalar) || scalar == "." {
        return .number(try parseNumber())
      }
      let start = index
      if let name = parseName(), name.uppercased() == "SUM" {
        skipSpaces()
        if peek == "(" {
          index += 1
          var arguments: [Expression] = []
          skipSpaces()
          if peek != ")" {
            while true {
              arguments.append(try parseArgument(depth: depth + 1))
              skipSpaces()
              if peek == "," {
                index += 1
                continue
              }
              break
            }
          }
          guard peek == ")" else { throw unsupported() }
          index += 1
          return .sum(arguments)
        }
      }
      index = start
      let reference = try parseReference()
      skipSpaces()
      if peek == ":" { throw Failure(reason: "a range outside SUM") }
      return reference
    }

    private mutating func parseArgument(depth: Int) throws -> Expression {
      skipSpaces()
      let start = index
      if let reference = try? parseReference(), case .reference(let sheet, let row, let column) = reference {
        skipSpaces()
        if peek == ":" {
          index += 1
          guard case .reference(_, let row2, let column2) = try parseReference() else { throw unsupported() }
          return .range(
            sheet: sheet, top: min(row, row2), left: min(column, column2), bottom: max(row, row2),
            right: max(column, column2))
        }
      }
      index = start
      return try parseExpression(depth: depth)
    }

    private mutating func parseNumber() throws -> DecimalNumber {
      let start = index
      while let scalar = peek,
        ("0"..."9").contains(scalar) || scalar == "." || scalar == "E" || scalar == "e"
          || ((scalar == "+" || scalar == "-") && index > start
            && (scalars[index - 1] == "E" || scalars[index - 1] == "e"))
      {
        index += 1
      }
      let text = String(String.UnicodeScalarView(scalars[start..<index]))
      guard let number = DecimalNumber(jsonText: CellValueParser.normalizedNumberText(text)) else {
        throw unsupported()
      }
      return number
    }

    private mutating func parseName() -> String? {
      let start = index
      while let scalar = peek, ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || scalar == "." {
        index += 1
      }
      return index > start ? String(String.UnicodeScalarView(scalars[start..<index])) : nil
    }

    /// A reference such as `B7`, `$B$7`, `Sheet1!B7` or `'表 三'!B7`.
    private mutating func parseReference() throws -> Expression {
      skipSpaces()
      var sheet: String?
      if peek == "'" {
        index += 1
        var name = String.UnicodeScalarView()
        while let scalar = peek {
          index += 1
          if scalar == "'" {
            if peek == "'" {
              name.append("'")
              index += 1
              continue
            }
            break
          }
          name.append(scalar)
        }
        guard peek == "!" else { throw unsupported() }
        index += 1
        sheet = String(name)
      } else {
        let start = index
        while let scalar = peek, scalar != "!", !"+-(),:= ".unicodeScalars.contains(scalar) { index += 1 }
        if peek == "!" {
          sheet = String(String.UnicodeScalarView(scalars[start..<index]))
          index += 1
        } else {
          index = start
        }
      }
      let start = index
      while let scalar = peek,
        scalar == "$" || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
          || ("0"..."9").contains(scalar)
      {
        index += 1
      }
      let text = String(String.UnicodeScalarView(scalars[start..<index])).replacingOccurrences(of: "$", with: "")
      guard let address = Self.address(text) else { throw unsupported() }
      return .reference(sheet: sheet, row: address.row, column: address.column)
    }

    private static func address(_ text: String) -> (row: Int, column: Int)? {
      let letters = text.prefix { $0.isLetter }
      let digits = text.dropFirst(letters.count)
      guard (1...3).contains(letters.count), !digits.isEmpty, digits.count <= 7, digits.allSatisfy(\.isNumber),
        let row = Int(digits), row >= 1, row <= 1_048_576
      else { return nil }
      var column = 0
      for scalar in letters.uppercased().unicodeScalars {
        guard ("A"..."Z").contains(scalar) else { return nil }
        column = column * 26 + Int(scalar.value - 64)
      }
      return column <= 16_384 ? (row, column) : nil
    }
  }
}
