import Testing

@testable import NianbaoReport

@Suite struct OrganNameTests {
  @Test(arguments: [
    ("平潭综合实验区", "平潭综合实验区管委会"), ("凯里市下司镇", "凯里市下司镇人民政府"), ("某区某街道", "某区某街道办事处"),
    ("某县", "某县政府"), ("某开发区", "某开发区管理委员会"), ("平潭 综合实验区", "平潭综合实验区"), ("ＡＢ县", "AB县人民政府"),
  ])
  func fullAndShortFormsAreTheSameOrgan(_ pair: (String, String)) {
    #expect(OrganName.isSameOrgan(pair.0, pair.1))
    #expect(OrganName.isSameOrgan(pair.1, pair.0))
    #expect(!OrganName.areSimilar(pair.0, pair.1))
  }

  @Test func otherEndingsAreOtherOrgans() {
    #expect(!OrganName.isSameOrgan("某县人民政府", "某县人民政府办公室"))
    #expect(OrganName.areSimilar("某县人民政府", "某县人民政府办公室"))
    #expect(!OrganName.isSameOrgan("平潭综合实验区", "平潭综合实验区党工委"))
    #expect(OrganName.areSimilar("平潭综合实验区党工委", "平潭综合实验区"))
    #expect(!OrganName.isSameOrgan("某县人民政府", "某县管委会"), "two suffixes on one stem are not one plus the other")
    #expect(!OrganName.isSameOrgan("甲镇", "乙镇"))
    #expect(!OrganName.areSimilar("甲镇", "乙镇"))
    #expect(!OrganName.isSameOrgan("", ""))
    #expect(!OrganName.isSameOrgan("", "人民政府"))
  }

  @Test func theLookupFormsAreExactlyTheSameOrgans() {
    let name = OrganName.normalize("平潭综合实验区管委会")
    let forms = OrganName.sameOrganForms(of: name)
    #expect(forms.contains("平潭综合实验区"))
    #expect(forms.contains(name))
    for form in forms { #expect(OrganName.isSameNormalized(form, name), "\(form)") }
  }
}
