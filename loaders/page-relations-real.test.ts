/**
 * Relations the pages of real ITU groups state in wordings the other page tests do not show: a launch in a relative
 * clause (", which was established by …"), a launch of the page's own group named again without its name ("ITU, WHO
 * and WIPO launched the Initiative"), the past tense of a concluded group ("reported to"), and a partnership called a
 * cooperation or a collaboration. Small pages written for these tests, in English, French and Spanish.
 */
import { pageOf, pageRelations as relations } from '../test/support/page-texts';

const GI = { en: 'Global Initiative on AI for Health', fr: "Initiative mondiale sur l'IA pour la santé" };
const GI_ES = 'Iniciativa Mundial sobre IA para la Salud';

describe('a launch stated in a relative clause after the group it is about', () => {
  it('en: ", which was established by …", ", which was launched by …", ", which has been set up by …"', () => {
    expect(
      relations(
        pageOf(
          GI.en,
          'GI-AI4H builds on the work of the Focus Group on AI for Health (FG-AI4H), which was established by ITU-T Study Group 16 in July 2018.',
        ),
      ),
    ).toEqual(['GI-AI4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
    expect(
      relations(
        pageOf(
          GI.en,
          'The Initiative continues the Focus Group on AI for Health (FG-AI4H), which was launched by ITU and WHO in 2018.',
          'It draws on the Focus Group on Digital Health (FG-DH), which has been set up by ITU-T Study Group 21.',
        ),
      ),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO', 'FG-DH LAUNCHED_BY ITU-T SG21']);
  });

  it('fr: ", qui a été créé par …", ", qui a été lancée par …"; es: ", que fue creado por …"', () => {
    expect(
      relations(
        pageOf(
          GI.fr,
          "Le Groupe spécialisé sur l'IA pour la santé (FG-AI4H), qui a été créé par la Commission d'études 16 de l'UIT-T en 2018, a achevé ses travaux.",
          "L'Initiative prolonge les travaux du FG-AI4H, qui a été lancé par l'UIT et l'OMS.",
        ),
      ),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU-T SG16', 'FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO']);
    expect(
      relations(
        pageOf(
          GI_ES,
          'El Grupo Temático sobre IA para la Salud (FG-AI4H), que fue creado por la Comisión de Estudio 16 del UIT-T en 2018, concluyó su labor.',
        ),
      ),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU-T SG16']);
  });

  it('not a clause about another thing than the group: ", which was requested by …", ", which was attended by …"', () => {
    expect(
      relations(
        pageOf(
          GI.en,
          'The Focus Group on AI for Health (FG-AI4H) held a workshop with WHO, which was attended by ITU-T Study Group 16.',
          'The Focus Group on AI for Health (FG-AI4H), which was requested by WHO, met in Geneva.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("what agents set up, named as the page's own group without its name", () => {
  it('en, fr, es: "ITU, WHO and WIPO launched the Initiative", "ont lancé l\'Initiative", "lanzaron la Iniciativa"', () => {
    const GROUPS = ['GI-AI4H LAUNCHED_BY ITU', 'GI-AI4H LAUNCHED_BY WHO', 'GI-AI4H LAUNCHED_BY WIPO'];
    expect(
      relations(
        pageOf(
          GI.en,
          'The Global Initiative on AI for Health (GI-AI4H) brings together many experts.',
          'ITU, WHO and WIPO launched the Initiative in July 2023.',
        ),
      ),
    ).toEqual(GROUPS);
    expect(
      relations(
        pageOf(
          GI.fr,
          "L'Initiative mondiale sur l'intelligence artificielle pour la santé (GI-AI4H) réunit de nombreux experts.",
          "L'UIT, l'OMS et l'OMPI ont lancé l'Initiative en juillet 2023.",
        ),
      ),
    ).toEqual(GROUPS);
    expect(
      relations(
        pageOf(
          GI_ES,
          'La Iniciativa Mundial sobre Inteligencia Artificial para la Salud (GI-AI4H) reúne a numerosos expertos.',
          'La UIT, la OMS y la OMPI lanzaron la Iniciativa en julio de 2023.',
        ),
      ),
    ).toEqual(GROUPS);
  });

  it('en: "Study Group 21 established the Focus Group" on a focus group\'s page', () => {
    expect(
      relations(
        pageOf(
          'ITU-T Focus Group on Digital Twins for Health (FG-DT4H)',
          'The Focus Group is open to all.',
          'ITU-T Study Group 21 established the Focus Group in 2023.',
        ),
      ),
    ).toEqual(['FG-DT4H LAUNCHED_BY ITU-T SG21']);
  });

  it("not a group of another kind than the page's, nor the phrase in small letters, nor as a sentence's subject", () => {
    expect(
      relations(
        pageOf(
          'ITU-T Focus Group on Digital Twins for Health (FG-DT4H)',
          'ITU, WHO and WIPO launched the Initiative in July 2023.',
          'ITU launched the initiative in 2020.',
        ),
      ),
    ).toEqual([]);
    expect(
      relations(
        pageOf(
          'ITU-T Focus Group on Digital Twins for Health (FG-DT4H)',
          'In 2023, work of the Focus Group reports to ITU-T Study Group 21.',
        ),
      ),
    ).toEqual(['FG-DT4H REPORTS_TO ITU-T SG21']);
  });
});

describe('the past tense of a concluded group: "reported to", "relevait de", "dependía de"', () => {
  it('en', () => {
    expect(
      relations(
        pageOf(
          'Focus Group on AI for Health',
          'The ITU/WHO Focus Group on AI for Health (FG-AI4H) reported to ITU-T Study Group 16 until it concluded its work in September 2023.',
        ),
      ),
    ).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16']);
    expect(
      relations(
        pageOf(
          'ITU-T Study Group 21',
          'The ITU-T Focus Group on Metaverse (FG-MV), which concluded in 2024, reported to TSAG.',
        ),
      ),
    ).toEqual(['FG-MV REPORTS_TO TSAG']);
  });

  it('fr, es', () => {
    expect(
      relations(
        pageOf(
          "Groupe spécialisé sur l'IA pour la santé",
          "Le Groupe spécialisé UIT/OMS sur l'IA pour la santé (FG-AI4H) relevait de la Commission d'études 16 de l'UIT-T.",
          'Le Groupe spécialisé sur le métavers (FG-MV) rendait compte au Groupe consultatif de la normalisation des télécommunications (GCNT).',
        ),
      ),
    ).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16', 'FG-MV REPORTS_TO TSAG']);
    expect(
      relations(
        pageOf(
          'Grupo Temático sobre IA para la Salud',
          'El Grupo Temático UIT/OMS sobre IA para la Salud (FG-AI4H) dependía de la Comisión de Estudio 16 del UIT-T.',
        ),
      ),
    ).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16']);
  });
});

describe('a partnership called a cooperation or a collaboration', () => {
  it('en: "a cooperation between", "a collaboration between"', () => {
    const ALL = ['GI-AI4H PARTNER_OF ITU', 'GI-AI4H PARTNER_OF WHO', 'GI-AI4H PARTNER_OF WIPO'];
    expect(
      relations(
        pageOf(GI.en, 'The Global Initiative on AI for Health (GI-AI4H) is a cooperation between ITU, WHO and WIPO.'),
      ),
    ).toEqual(ALL);
    expect(
      relations(
        pageOf(GI.en, 'The Global Initiative on AI for Health (GI-AI4H) is a collaboration between ITU, WHO and WIPO.'),
      ),
    ).toEqual(ALL);
  });

  it('fr: "une collaboration entre", "une coopération entre"; es: "una colaboración entre"', () => {
    const ALL = ['GI-AI4H PARTNER_OF ITU', 'GI-AI4H PARTNER_OF WHO', 'GI-AI4H PARTNER_OF WIPO'];
    expect(
      relations(
        pageOf(
          GI.fr,
          "L'Initiative mondiale sur l'intelligence artificielle pour la santé (GI-AI4H) est une collaboration entre l'UIT, l'OMS et l'OMPI.",
        ),
      ),
    ).toEqual(ALL);
    expect(
      relations(
        pageOf(
          GI.fr,
          "L'Initiative mondiale sur l'IA pour la santé (GI-AI4H) est une coopération entre l'UIT, l'OMS et l'OMPI.",
        ),
      ),
    ).toEqual(ALL);
    expect(
      relations(
        pageOf(
          GI_ES,
          'La Iniciativa Mundial sobre Inteligencia Artificial para la Salud (GI-AI4H) es una colaboración entre la UIT, la OMS y la OMPI.',
        ),
      ),
    ).toEqual(ALL);
  });
});
