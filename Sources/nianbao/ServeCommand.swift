import ArgumentParser
import Foundation
import NianbaoServer

/// `nianbao serve`: the web page for clerks and offices, and its API, on this machine.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the web page for clerks and offices (and its JSON API) on this machine, offline.",
    discussion: """
      Open the address it prints in a browser: drop a report in to see its tables with every broken sum marked, \
      download its JSON, the official XLSX, its findings as CSV or the page; check and sum a folder of reports; \
      download blank templates. It listens on the loopback address unless --host says otherwise. Uploads are \
      processed in memory and nothing is kept. Ctrl-C or SIGTERM stops it once the requests in flight are answered.
      """
  )

  @Option(help: "The address to listen on; anything but a loopback address lets others on the network use it.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0: any free port).")
  var port = 8080

  @Option(help: "The largest file an upload may carry, in MiB.")
  var maxUpload = 20

  @Option(help: "The largest request (all the files of a folder together), in MiB.")
  var maxRequest = 200

  @Option(help: "Conversions run at once (default: the number of cores).")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Conversions that may wait for a free place before a request is answered 503.")
  var queue = 100

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    guard maxUpload >= 1, maxRequest >= maxUpload else {
      throw ValidationError("--max-upload must be at least 1 MiB and --max-request at least --max-upload.")
    }
    guard maxRequest <= 4096 else { throw ValidationError("--max-request must be at most 4096 MiB.") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    guard queue >= 0 else { throw ValidationError("--queue must be 0 or more.") }
  }

  func run() async throws {
    let configuration = ServerConfiguration(
      host: host, port: port, limits: ServerLimits(maxFileBytes: maxUpload << 20, maxRequestBytes: maxRequest << 20),
      conversions: jobs, queue: queue)
    if !configuration.isLoopback {
      printError(
        "nianbao serve: warning: listening on \(host), not on the loopback address: anyone who can reach this "
          + "machine on that network can use the page and send it files.")
    }
    let shownHost = host.contains(":") ? "[\(host)]" : host
    try await NianbaoServer(configuration: configuration).run { port in
      var output = StandardOutput()
      output.write("nianbao serve: open http://\(shownHost):\(port) (Ctrl-C stops it)\n")
      output.flush()
    }
  }
}
