/**
 * Relations on group pages written as real ITU pages write them: the subject after an opening phrase ("As agreed by
 * Study Group 21, FG-DT4H reports to …"), a sentence whose own subject is another party ("ITU and WHO are building on
 * …"), a group named with its Sector first ("the ITU-T Focus Group on … (FG-X)"), several groups as the subject.
 * Small pages written for these tests.
 */
import { pageOf, pageRelations as relations } from "../test/support/page-texts";

const DT4H = {
  en: "ITU-T Focus Group on Digital Technologies for Health (FG-DT4H)",
  fr: "Groupe spécialisé de l'UIT-T sur les technologies numériques pour la santé (FG-DT4H)",
  es: "Grupo Temático del UIT-T sobre Tecnologías Digitales para la Salud (FG-DT4H)",
};
const SG21 = {
  en: "ITU-T Study Group 21",
  fr: "Commission d'études 21 de l'UIT-T",
  es: "Comisión de Estudio 21 del UIT-T",
};

describe("the subject after an opening phrase that names another group", () => {
  it("en: the group that opens the clause after the comma, not the one in the phrase", () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          "As agreed by Study Group 21, FG-DT4H reports to TSAG.",
        ),
      ),
    ).toEqual(["FG-DT4H REPORTS_TO TSAG"]);
    expect(
      relations(
        pageOf(
          DT4H.en,
          "Unlike FG-AI4H, which reported to Study Group 16, FG-DT4H reports to TSAG.",
        ),
      ),
    ).toEqual(["FG-AI4H REPORTS_TO ITU-T SG16", "FG-DT4H REPORTS_TO TSAG"]);
    expect(
      relations(
        pageOf(
          DT4H.en,
          "While FG-AI4H reported to Study Group 16, FG-DT4H reports to TSAG.",
          "Since the closure of FG-AI4H, FG-DT4H reports to Study Group 21.",
          "Like FG-AI4H, FG-DT4H reports to Study Group 21.",
        ),
      ),
    ).toEqual([
      "FG-AI4H REPORTS_TO ITU-T SG16",
      "FG-DT4H REPORTS_TO TSAG",
      "FG-DT4H REPORTS_TO ITU-T SG21",
      "FG-DT4H REPORTS_TO ITU-T SG21",
    ]);
  });

  it('fr: "Comme convenu par la Commission d\'études 21, le FG-DT4H relève du GCNT"', () => {
    expect(
      relations(
        pageOf(
          DT4H.fr,
          "Comme convenu par la Commission d'études 21, le FG-DT4H relève du GCNT.",
        ),
      ),
    ).toEqual(["FG-DT4H REPORTS_TO TSAG"]);
  });

  it("keeps the head of an apposition or a relative clause, and a group an agent names in a phrase", () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          "FG-AI4H, the predecessor of FG-DT4H, reported to Study Group 16.",
          "FG-AI4H, set up by Study Group 16 in partnership with WHO, has concluded its work.",
        ),
      ),
    ).toEqual([
      "FG-AI4H REPORTS_TO ITU-T SG16",
      "FG-AI4H LAUNCHED_BY ITU-T SG16",
      "FG-AI4H PARTNER_OF WHO",
    ]);
  });
});

describe("a sentence whose own subject is a party other than the page's group", () => {
  it("en: gives no relation of the page's group", () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          "The Focus Group was established by ITU-T Study Group 21 in 2024.",
          "The Be He@lthy, Be Mobile initiative is run by ITU in partnership with WHO.",
          "ITU and WHO are building on the work of FG-AI4H.",
          "UNICEF works in partnership with WIPO on digital health.",
        ),
      ),
    ).toEqual(["FG-DT4H LAUNCHED_BY ITU-T SG21"]);
  });

  it('es: "La OMS y la OMPI trabajan en asociación con el UNICEF"', () => {
    expect(
      relations(
        pageOf(
          DT4H.es,
          "La OMS y la OMPI trabajan en asociación con el UNICEF en la salud digital.",
        ),
      ),
    ).toEqual([]);
  });

  it("still gives the page's group a relation where the sentence opens with it or names no subject", () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          "The Focus Group works in partnership with WHO.",
          "In partnership with WIPO, it organizes workshops.",
        ),
      ),
    ).toEqual(["FG-DT4H PARTNER_OF WHO", "FG-DT4H PARTNER_OF WIPO"]);
  });
});

describe('a group named with its Sector first: "the ITU-T Focus Group on … (FG-X)"', () => {
  it("is what a successor succeeds, and what a study group established", () => {
    expect(
      relations(
        pageOf(
          `The ${DT4H.en}`,
          "FG-DT4H is the successor to the ITU-T Focus Group on AI for Health (FG-AI4H).",
        ),
      ),
    ).toEqual(["FG-DT4H SUCCEEDS FG-AI4H"]);
    expect(
      relations(
        pageOf(
          SG21.en,
          "Study Group 21 established the ITU-T Focus Group on Digital Technologies for Health (FG-DT4H) in January 2024.",
        ),
      ),
    ).toEqual(["FG-DT4H LAUNCHED_BY ITU-T SG21"]);
  });

  it("quotes the group's whole name", () => {
    const doc = pageOf(
      `The ${DT4H.en}`,
      "FG-DT4H is the successor to the ITU-T Focus Group on AI for Health (FG-AI4H).",
    );
    expect(doc.relations.map((r) => r.quote)).toEqual([
      "successor to the ITU-T Focus Group on AI for Health (FG-AI4H)",
    ]);
  });
});

describe("several groups as the subject", () => {
  it('en: "A and B reported to", "A, B and C reported to", not a group an opening phrase names before the list', () => {
    expect(
      relations(
        pageOf(
          SG21.en,
          "The Focus Group on Metaverse (FG-MV) and the Focus Group on Autonomous Networks (FG-AN) reported to TSAG.",
          "FG-AI4H, FG-MV and FG-AN reported to Study Group 16.",
          "Unlike FG-AI4H, FG-MV and FG-AN reported to Study Group 21.",
        ),
      ),
    ).toEqual([
      "FG-MV REPORTS_TO TSAG",
      "FG-AN REPORTS_TO TSAG",
      "FG-AI4H REPORTS_TO ITU-T SG16",
      "FG-MV REPORTS_TO ITU-T SG16",
      "FG-AN REPORTS_TO ITU-T SG16",
      "FG-MV REPORTS_TO ITU-T SG21",
      "FG-AN REPORTS_TO ITU-T SG21",
    ]);
  });
});
