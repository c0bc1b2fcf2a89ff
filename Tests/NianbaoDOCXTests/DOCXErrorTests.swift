import NianbaoPackage
import Testing

@testable import NianbaoDOCX

/// The DOCX layer's error: its sentence, and the package layer's errors carried over.
@Suite struct DOCXErrorTests {
  @Test func theDescriptionNamesThePart() {
    #expect(DOCXError(.malformedXML, "Bad.", part: "word/document.xml").description == "part word/document.xml: Bad.")
    #expect(DOCXError(.emptyFile, "Empty.").description == "Empty.")
  }

  @Test func everyPackageErrorKeepsItsKindPartAndSentence() {
    for kind in PackageError.Kind.allCases {
      let error = DOCXError(PackageError(kind, "Sentence.", part: "p"))
      #expect(error.kind.rawValue == (kind == .encryptedPart ? "encryptedDocument" : kind.rawValue))
      #expect(error.part == "p" && error.message == "Sentence.")
    }
  }

  @Test func translatingTurnsAnyErrorIntoADOCXError() {
    struct Other: Error {}
    #expect(throws: DOCXError(.corruptZip, "Z.")) {
      try DOCXError.translating { throw PackageError(.corruptZip, "Z.") }
    }
    #expect(throws: DOCXError.self) { try DOCXError.translating { throw Other() } }
  }
}
