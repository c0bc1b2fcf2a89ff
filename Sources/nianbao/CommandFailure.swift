import ArgumentParser
import NianbaoReport
import NianbaoXLSX

/// The documented exit codes of `nianbao`.
enum ExitStatus: Int32 {
  /// Converted (or checked) cleanly.
  case success = 0
  /// Converted, but balance rules are broken (findings of severity error).
  case rulesBroken = 1
  /// The input could not be read, or the output could not be written.
  case unreadableInput = 2
  /// The command line was wrong (ArgumentParser's own code).
  case usage = 64
  /// A round trip found a difference.
  case roundTripDifference = 3
}

/// Turns typed errors into a message on standard error and the documented exit code.
enum CommandFailure {
  static func guarding(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as XLSXError {
      printError("nianbao: \(error.description)")
      throw ExitCode(ExitStatus.unreadableInput.rawValue)
    } catch let error as ImportError {
      printError("nianbao: \(error.description)")
      throw ExitCode(ExitStatus.unreadableInput.rawValue)
    } catch let error as ReportError {
      printError("nianbao: \(error)")
      throw ExitCode(ExitStatus.unreadableInput.rawValue)
    }
  }
}
