/// Why reports could not be added up; each case names the files concerned.
public enum AggregationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// There was nothing to add.
  case noInputs
  /// The inputs follow different template versions: the files of each version, oldest version first.
  case mixedVersions([FormatVersion: [String]])
  /// A cell's sum leaves the range a cell can hold; the files that are not blank there.
  case sumOutOfRange(ReportKeyPath, files: [String])
  /// The key path names no value cell of the inputs' version.
  case unknownCell(ReportKeyPath, version: FormatVersion)

  /// The problem as a sentence.
  public var description: String {
    switch self {
    case .noInputs:
      return "There are no reports to add."
    case .mixedVersions(let files):
      let groups = files.keys.sorted().map { version in
        "\(version) format: \(files[version]!.joined(separator: ", "))"
      }
      return "Reports of different formats cannot be added cell by cell (the tables differ): "
        + groups.joined(separator: "; ") + ". Sum each format apart."
    case .sumOutOfRange(let keyPath, let files):
      return "The sum at \(keyPath) is too large for a cell (more than \(ReportValue.maximumCount) or 64 digits); "
        + "it adds \(files.joined(separator: ", "))."
    case .unknownCell(let keyPath, let version):
      let example = version.layout.slots.first { $0.table == .applications }?.keyPath.description ?? ""
      return "\(keyPath) is not a value cell of the \(version) format (a key path such as \(example))."
    }
  }
}
