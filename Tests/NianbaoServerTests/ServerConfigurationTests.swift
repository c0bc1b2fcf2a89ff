import Testing

@testable import NianbaoServer

@Suite struct ServerConfigurationTests {
  @Test func loopbackAddressesAreTold() {
    #expect(ServerConfiguration().isLoopback)
    #expect(ServerConfiguration(host: "127.0.0.2").isLoopback)
    #expect(ServerConfiguration(host: "::1").isLoopback)
    #expect(ServerConfiguration(host: "localhost").isLoopback)
    #expect(!ServerConfiguration(host: "0.0.0.0").isLoopback)
    #expect(!ServerConfiguration(host: "192.168.1.5").isLoopback)
  }

  @Test func placesAndQueueAreNeverBelowTheirMinimum() {
    let configuration = ServerConfiguration(conversions: 0, queue: -3)
    #expect(configuration.conversions == 1)
    #expect(configuration.queue == 0)
    #expect(ServerConfiguration(idleTimeout: .milliseconds(1500)).idleTimeoutMilliseconds == 1500)
    #expect(ServerConfiguration(idleTimeout: .zero).idleTimeoutMilliseconds == 1)
  }
}
