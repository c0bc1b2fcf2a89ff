/// One part of a `multipart/form-data` body: a field's name, the file's name when it is a file, its bytes.
public struct FormPart: Sendable, Equatable {
  /// The field's name (`file`, `previous`).
  public let name: String
  /// The name the browser gave the file, or `nil` for a plain field.
  public let fileName: String?
  /// The part's declared content type, if any.
  public let contentType: String?
  /// The part's bytes.
  public let bytes: [UInt8]

  /// Creates a part.
  public init(name: String, fileName: String?, contentType: String?, bytes: [UInt8]) {
    self.name = name
    self.fileName = fileName
    self.contentType = contentType
    self.bytes = bytes
  }

  /// The file's name without any folder (browsers may send a relative path for a folder's files), with control
  /// characters dropped; `upload` when it has none. Messages and summaries name the file by it.
  public var displayName: String {
    let base = (fileName ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let clean = String(base.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
    let trimmed = clean.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? "upload" : String(trimmed.prefix(200))
  }
}
