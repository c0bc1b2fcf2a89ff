/// A number of bytes in words: `20 MiB`, `512 KiB`, `300 bytes`.
public enum ByteCount {
  /// The count in the largest binary unit that divides it, or in bytes.
  public static func words(_ count: Int) -> String {
    if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
    if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KiB" }
    return count == 1 ? "1 byte" : "\(count) bytes"
  }
}
