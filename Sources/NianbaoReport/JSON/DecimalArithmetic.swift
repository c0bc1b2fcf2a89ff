extension DecimalNumber {
  /// The number as plain digits without exponent (`1.5E-3` → `0.0015`), with at least `minimumFractionDigits`
  /// digits after the point (`plainText(minimumFractionDigits: 2)` of 3.1 is `3.10`).
  func plainText(minimumFractionDigits: Int = 0) -> String {
    let fractionDigits = max(minimumFractionDigits, -min(exponent, 0))
    var digits = String(decoding: self.digits.map { $0 + 48 }, as: UTF8.self)
    if isZero { digits = "0" }
    // Scale the digits so that they carry exactly `fractionDigits` digits after the point.
    let shift = (isZero ? 0 : exponent) + fractionDigits
    digits += String(repeating: "0", count: max(shift, 0))
    if digits.count <= fractionDigits {
      digits = String(repeating: "0", count: fractionDigits - digits.count + 1) + digits
    }
    let sign = isNegative ? "-" : ""
    guard fractionDigits > 0 else { return sign + digits }
    return sign + String(digits.dropLast(fractionDigits)) + "." + String(digits.suffix(fractionDigits))
  }

  /// The exact sum of two numbers.
  static func + (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
    if lhs.isZero { return rhs }
    if rhs.isZero { return lhs }
    let exponent = min(lhs.exponent, rhs.exponent)
    let left = lhs.scaledDigits(to: exponent)
    let right = rhs.scaledDigits(to: exponent)
    if lhs.isNegative == rhs.isNegative {
      return DecimalNumber(isNegative: lhs.isNegative, digits: Self.add(left, right), exponent: exponent)
    }
    switch Self.compare(left, right) {
    case 0:
      return DecimalNumber(0)
    case 1:
      return DecimalNumber(isNegative: lhs.isNegative, digits: Self.subtract(left, right), exponent: exponent)
    default:
      return DecimalNumber(isNegative: rhs.isNegative, digits: Self.subtract(right, left), exponent: exponent)
    }
  }

  /// The number with its sign reversed.
  static prefix func - (value: DecimalNumber) -> DecimalNumber {
    DecimalNumber(isNegative: !value.isNegative, digits: value.digits, exponent: value.exponent)
  }

  /// The exact difference of two numbers.
  static func - (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber { lhs + (-rhs) }

  /// The digits with trailing zeros appended so that they are scaled by `10^exponent` (`exponent` ≤ self's).
  private func scaledDigits(to exponent: Int) -> [UInt8] {
    digits + [UInt8](repeating: 0, count: self.exponent - exponent)
  }

  private static func add(_ lhs: [UInt8], _ rhs: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var carry: UInt8 = 0
    var left = lhs.count - 1
    var right = rhs.count - 1
    while left >= 0 || right >= 0 || carry > 0 {
      let sum = (left >= 0 ? lhs[left] : 0) + (right >= 0 ? rhs[right] : 0) + carry
      result.append(sum % 10)
      carry = sum / 10
      left -= 1
      right -= 1
    }
    return result.reversed()
  }

  /// `lhs − rhs` for magnitudes with `lhs ≥ rhs`.
  private static func subtract(_ lhs: [UInt8], _ rhs: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var borrow = 0
    var left = lhs.count - 1
    var right = rhs.count - 1
    while left >= 0 {
      var difference = Int(lhs[left]) - borrow - (right >= 0 ? Int(rhs[right]) : 0)
      borrow = difference < 0 ? 1 : 0
      if difference < 0 { difference += 10 }
      result.append(UInt8(difference))
      left -= 1
      right -= 1
    }
    return result.reversed()
  }

  /// -1, 0 or 1 comparing two magnitudes given as digit arrays of the same scale.
  private static func compare(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
    let left = Array(lhs.drop { $0 == 0 })
    let right = Array(rhs.drop { $0 == 0 })
    if left.count != right.count { return left.count < right.count ? -1 : 1 }
    for (a, b) in zip(left, right) where a != b { return a < b ? -1 : 1 }
    return 0
  }
}
