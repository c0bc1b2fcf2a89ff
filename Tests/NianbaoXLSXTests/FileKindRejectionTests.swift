import NianbaoPackage
import Testing

@testable import NianbaoXLSX

@Suite struct FileKindRejectionTests {
  @Test func everyRejectionSaysWhatTheFileIs() {
    let kinds: [FileKind] = [
      .empty, .json, .legacyXLS, .legacyWord, .encryptedOOXML, .otherOLE2, .png, .pdf, .jpeg, .gif, .text, .unknown,
    ]
    for kind in kinds {
      let error = kind.rejection(file: "a.xlsx")
      #expect(error != nil)
      #expect(error?.message.contains("a.xlsx") == true)
    }
    #expect(FileKind.zip.rejection(file: "a.xlsx") == nil)
  }
}
