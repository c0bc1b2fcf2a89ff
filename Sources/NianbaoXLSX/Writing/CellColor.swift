/// An opaque RGB colour for fonts, fills and borders, written as `FFRRGGBB`.
public struct CellColor: Hashable, Sendable {
  /// The red, green and blue components packed as `0xRRGGBB`.
  public let rgb: UInt32

  /// Creates a colour from a packed `0xRRGGBB` value; bits above the 24th are ignored.
  public init(rgb: UInt32) {
    self.rgb = rgb & 0xFF_FFFF
  }

  /// Creates a colour from its red, green and blue components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.rgb = UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
  }

  /// Black (`000000`).
  public static let black = CellColor(rgb: 0x000000)
  /// White (`FFFFFF`).
  public static let white = CellColor(rgb: 0xFFFFFF)
  /// Pure red (`FF0000`).
  public static let red = CellColor(rgb: 0xFF0000)
  /// The dark red Excel uses for "bad" text (`9C0006`).
  public static let darkRed = CellColor(rgb: 0x9C0006)
  /// The light red Excel uses for "bad" fills (`FFC7CE`).
  public static let lightRed = CellColor(rgb: 0xFFC7CE)
  /// A light grey for header fills (`D9D9D9`).
  public static let lightGray = CellColor(rgb: 0xD9D9D9)

  /// The colour as SpreadsheetML writes it: eight upper-case hex digits, alpha first (`FFFF0000`).
  var argbHex: String {
    let hex = String(rgb, radix: 16, uppercase: true)
    return "FF" + String(repeating: "0", count: 6 - hex.count) + hex
  }
}
