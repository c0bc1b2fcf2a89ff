/// What a value cell of the official tables holds.
public enum ValueKind: String, Sendable, Hashable, CaseIterable {
  /// A non-negative integer (a number of documents, applications, decisions or cases).
  case count
  /// A signed integer: 本年增/减 in the 2019 table 二.
  case signedCount
  /// A non-negative decimal kept with the exact digits of its source: the 2021 fee in 万元 and
  /// the 2019 procurement total.
  case amount
}
