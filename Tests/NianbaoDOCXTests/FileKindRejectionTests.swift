import NianbaoPackage
import Testing

@testable import NianbaoDOCX

/// Files that are not zip packages are refused with a sentence that names the file and what it is.
@Suite struct FileKindRejectionTests {
  @Test func everyRejectionNamesTheFile() {
    let kinds: [FileKind] = [
      .empty, .json, .legacyXLS, .legacyWord, .encryptedOOXML, .otherOLE2, .png, .pdf, .jpeg, .gif, .text, .unknown,
    ]
    for kind in kinds {
      let error = kind.docxRejection(file: "a.docx")
      #expect(error?.message.contains("a.docx") == true, "\(kind)")
    }
    #expect(FileKind.zip.docxRejection(file: "a.docx") == nil)
    #expect(FileKind.legacyWord.docxRejection(file: "a.doc")?.kind == .legacyWord)
    #expect(FileKind.legacyWord.docxRejection(file: "a.doc")?.message.contains("save it as .docx") == true)
  }
}
