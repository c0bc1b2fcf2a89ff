import Testing

@testable import NianbaoHTML

/// The error type: stable kinds, a message for people.
@Suite struct HTMLErrorTests {
  @Test func descriptionIsTheMessage() {
    let error = HTMLError(.tooDeep, "The page a.html cannot be read: too deep.")
    #expect(error.description == "The page a.html cannot be read: too deep.")
    #expect(error == HTMLError(.tooDeep, "The page a.html cannot be read: too deep."))
    #expect(error != HTMLError(.tagTooLong, "The page a.html cannot be read: too deep."))
  }

  @Test func kindsAreStable() {
    #expect(HTMLError.Kind.allCases.map(\.rawValue).contains("invalidEncoding"))
    #expect(Set(HTMLError.Kind.allCases.map(\.rawValue)).count == HTMLError.Kind.allCases.count)
  }
}
