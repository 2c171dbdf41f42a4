/**
 * Relations on group pages written as real ITU pages write them: the subject after an opening phrase ("As agreed by
 * Study Group 21, FG-DT4H reports to …"), a sentence whose own subject is another party ("ITU and WHO are building on
 * …"), a group named with its Sector first ("the ITU-T Focus Group on … (FG-X)"), several groups as the subject, a
 * launch by several together ("was jointly launched by"), the Russian past tense, the passive "was succeeded by", and
 * the partnership wordings "works in collaboration with", "collaborates with", "co-convened". Small pages written for
 * these tests.
 */
import { pageOf, pageRelations as relations } from '../test/support/page-texts';

const DT4H = {
  en: 'ITU-T Focus Group on Digital Technologies for Health (FG-DT4H)',
  fr: "Groupe spécialisé de l'UIT-T sur les technologies numériques pour la santé (FG-DT4H)",
  es: 'Grupo Temático del UIT-T sobre Tecnologías Digitales para la Salud (FG-DT4H)',
};
const SG21 = {
  en: 'ITU-T Study Group 21',
  fr: "Commission d'études 21 de l'UIT-T",
  es: 'Comisión de Estudio 21 del UIT-T',
};
const GI = 'The Global Initiative on AI for Health (GI-AI4H)';
const GI_INTRO = 'The Initiative brings together experts on artificial intelligence and health from many countries.';

describe('the subject after an opening phrase that names another group', () => {
  it('en: the group that opens the clause after the comma, not the one in the phrase', () => {
    expect(relations(pageOf(DT4H.en, 'As agreed by Study Group 21, FG-DT4H reports to TSAG.'))).toEqual([
      'FG-DT4H REPORTS_TO TSAG',
    ]);
    expect(
      relations(pageOf(DT4H.en, 'Unlike FG-AI4H, which reported to Study Group 16, FG-DT4H reports to TSAG.')),
    ).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16', 'FG-DT4H REPORTS_TO TSAG']);
    expect(
      relations(
        pageOf(
          DT4H.en,
          'While FG-AI4H reported to Study Group 16, FG-DT4H reports to TSAG.',
          'Since the closure of FG-AI4H, FG-DT4H reports to Study Group 21.',
          'Like FG-AI4H, FG-DT4H reports to Study Group 21.',
        ),
      ),
    ).toEqual([
      'FG-AI4H REPORTS_TO ITU-T SG16',
      'FG-DT4H REPORTS_TO TSAG',
      'FG-DT4H REPORTS_TO ITU-T SG21',
      'FG-DT4H REPORTS_TO ITU-T SG21',
    ]);
  });

  it('fr: "Comme convenu par la Commission d\'études 21, le FG-DT4H relève du GCNT"', () => {
    expect(
      relations(pageOf(DT4H.fr, "Comme convenu par la Commission d'études 21, le FG-DT4H relève du GCNT.")),
    ).toEqual(['FG-DT4H REPORTS_TO TSAG']);
  });

  it('keeps the head of an apposition or a relative clause, and a group an agent names in a phrase', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'FG-AI4H, the predecessor of FG-DT4H, reported to Study Group 16.',
          'FG-AI4H, set up by Study Group 16 in partnership with WHO, has concluded its work.',
        ),
      ),
    ).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16', 'FG-AI4H LAUNCHED_BY ITU-T SG16', 'FG-AI4H PARTNER_OF WHO']);
  });
});

describe("a sentence whose own subject is a party other than the page's group", () => {
  it("en: gives no relation of the page's group", () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'The Focus Group was established by ITU-T Study Group 21 in 2024.',
          'The Be He@lthy, Be Mobile initiative is run by ITU in partnership with WHO.',
          'ITU and WHO are building on the work of FG-AI4H.',
          'UNICEF works in partnership with WIPO on digital health.',
        ),
      ),
    ).toEqual(['FG-DT4H LAUNCHED_BY ITU-T SG21']);
  });

  it('es: "La OMS y la OMPI trabajan en asociación con el UNICEF"', () => {
    expect(
      relations(pageOf(DT4H.es, 'La OMS y la OMPI trabajan en asociación con el UNICEF en la salud digital.')),
    ).toEqual([]);
  });

  it("still gives the page's group a relation where the sentence opens with it or names no subject", () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'The Focus Group works in partnership with WHO.',
          'In partnership with WIPO, it organizes workshops.',
        ),
      ),
    ).toEqual(['FG-DT4H PARTNER_OF WHO', 'FG-DT4H PARTNER_OF WIPO']);
  });
});

describe('a group named with its Sector first: "the ITU-T Focus Group on … (FG-X)"', () => {
  it('is what a successor succeeds, and what a study group established', () => {
    expect(
      relations(
        pageOf(`The ${DT4H.en}`, 'FG-DT4H is the successor to the ITU-T Focus Group on AI for Health (FG-AI4H).'),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H']);
    expect(
      relations(
        pageOf(
          SG21.en,
          'Study Group 21 established the ITU-T Focus Group on Digital Technologies for Health (FG-DT4H) in January 2024.',
        ),
      ),
    ).toEqual(['FG-DT4H LAUNCHED_BY ITU-T SG21']);
  });

  it("quotes the group's whole name", () => {
    const doc = pageOf(
      `The ${DT4H.en}`,
      'FG-DT4H is the successor to the ITU-T Focus Group on AI for Health (FG-AI4H).',
    );
    expect(doc.relations.map((r) => r.quote)).toEqual([
      'successor to the ITU-T Focus Group on AI for Health (FG-AI4H)',
    ]);
  });
});

describe('several groups as the subject', () => {
  it('en: "A and B report to", "A and B reported to", "A, B and C report to"', () => {
    expect(
      relations(
        pageOf(
          SG21.en,
          'The Focus Group on AI for Health (FG-AI4H) and the Focus Group on Digital Health (FG-DH) report to Study Group 21.',
          'The Focus Group on Metaverse (FG-MV) and the Focus Group on Autonomous Networks (FG-AN) reported to TSAG.',
          'FG-AI4H, FG-DH and FG-MV report to TSAG.',
        ),
      ),
    ).toEqual([
      'FG-AI4H REPORTS_TO ITU-T SG21',
      'FG-DH REPORTS_TO ITU-T SG21',
      'FG-MV REPORTS_TO TSAG',
      'FG-AN REPORTS_TO TSAG',
      'FG-AI4H REPORTS_TO TSAG',
      'FG-DH REPORTS_TO TSAG',
      'FG-MV REPORTS_TO TSAG',
    ]);
  });

  it('en: "A and B reported to", "A, B and C reported to", not a group an opening phrase names before the list', () => {
    expect(
      relations(
        pageOf(
          SG21.en,
          'The Focus Group on Metaverse (FG-MV) and the Focus Group on Autonomous Networks (FG-AN) reported to TSAG.',
          'FG-AI4H, FG-MV and FG-AN reported to Study Group 16.',
          'Unlike FG-AI4H, FG-MV and FG-AN reported to Study Group 21.',
        ),
      ),
    ).toEqual([
      'FG-MV REPORTS_TO TSAG',
      'FG-AN REPORTS_TO TSAG',
      'FG-AI4H REPORTS_TO ITU-T SG16',
      'FG-MV REPORTS_TO ITU-T SG16',
      'FG-AN REPORTS_TO ITU-T SG16',
      'FG-MV REPORTS_TO ITU-T SG21',
      'FG-AN REPORTS_TO ITU-T SG21',
    ]);
  });

  it('en: not a group an opening phrase names before the list, nor an infinitive "to report to"', () => {
    expect(
      relations(
        pageOf(
          SG21.en,
          'The Focus Group on Digital Health (FG-DH) and the Focus Group on Metaverse (FG-MV) were set up in 2020.',
          'Unlike FG-AI4H, FG-DH and FG-MV reported to TSAG.',
          'The assembly asked Study Group 16 to report to TSAG.',
        ),
      ),
    ).toEqual(['FG-DH REPORTS_TO TSAG', 'FG-MV REPORTS_TO TSAG']);
  });

  it('fr: "relèvent de"; es: "dependen de"', () => {
    expect(
      relations(
        pageOf(
          SG21.fr,
          "Le Groupe spécialisé sur l'IA pour la santé (FG-AI4H) et le Groupe spécialisé sur la santé numérique (FG-DH) relèvent de la Commission d'études 21 de l'UIT-T.",
        ),
      ),
    ).toEqual(['FG-AI4H REPORTS_TO ITU-T SG21', 'FG-DH REPORTS_TO ITU-T SG21']);
    expect(
      relations(
        pageOf(
          DT4H.es,
          'El Grupo Temático sobre la IA para la Salud (FG-AI4H) y el Grupo Temático sobre Salud Digital (FG-DH) dependen de la Comisión de Estudio 21 del UIT-T.',
        ),
      ),
    ).toEqual(['FG-AI4H REPORTS_TO ITU-T SG21', 'FG-DH REPORTS_TO ITU-T SG21']);
  });
});

describe('a launch by several together', () => {
  it('en: "was jointly launched by", "was jointly established by", "co-launched"', () => {
    expect(relations(pageOf(GI, GI_INTRO, 'GI-AI4H was jointly launched by ITU, WHO and WIPO.'))).toEqual([
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H LAUNCHED_BY WHO',
      'GI-AI4H LAUNCHED_BY WIPO',
      'GI-AI4H PARTNER_OF ITU',
      'GI-AI4H PARTNER_OF WHO',
      'GI-AI4H PARTNER_OF WIPO',
    ]);
    expect(
      relations(
        pageOf(
          'The Focus Group on AI for Health (FG-AI4H)',
          'FG-AI4H was jointly established by ITU and WHO in July 2018.',
        ),
      ),
    ).toEqual([
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
      'FG-AI4H PARTNER_OF ITU',
      'FG-AI4H PARTNER_OF WHO',
    ]);
    expect(relations(pageOf(GI, GI_INTRO, 'ITU, WHO and WIPO co-launched GI-AI4H in July 2023.'))).toEqual([
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H LAUNCHED_BY WHO',
      'GI-AI4H LAUNCHED_BY WIPO',
    ]);
  });

  it('fr: "créé conjointement par"; es: "creado conjuntamente por"; ru: "совместно создана"', () => {
    const launched = (doc: ReturnType<typeof pageOf>): string[] =>
      relations(doc).filter((r) => r.includes('LAUNCHED_BY'));
    expect(
      launched(
        pageOf(
          "Groupe spécialisé sur l'intelligence artificielle pour la santé (FG-AI4H)",
          "Le FG-AI4H a été créé conjointement par l'UIT et l'OMS en juillet 2018.",
        ),
      ),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO']);
    expect(
      launched(
        pageOf(
          'Grupo Temático sobre la inteligencia artificial para la salud (FG-AI4H)',
          'El FG-AI4H fue creado conjuntamente por la UIT y la OMS en julio de 2018.',
        ),
      ),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO']);
    expect(
      launched(
        pageOf(
          'Оперативная группа по искусственному интеллекту для здравоохранения (ОГ-AI4H)',
          'ОГ-AI4H была совместно создана МСЭ и ВОЗ в июле 2018 года.',
        ),
      ),
      // The name is FG-AI4H's as the Russian table writes it: the acronym is one more of FG-AI4H's.
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO']);
  });
});

describe('ru: the past tense of "reports to"', () => {
  it.each([['отчитывалась'], ['отчитывался'], ['отчитывались']])('"%s перед КГСЭ"', (verb) => {
    expect(
      relations(
        pageOf(
          'Оперативная группа МСЭ-Т по метавселенной (ОГ-MV)',
          `ОГ-MV ${verb} перед КГСЭ до завершения своей работы в 2024 году.`,
        ),
      ),
    ).toEqual(['ОГ-MV REPORTS_TO TSAG']);
  });
});

describe('the passive "was succeeded by"', () => {
  it('gives the successor, named last, SUCCEEDS the group named first', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'The Focus Group on AI for Health (FG-AI4H) was succeeded by the Global Initiative on AI for Health (GI-AI4H) in 2023.',
        ),
      ),
    ).toEqual(['GI-AI4H SUCCEEDS FG-AI4H']);
  });
});

describe('partnership wordings of group pages', () => {
  it('"works in collaboration with", "collaborates with", "is co-convened by"', () => {
    expect(
      relations(
        pageOf(
          GI,
          GI_INTRO,
          'GI-AI4H works in collaboration with WHO and WIPO.',
          'It collaborates with the Focus Group on Digital Health (FG-DH).',
          'GI-AI4H is co-convened by ITU, WHO and WIPO.',
        ),
      ),
    ).toEqual([
      'GI-AI4H PARTNER_OF WHO',
      'GI-AI4H PARTNER_OF WIPO',
      'GI-AI4H PARTNER_OF FG-DH',
      'GI-AI4H PARTNER_OF ITU',
      'GI-AI4H PARTNER_OF WHO',
      'GI-AI4H PARTNER_OF WIPO',
    ]);
  });

  it('not an instruction\'s "in collaboration with"', () => {
    expect(
      relations(
        pageOf(SG21.en, 'The assembly asked Study Group 21, in collaboration with Study Group 16, to study e-health.'),
      ),
    ).toEqual([]);
  });
});
