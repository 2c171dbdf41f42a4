/**
 * Relations a page about an ITU group states, read as its sentences say them: from the sentence's subject, not the
 * group named nearest the verb; from the page's own group where a sentence names it again without its name ("The
 * Focus Group …"). Small pages written for these tests, in several languages.
 */
import type { ParsedGroupPage } from '.';
import {
  entityLabel as label,
  pageOf,
  pageRelations as relations,
  parsePage as page,
} from '../test/support/page-texts';

const TITLE = 'ITU-T Focus Group on Digital Twins for Health (FG-DT4H)';

describe('a relation starts from what its sentence is about', () => {
  it('not from a group an apposition names (", the successor to …,")', () => {
    const doc = pageOf(
      TITLE,
      'The ITU-T Focus Group on Digital Twins for Health (FG-DT4H), the successor to the ITU/WHO Focus Group on Artificial Intelligence for Health (FG-AI4H), reports to ITU-T Study Group 21.',
    );
    expect(relations(doc)).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-DT4H REPORTS_TO ITU-T SG21']);
  });

  it('nor from a group in brackets, nor from one the verb named before', () => {
    const doc = pageOf(
      TITLE,
      'FG-DT4H (building on the work of FG-AI4H) reports to ITU-T Study Group 21 and succeeds the Focus Group on Health Data (FG-HD).',
    );
    expect(relations(doc)).toEqual([
      'FG-DT4H SUCCEEDS FG-AI4H',
      'FG-DT4H REPORTS_TO ITU-T SG21',
      'FG-DT4H SUCCEEDS FG-HD',
    ]);
  });

  it('nor, for a verb that names its subject, from the name an apposition ends with', () => {
    const doc = pageOf(
      TITLE,
      'The Focus Group on Digital Twins for Health (FG-DT4H), the successor to FG-AI4H, was established by ITU-T Study Group 21.',
    );
    expect(relations(doc)).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-DT4H LAUNCHED_BY ITU-T SG21']);
  });

  it('but from the name a relative clause follows (", which reports to …", ", qui relève de …")', () => {
    expect(
      relations(
        pageOf(
          TITLE,
          'FG-DT4H works with ITU-T Study Group 21, which reports to the Telecommunication Standardization Advisory Group (TSAG).',
        ),
      ),
    ).toEqual(['ITU-T SG21 REPORTS_TO TSAG']);
    expect(
      relations(
        pageOf(
          "Commission d'études 20 de l'UIT-T",
          "La Question 6/20 est étudiée par la Commission d'études 21 de l'UIT-T, qui relève du Groupe consultatif de la normalisation des télécommunications (GCNT).",
        ),
      ),
    ).toEqual(['ITU-T SG21 REPORTS_TO TSAG']);
  });

  it('and in a later sentence of the paragraph, from what the paragraph was about', () => {
    const doc = pageOf(
      'Iniciativa Mundial sobre IA para la Salud',
      'La Iniciativa Mundial sobre IA para la Salud depende de la Comisión de Estudio 16 del UIT-T y sucede al Grupo Temático sobre IA para la Salud. Trabaja en asociación con la Organización Mundial de la Salud.',
    );
    expect(relations(doc)).toEqual([
      'GI-AI4H REPORTS_TO ITU-T SG16',
      'GI-AI4H SUCCEEDS FG-AI4H',
      'GI-AI4H PARTNER_OF WHO',
    ]);
  });
});

describe("a page names its own group again without its name, as a sentence's subject", () => {
  it('en: "The Focus Group was established by …, in partnership with …"', () => {
    const doc = pageOf(
      TITLE,
      'The ITU-T Focus Group on Digital Twins for Health (FG-DT4H) studies digital twins.',
      'The Focus Group was established by ITU-T Study Group 21, in partnership with the World Health Organization (WHO).',
    );
    expect(relations(doc)).toEqual(['FG-DT4H LAUNCHED_BY ITU-T SG21', 'FG-DT4H PARTNER_OF WHO']);
  });

  it('fr: "Le Groupe spécialisé a été créé par …"', () => {
    const doc = pageOf(
      "Groupe spécialisé sur l'IA pour la santé",
      "Le Groupe spécialisé a été créé par la Commission d'études 16 de l'UIT-T.",
    );
    expect(relations(doc)).toEqual(['FG-AI4H LAUNCHED_BY ITU-T SG16']);
  });

  it('only where the page is about a group of that kind: "the Focus Group" on an initiative\'s page is another', () => {
    const doc = pageOf(
      'Global Initiative on Health Data (GI-HD)',
      'The Global Initiative on Health Data (GI-HD) builds on the work of a focus group.',
      'The Focus Group was established by ITU-T Study Group 16.',
      'The Focus Group reports to ITU-T Study Group 16.',
      'The Initiative was established by the World Health Organization (WHO).',
    );
    expect(relations(doc)).toEqual(['GI-HD LAUNCHED_BY WHO']);
  });
});

describe("a pronoun that opens a sentence stands for the page's group where the sentence before names it", () => {
  it('en: "It …", though another group is named nearer, or first', () => {
    const doc = pageOf(
      'Focus Group on Digital Health (FG-DH)',
      'The Focus Group on Digital Health (FG-DH) was established by ITU-T Study Group 16 in July 2023. It reports to ITU-T Study Group 16 and works in partnership with WHO.',
      'FG-DH works with ITU-T Study Group 21, which reports to the Telecommunication Standardization Advisory Group (TSAG). It works in partnership with the World Health Organization (WHO).',
      'Together with ITU-T Study Group 21, FG-DH studies health data. It was established by ITU-T Study Group 16.',
    );
    expect(relations(doc)).toEqual([
      'FG-DH LAUNCHED_BY ITU-T SG16',
      'FG-DH REPORTS_TO ITU-T SG16',
      'FG-DH PARTNER_OF WHO',
      'ITU-T SG21 REPORTS_TO TSAG',
      'FG-DH PARTNER_OF WHO',
      'FG-DH LAUNCHED_BY ITU-T SG16',
    ]);
  });

  it('fr, ru: "Il …", "Она …" after a relative clause about another group', () => {
    const fr = pageOf(
      'Groupe spécialisé sur la santé numérique (FG-DH)',
      "Le FG-DH collabore avec la Commission d'études 21 de l'UIT-T, qui relève du Groupe consultatif de la normalisation des télécommunications (GCNT). Il travaille en partenariat avec l'Organisation mondiale de la santé (OMS).",
    );
    expect(relations(fr)).toEqual([
      'FG-DH PARTNER_OF ITU-T SG21',
      'ITU-T SG21 REPORTS_TO TSAG',
      'FG-DH PARTNER_OF WHO',
    ]);
    const ru = pageOf(
      'Оперативная группа по ИИ для здравоохранения',
      'Оперативная группа работает с 21-й Исследовательской комиссией МСЭ-Т, которая подотчетна Консультативной группе по стандартизации электросвязи. Она подотчетна 16-й Исследовательской комиссии МСЭ-Т.',
    );
    expect(relations(ru)).toEqual(['ITU-T SG21 REPORTS_TO TSAG', 'FG-AI4H REPORTS_TO ITU-T SG16']);
  });

  it('zh: 它 and 该组, not 该组织 (the organisation)', () => {
    const doc = pageOf(
      '人工智能促进健康焦点组',
      'ITU-T第16研究组隶属于电信标准化顾问组。人工智能促进健康焦点组研究卫生数据。它向ITU-T第16研究组报告。',
      'ITU-T第16研究组隶属于电信标准化顾问组。人工智能促进健康焦点组研究卫生数据。该组向ITU-T第16研究组报告。',
      'ITU-T第16研究组隶属于电信标准化顾问组。人工智能促进健康焦点组研究卫生数据。该组织向ITU-T第16研究组报告。',
    );
    expect(relations(doc)).toEqual([
      'ITU-T SG16 REPORTS_TO TSAG',
      'FG-AI4H REPORTS_TO ITU-T SG16',
      'ITU-T SG16 REPORTS_TO TSAG',
      'FG-AI4H REPORTS_TO ITU-T SG16',
      'ITU-T SG16 REPORTS_TO TSAG',
    ]);
  });

  it('a group the page does not name where the sentence before opens with one ("The Initiative …")', () => {
    const doc = pageOf(
      'Focus Group on Digital Health (FG-DH)',
      'The Focus Group on Digital Health (FG-DH) studies health data.',
      'The Initiative was launched by WHO. It works in partnership with WIPO.',
    );
    expect(relations(doc)).toEqual([]);
  });
});

describe('"the latter" that opens a sentence stands for the last party the sentence before names', () => {
  it("en, fr, es, ru, zh: what a relation is to, not the page's group", () => {
    const en = pageOf(
      'Focus Group on Digital Health (FG-DH)',
      'The Focus Group on Digital Health (FG-DH) reports to ITU-T Study Group 16. The latter reports to the ' +
        'Telecommunication Standardization Advisory Group (TSAG).',
    );
    expect(relations(en)).toEqual(['FG-DH REPORTS_TO ITU-T SG16', 'ITU-T SG16 REPORTS_TO TSAG']);
    const fr = pageOf(
      'Groupe spécialisé sur la santé numérique (FG-DH)',
      "Le FG-DH relève de la Commission d'études 16 de l'UIT-T. Cette dernière relève du Groupe consultatif de la " +
        'normalisation des télécommunications (GCNT).',
    );
    expect(relations(fr)).toEqual(['FG-DH REPORTS_TO ITU-T SG16', 'ITU-T SG16 REPORTS_TO TSAG']);
    const es = pageOf(
      'Grupo Temático sobre Salud Digital (FG-DH)',
      'El FG-DH depende de la Comisión de Estudio 16 del UIT-T. Esta última depende del Grupo Asesor de ' +
        'Normalización de las Telecomunicaciones (GANT).',
    );
    expect(relations(es)).toEqual(['FG-DH REPORTS_TO ITU-T SG16', 'ITU-T SG16 REPORTS_TO TSAG']);
    const ru = pageOf(
      'Оперативная группа по ИИ для здравоохранения',
      'Оперативная группа подотчетна 16-й Исследовательской комиссии МСЭ-Т. Последняя подотчетна Консультативной ' +
        'группе по стандартизации электросвязи.',
    );
    expect(relations(ru)).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16', 'ITU-T SG16 REPORTS_TO TSAG']);
    const zh = pageOf(
      '人工智能促进健康焦点组',
      '人工智能促进健康焦点组向ITU-T第16研究组报告。后者隶属于电信标准化顾问组。',
    );
    expect(relations(zh)).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16', 'ITU-T SG16 REPORTS_TO TSAG']);
  });

  it('stands for no group where the last party named is none', () => {
    const page = pageOf(
      'Focus Group on Digital Health (FG-DH)',
      'The Focus Group on Digital Health (FG-DH) reports to ITU-T Study Group 16 and works closely with the World ' +
        'Health Organization (WHO). The latter reports to the Telecommunication Standardization Advisory Group (TSAG).',
    );
    expect(relations(page)).toEqual(['FG-DH REPORTS_TO ITU-T SG16']);
  });

  it('is no pronoun where a party stands between it and the relation: "the latter meeting"', () => {
    const page = pageOf(
      'Focus Group on Digital Health (FG-DH)',
      'FG-DH was set up at the meeting of ITU-T Study Group 16 in Geneva in July 2023. The latter meeting also ' +
        'agreed that FG-DH reports to TSAG.',
    );
    expect(relations(page)).toContain('FG-DH REPORTS_TO TSAG');
    expect(relations(page)).not.toContain('ITU-T SG16 REPORTS_TO TSAG');
  });
});

describe('Arabic sentences that open with the verb, the subject after it', () => {
  const AR_TITLE = 'الفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة';

  it('read as the English page: established by, reports to, in partnership with', () => {
    const doc = pageOf(
      AR_TITLE,
      // Study Group 16 established the Focus Group on AI for Health in July 2018.
      'أنشأت لجنة الدراسات 16 لقطاع تقييس الاتصالات الفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة في يوليو 2018.',
      // The Focus Group reports to Study Group 16.
      'يرفع الفريق المتخصص تقاريره إلى لجنة الدراسات 16 لقطاع تقييس الاتصالات.',
      // Study Group 16 reports to TSAG. And the Group works in partnership with WHO.
      'تتبع لجنة الدراسات 16 لقطاع تقييس الاتصالات الفريق الاستشاري لتقييس الاتصالات. ويعمل الفريق بالشراكة مع منظمة الصحة العالمية.',
    );
    expect(relations(doc)).toEqual([
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
      'FG-AI4H REPORTS_TO ITU-T SG16',
      'ITU-T SG16 REPORTS_TO TSAG',
      'FG-AI4H PARTNER_OF WHO',
    ]);
  });

  it('with a list of agents; and a self-reference of another kind names a group the page does not', () => {
    const doc = pageOf(
      AR_TITLE,
      'أطلق الاتحاد الدولي للاتصالات ومنظمة الصحة العالمية والمنظمة العالمية للملكية الفكرية المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة.',
      'تعمل المبادرة بالشراكة مع منظمة الصحة العالمية.',
    );
    expect(relations(doc)).toEqual(['GI-AI4H LAUNCHED_BY ITU', 'GI-AI4H LAUNCHED_BY WHO', 'GI-AI4H LAUNCHED_BY WIPO']);
  });

  it('read "the latter" after the verb as the last group the sentence before names', () => {
    const doc = pageOf(
      AR_TITLE,
      // The Focus Group reports to Study Group 16. The latter reports to TSAG.
      'يرفع الفريق المتخصص تقاريره إلى لجنة الدراسات 16 لقطاع تقييس الاتصالات. ويرفع الأخير تقاريره إلى الفريق ' +
        'الاستشاري لتقييس الاتصالات.',
    );
    expect(relations(doc)).toEqual(['FG-AI4H REPORTS_TO ITU-T SG16', 'ITU-T SG16 REPORTS_TO TSAG']);
  });
});

describe('a name before an acronym in brackets defines the acronym on the page', () => {
  const defined = (doc: ParsedGroupPage): string[] =>
    doc.clauses
      .flatMap((c) => c.mentions.map((m) => m.entity))
      .filter((e) => e.type === 'Organization' && e.key === e.acronym?.toLowerCase())
      .map((e) => (e.type === 'Organization' ? `${e.acronym}=${e.name}` : ''));

  it.each([
    [
      'fr',
      "Groupe spécialisé de l'UIT-T sur les jumeaux numériques pour la santé (FG-DT4H)",
      "Le FG-DT4H relève de la Commission d'études 21 de l'UIT-T.",
      "Groupe spécialisé de l'UIT-T sur les jumeaux numériques pour la santé",
    ],
    [
      'es',
      'Grupo Temático del UIT-T sobre Gemelos Digitales para la Salud (FG-DT4H)',
      'El FG-DT4H depende de la Comisión de Estudio 21 del UIT-T.',
      'Grupo Temático del UIT-T sobre Gemelos Digitales para la Salud',
    ],
  ])('%s: a name in the language of the page, the acronym in English', (_, title, sentence, name) => {
    const doc = pageOf(title, sentence);
    expect(label(doc.subject)).toBe('FG-DT4H');
    expect(doc.subject).toMatchObject({ kind: 'itu-group', name });
    expect(relations(doc)).toEqual(['FG-DT4H REPORTS_TO ITU-T SG21']);
  });

  it('the last name of a list only ("… and the Universal Postal Union (UPU)")', () => {
    const doc = pageOf(
      TITLE,
      'FG-DT4H works with ITU, UNEP and the Universal Postal Union (UPU).',
      'FG-DT4H works with the United Nations and the Universal Postal Union (UPU).',
      'FG-DT4H works with the Food and Agriculture Organization (FAO).',
    );
    expect(defined(doc)).toEqual(
      expect.arrayContaining(['UPU=Universal Postal Union', 'FAO=Food and Agriculture Organization']),
    );
    expect(defined(doc).filter((d) => d.startsWith('UPU='))).toEqual([
      'UPU=Universal Postal Union',
      'UPU=Universal Postal Union',
    ]);
  });
});

describe('"established by" and "launched by" in their passive and feminine forms', () => {
  it('en: a date between the verb and "by"', () => {
    const doc = pageOf(
      'Global Initiative on Health Data (GI-HD)',
      'The Global Initiative on Health Data (GI-HD) was launched in July 2023 by WHO and ITU.',
      'The Focus Group on Health Records (FG-HR) was established in 2018 by ITU-T Study Group 16.',
    );
    expect(relations(doc)).toEqual(['GI-HD LAUNCHED_BY WHO', 'GI-HD LAUNCHED_BY ITU', 'FG-HR LAUNCHED_BY ITU-T SG16']);
  });

  it('en: only a date or place between them, not a request or proposal', () => {
    const doc = pageOf(
      'Focus Group on Health Records (FG-HR)',
      'The Focus Group on Health Records (FG-HR) was set up as requested by the World Health Organization.',
      'The Focus Group on Health Records (FG-HR) was established following a proposal by ITU-T Study Group 16.',
    );
    expect(relations(doc)).toEqual([]);
  });

  it('en: the ITU Telecommunication Standardization Advisory Group is one group, not ITU and the group', () => {
    const doc = pageOf(
      TITLE,
      'FG-DT4H was established by the ITU Telecommunication Standardization Advisory Group (TSAG) in 2024.',
    );
    expect(relations(doc)).toEqual(['FG-DT4H LAUNCHED_BY TSAG']);
  });

  it('en, fr, es: the active, the agents before the verb and what they set up right after it', () => {
    const en = pageOf(
      'Focus Group on Health Records (FG-HR)',
      'ITU-T Study Group 16 established the Focus Group on Health Records (FG-HR) in July 2018.',
      'ITU and WHO have jointly launched the Global Initiative on Health Data (GI-HD).',
      'In 2024, TSAG created the Focus Group on Digital Twins (FG-DT).',
    );
    expect(relations(en)).toEqual([
      'FG-HR LAUNCHED_BY ITU-T SG16',
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
      'FG-DT LAUNCHED_BY TSAG',
    ]);
    // With its provenance: the sentence's words from the agents to what they set up.
    expect(en.relations[0]?.quote).toBe('ITU-T Study Group 16 established the Focus Group on Health Records (FG-HR)');
    const fr = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "La Commission d'études 16 de l'UIT-T a créé le Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH) en 2023.",
      "L'UIT et l'OMS ont lancé l'Initiative mondiale sur les données de santé (GI-HD).",
    );
    expect(relations(fr)).toEqual(['FG-DH LAUNCHED_BY ITU-T SG16', 'GI-HD LAUNCHED_BY ITU', 'GI-HD LAUNCHED_BY WHO']);
    const es = pageOf(
      'Grupo Temático del UIT-T sobre Salud Digital (FG-DH)',
      'La Comisión de Estudio 16 del UIT-T creó el Grupo Temático del UIT-T sobre Salud Digital (FG-DH) en 2023.',
      'La UIT y la OMS han establecido la Iniciativa Mundial sobre Datos de Salud (GI-HD).',
    );
    expect(relations(es)).toEqual(['FG-DH LAUNCHED_BY ITU-T SG16', 'GI-HD LAUNCHED_BY ITU', 'GI-HD LAUNCHED_BY WHO']);
  });

  it('en, fr: not the active where nothing named follows the verb, nor from a name that no sentence opens with', () => {
    const en = pageOf(
      TITLE,
      'Member States established national e-health strategies with WHO.',
      'With the support of WHO, ITU launched the Global Initiative on Health Data (GI-HD).',
      'ITU-T Study Group 16, in collaboration with WHO, established the Focus Group on Health Records (FG-HR).',
    );
    expect(relations(en)).toEqual(['GI-HD LAUNCHED_BY ITU']);
    const fr = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "Avec le soutien de l'OMS, l'UIT a lancé l'Initiative mondiale sur les données de santé (GI-HD).",
      "Les États Membres ont créé des stratégies nationales avec l'OMS.",
    );
    expect(relations(fr)).toEqual(['GI-HD LAUNCHED_BY ITU']);
  });

  it("en, fr, es: the active's agents are its subject, not the names of a phrase before it", () => {
    const en = pageOf(
      TITLE,
      'In collaboration with WHO, WIPO and UNICEF, ITU launched the Global Initiative on Health Data (GI-HD).',
      'With WHO, ITU established the Focus Group on Health Records (FG-HR).',
      'Like WHO, TSAG created the Focus Group on Digital Twins (FG-DT).',
      // After a word, whatever white space between.
      'The Council noted that  ITU established the Focus Group on Health Records (FG-HR).',
      // A list that opens the sentence is the agents', commas and all.
      'ITU, WHO and WIPO jointly launched the Global Initiative on Health Data (GI-HD).',
    );
    expect(relations(en)).toEqual([
      'GI-HD LAUNCHED_BY ITU',
      'FG-HR LAUNCHED_BY ITU',
      'FG-DT LAUNCHED_BY TSAG',
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
      'GI-HD LAUNCHED_BY WIPO',
    ]);
    // The quote starts at the agent kept.
    expect(en.relations[0]?.quote).toBe('ITU launched the Global Initiative on Health Data (GI-HD)');
    const fr = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "En collaboration avec l'OMS, l'OMPI et l'UNICEF, l'UIT a lancé l'Initiative mondiale sur les données de santé (GI-HD).",
    );
    expect(relations(fr)).toEqual(['GI-HD LAUNCHED_BY ITU']);
    const es = pageOf(
      'Grupo Temático del UIT-T sobre Salud Digital (FG-DH)',
      'En colaboración con la OMS, la OMPI y el UNICEF, la UIT lanzó la Iniciativa Mundial sobre Datos de Salud (GI-HD).',
    );
    expect(relations(es)).toEqual(['GI-HD LAUNCHED_BY ITU']);
  });

  it('en: not the active where the name after the verb only modifies what was set up, or is no group', () => {
    const en = pageOf(
      TITLE,
      "ITU-T Study Group 16 established FG-AI4H's successor, the Focus Group on Health Records.",
      'Member States have established WHO collaborating centres on digital health.',
      'TSAG established ITU-T Study Group 16 as the lead study group on e-health.',
      'ITU-T Study Group 16 has created Recommendation ITU-T H.810 on personal health devices.',
    );
    expect(relations(en)).toEqual([]);
  });

  it('en, fr, es: agents after an opening phrase that names nobody, or after a word that is no article', () => {
    const en = pageOf(
      TITLE,
      'In 2018, ITU, WHO and WIPO launched the Global Initiative on Health Data (GI-HD).',
      'Both ITU and WHO launched the Global Initiative on Health Data (GI-HD).',
      // What follows what they set up: any words but a possessive.
      'ITU-T Study Group 16 established the Focus Group on Health Records (FG-HR) under Recommendation ITU-T A.7.',
      'ITU and WHO established the Focus Group on Health Records (FG-HR) as an open platform for health AI.',
    );
    expect(relations(en)).toEqual([
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
      'GI-HD LAUNCHED_BY WIPO',
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
      'FG-HR LAUNCHED_BY ITU-T SG16',
      'FG-HR LAUNCHED_BY ITU',
      'FG-HR LAUNCHED_BY WHO',
    ]);
    const fr = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "En 2018, l'UIT, l'OMS et l'OMPI ont lancé l'Initiative mondiale sur les données de santé (GI-HD).",
    );
    expect(relations(fr)).toEqual(['GI-HD LAUNCHED_BY ITU', 'GI-HD LAUNCHED_BY WHO', 'GI-HD LAUNCHED_BY WIPO']);
    const es = pageOf(
      'Grupo Temático del UIT-T sobre Salud Digital (FG-DH)',
      'En 2018, la UIT, la OMS y la OMPI lanzaron la Iniciativa Mundial sobre Datos de Salud (GI-HD).',
    );
    expect(relations(es)).toEqual(['GI-HD LAUNCHED_BY ITU', 'GI-HD LAUNCHED_BY WHO', 'GI-HD LAUNCHED_BY WIPO']);
  });

  it('en, fr, es: the active after a date that opens the sentence with no comma, not after one inside it', () => {
    const en = pageOf(
      TITLE,
      'In July 2018 ITU-T Study Group 16 established the Focus Group on Health Records (FG-HR).',
      'On 5 May 2020 ITU and WHO jointly launched the Global Initiative on Health Data (GI-HD).',
      // The date does not open the sentence: "ITU" is a clause's subject, not the sentence's.
      'The Council noted in 2018 ITU established the Focus Group on Digital Twins (FG-DT).',
      // Nor is a name in the phrase before the agents a date's.
      'In collaboration with WHO in 2018 ITU established the Focus Group on Digital Twins (FG-DT).',
    );
    expect(relations(en)).toEqual(['FG-HR LAUNCHED_BY ITU-T SG16', 'GI-HD LAUNCHED_BY ITU', 'GI-HD LAUNCHED_BY WHO']);
    // The quote starts at the agents.
    expect(en.relations[0]?.quote).toBe('ITU-T Study Group 16 established the Focus Group on Health Records (FG-HR)');
    const fr = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "En juillet 2023 la Commission d'études 16 de l'UIT-T a créé le Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH).",
    );
    expect(relations(fr)).toEqual(['FG-DH LAUNCHED_BY ITU-T SG16']);
    const es = pageOf(
      'Grupo Temático del UIT-T sobre Salud Digital (FG-DH)',
      'El 5 de mayo de 2023 la Comisión de Estudio 16 del UIT-T creó el Grupo Temático del UIT-T sobre Salud Digital (FG-DH).',
    );
    expect(relations(es)).toEqual(['FG-DH LAUNCHED_BY ITU-T SG16']);
  });

  it('en, fr, es, ru: the active with a date between the verb and what it set up', () => {
    const en = pageOf(
      TITLE,
      'ITU and WHO established in 2018 the Focus Group on Health Records (FG-HR).',
      'ITU, WHO and WIPO launched in July 2023 the Global Initiative on Health Data (GI-HD).',
      // A date only, not any words: the name after them is no object of the verb.
      'ITU-T Study Group 16 established in collaboration with WHO the Focus Group on Health Records (FG-HR).',
      // What comes after the date is still what they set up, a group with no possessive, and no study group given a role.
      'Member States established in 2018 WHO collaborating centres on digital health.',
      "ITU-T Study Group 16 established in July 2018 FG-AI4H's successor, the Focus Group on Health Records.",
      'TSAG established in 2022 ITU-T Study Group 16 as the lead study group on e-health.',
      // The agents still open the sentence.
      'The Council noted that ITU established in 2018 the Focus Group on Digital Twins (FG-DT).',
      // Words that are no date, a year that qualifies a noun, a count, a clause: no name after them is set up.
      'ITU-T Study Group 16 established in cooperation with its partners FG-AI4H.',
      'WIPO launched during the 2019 FG-AI4H workshop its policy on data.',
      'ITU launched in an online survey of 2000 FG-AI4H members a call for data.',
      'WIPO established in 2019 that since 2020 FG-AI4H has reported to TSAG.',
    );
    expect(relations(en)).toEqual([
      'FG-HR LAUNCHED_BY ITU',
      'FG-HR LAUNCHED_BY WHO',
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
      'GI-HD LAUNCHED_BY WIPO',
      // No launch, but the clause after "that" states a relation ("has reported to").
      'FG-AI4H REPORTS_TO TSAG',
    ]);
    expect(en.relations[0]?.quote).toBe('ITU and WHO established in 2018 the Focus Group on Health Records (FG-HR)');
    const fr = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "L'UIT et l'OMS ont créé en 2023 le Groupe spécialisé sur les dossiers de santé (FG-HR).",
      "L'UIT et l'OMS ont lancé en juillet 2018 l'Initiative mondiale sur les données de santé (GI-HD).",
      "Les États Membres ont créé en 2018 des stratégies nationales avec l'OMS.",
      "L'OMPI a lancé le rapport annuel 2019 FG-AI4H inclus.",
    );
    expect(relations(fr)).toEqual([
      'FG-HR LAUNCHED_BY ITU',
      'FG-HR LAUNCHED_BY WHO',
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
    ]);
    const es = pageOf(
      'Grupo Temático del UIT-T sobre Salud Digital (FG-DH)',
      'La UIT y la OMS lanzaron en julio de 2023 la Iniciativa Mundial sobre Datos de Salud (GI-HD).',
      'La Comisión de Estudio 16 del UIT-T creó en 2019 la Recomendación UIT-T H.810.',
      'La OMPI lanzó el informe anual 2019 FG-AI4H incluido.',
      'La OMPI lanzó el 5 de mayo de 2023 la Iniciativa Mundial sobre Datos de Salud (GI-HD).',
    );
    expect(relations(es)).toEqual(['GI-HD LAUNCHED_BY ITU', 'GI-HD LAUNCHED_BY WHO', 'GI-HD LAUNCHED_BY WIPO']);
    const ru = pageOf(
      'Оперативная группа по ИИ для здравоохранения',
      'МСЭ и ВОЗ совместно запустили в июле 2023 года Глобальную инициативу по ИИ в интересах здравоохранения.',
      'Государства-Члены создали в 2018 году национальные стратегии с ВОЗ.',
      'ВОИС запустила в ходе совещания 2019 года Оперативной группы по ИИ для здравоохранения новый призыв.',
    );
    expect(relations(ru)).toEqual(['GI-AI4H LAUNCHED_BY ITU', 'GI-AI4H LAUNCHED_BY WHO']);
  });

  it('fr, es: the active with its adverb after the verb ("ont lancé conjointement", "han establecido conjuntamente")', () => {
    const fr = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "L'UIT et l'OMS ont lancé conjointement l'Initiative mondiale sur les données de santé (GI-HD).",
    );
    expect(relations(fr)).toEqual(['GI-HD LAUNCHED_BY ITU', 'GI-HD LAUNCHED_BY WHO']);
    const es = pageOf(
      'Grupo Temático del UIT-T sobre Salud Digital (FG-DH)',
      'La UIT y la OMS han establecido conjuntamente la Iniciativa Mundial sobre Datos de Salud (GI-HD).',
      'La UIT y la OMS pusieron en marcha conjuntamente la Iniciativa Mundial sobre Datos de Salud (GI-HD).',
    );
    expect(relations(es)).toEqual([
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
      'GI-HD LAUNCHED_BY ITU',
      'GI-HD LAUNCHED_BY WHO',
    ]);
    // Still nothing where no name follows: "ont créé conjointement des stratégies".
    const none = pageOf(
      "Groupe spécialisé de l'UIT-T sur la santé numérique (FG-DH)",
      "Les États Membres et l'OMS ont créé conjointement des stratégies nationales.",
    );
    expect(relations(none)).toEqual([]);
  });

  it('zh: 由…设立, 由…共同发起, and 该焦点组 for the page’s group', () => {
    const doc = pageOf(
      '人工智能促进健康焦点组',
      '该焦点组由ITU-T第16研究组于2018年7月设立。',
      '人工智能促进健康全球倡议由国际电联、世卫组织和知识产权组织共同发起。',
    );
    expect(relations(doc)).toEqual([
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H LAUNCHED_BY WHO',
      'GI-AI4H LAUNCHED_BY WIPO',
    ]);
  });

  it('zh: the active with a date between the agents and the verb, and 设立 as well as 发起', () => {
    const doc = pageOf(
      '人工智能促进健康全球倡议',
      '国际电联、世卫组织和知识产权组织于2023年7月共同发起了人工智能促进健康全球倡议。',
      'ITU-T第16研究组于2018年7月设立了人工智能促进健康焦点组。',
    );
    expect(relations(doc)).toEqual([
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H LAUNCHED_BY WHO',
      'GI-AI4H LAUNCHED_BY WIPO',
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
    ]);
  });

  it('ru: была создана, создана, with the agent in the instrumental', () => {
    const doc = pageOf(
      'Оперативная группа по ИИ для здравоохранения',
      'Оперативная группа была создана 16-й Исследовательской комиссией МСЭ-Т.',
      'Глобальная инициатива по ИИ в интересах здравоохранения запущена МСЭ и ВОЗ.',
    );
    expect(relations(doc)).toEqual([
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H LAUNCHED_BY WHO',
    ]);
  });

  it('ru: the active, создала, совместно запустили, after a date that opens the sentence too', () => {
    const doc = pageOf(
      'Оперативная группа по ИИ для здравоохранения',
      'В июле 2018 года 16-я Исследовательская комиссия МСЭ-Т создала Оперативную группу по искусственному интеллекту для здравоохранения.',
      'МСЭ и ВОЗ совместно запустили Глобальную инициативу по ИИ в интересах здравоохранения.',
      // Nothing named after the verb; agents that are a phrase's, not the sentence's subject.
      'Государства-Члены создали национальные стратегии с ВОЗ.',
      // (two spaces: whatever white space between)
      'При поддержке ВОЗ  МСЭ запустил Глобальную инициативу по ИИ в интересах здравоохранения.',
    );
    expect(relations(doc)).toEqual([
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H LAUNCHED_BY WHO',
    ]);
    expect(doc.relations[0]?.quote).toBe(
      '16-я Исследовательская комиссия МСЭ-Т создала Оперативную группу по искусственному интеллекту для здравоохранения',
    );
  });

  it('ar: أنشأته, the verb agreeing with a feminine agent', () => {
    const doc = pageOf(
      'الفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة',
      'الفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة، الذي أنشأته لجنة الدراسات 16 لقطاع تقييس الاتصالات في يوليو 2018.',
    );
    expect(relations(doc)).toEqual(['FG-AI4H LAUNCHED_BY ITU-T SG16']);
  });
});

describe('Chinese short names of organisations', () => {
  it('知识产权组织 and 产权组织 are WIPO, 教科文组织 UNESCO, 儿基会 UNICEF', () => {
    const doc = pageOf(
      '人工智能促进健康全球倡议',
      '人工智能促进健康全球倡议是国际电联、世卫组织和知识产权组织之间的合作倡议。',
      '合作伙伴：产权组织、教科文组织、儿基会',
    );
    expect(relations(doc)).toEqual(['GI-AI4H PARTNER_OF ITU', 'GI-AI4H PARTNER_OF WHO', 'GI-AI4H PARTNER_OF WIPO']);
    expect(doc.clauses.at(-1)?.mentions.map((m) => label(m.entity))).toEqual(['WIPO', 'UNESCO', 'UNICEF']);
  });

  it('not where a region opens a longer name that ends with one: 非洲地区知识产权组织, 伊斯兰教科文组织', () => {
    const doc = pageOf(
      '人工智能促进健康全球倡议',
      '人工智能促进健康全球倡议与非洲地区知识产权组织和知识产权组织合作。',
      '伊斯兰教科文组织和教科文组织、欧洲理事会和国际电联理事会参与了该倡议。',
      '非洲地区成员国和区域电信组织也参与了该倡议。',
    );
    expect(doc.clauses.slice(1).map((c) => c.mentions.map((m) => `${label(m.entity)}«${m.quote}»`))).toEqual([
      ['GI-AI4H«人工智能促进健康全球倡议»', 'WIPO«知识产权组织»'],
      ['UNESCO«教科文组织»', 'ITU Council«国际电联理事会»'],
      // Not organisations: the region's Member States.
      ['Stakeholder«成员国»', 'Stakeholder«区域电信组织»'],
    ]);
  });

  it('but where no other name ends with the one after the region: 国际电联, 世卫组织', () => {
    const doc = pageOf(
      '人工智能促进健康全球倡议',
      '人工智能促进健康全球倡议协助非洲地区国际电联成员国和亚太地区世卫组织办事处的工作。',
    );
    expect(doc.clauses.at(-1)?.mentions.map((m) => `${label(m.entity)}«${m.quote}»`)).toEqual([
      'GI-AI4H«人工智能促进健康全球倡议»',
      'ITU«国际电联»',
      'Stakeholder«成员国»',
      'WHO«世卫组织»',
    ]);
  });
});

describe('a list whose members each repeat the word before it', () => {
  const FR = "Groupe spécialisé sur l'intelligence artificielle pour la santé";
  const ES = 'Grupo Temático sobre Inteligencia Artificial para la Salud';

  it('fr, es: "de l\'UIT et de l\'OMS", "de la UIT y de la OMS", "par l\'UIT et par l\'OMS" name every member', () => {
    expect(
      relations(
        pageOf(
          FR,
          "Le Groupe spécialisé est une initiative conjointe de l'UIT et de l'Organisation mondiale de la santé (OMS).",
          "Le Groupe spécialisé est une initiative conjointe de l'UIT, de l'OMS et de l'OMPI.",
          "Le FG-AI4H a été lancé par l'UIT et par l'OMS.",
        ),
      ),
    ).toEqual([
      'FG-AI4H PARTNER_OF ITU',
      'FG-AI4H PARTNER_OF WHO',
      'FG-AI4H PARTNER_OF ITU',
      'FG-AI4H PARTNER_OF WHO',
      'FG-AI4H PARTNER_OF WIPO',
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
    ]);
    expect(
      relations(
        pageOf(
          ES,
          'El Grupo Temático es una iniciativa conjunta de la UIT y de la Organización Mundial de la Salud (OMS).',
        ),
      ),
    ).toEqual(['FG-AI4H PARTNER_OF ITU', 'FG-AI4H PARTNER_OF WHO']);
  });

  it('fr, es, en: not a name after other words, nor after another word', () => {
    expect(
      relations(
        pageOf(
          FR,
          "Le Groupe spécialisé est une initiative conjointe de l'UIT et de deux autres partenaires de l'OMS.",
          "Le Groupe spécialisé est une initiative conjointe de l'UIT et à l'OMS.",
        ),
      ),
    ).toEqual(['FG-AI4H PARTNER_OF ITU', 'FG-AI4H PARTNER_OF ITU']);
    expect(
      relations(pageOf(ES, 'El Grupo Temático es una iniciativa conjunta de la UIT y de otros socios de la OMS.')),
    ).toEqual(['FG-AI4H PARTNER_OF ITU']);
    expect(
      relations(pageOf(TITLE, 'The Focus Group is a joint initiative of ITU and of many partners of WHO.')),
    ).toEqual(['FG-DT4H PARTNER_OF ITU']);
    // The word between must be an article: "by then" is no member.
    expect(
      relations(
        pageOf(
          'Global Initiative on AI for Health (GI-AI4H)',
          'The Initiative was launched by ITU, by then WHO had joined.',
          'The Initiative was launched by ITU and by June WHO had joined it.',
        ),
      ),
    ).toEqual(['GI-AI4H LAUNCHED_BY ITU', 'GI-AI4H LAUNCHED_BY ITU']);
  });
});

describe('verbs of the French pages', () => {
  const FR = "Groupe spécialisé sur l'intelligence artificielle pour la santé";

  it('fr "fait suite au"', () => {
    expect(
      relations(
        pageOf(
          FR,
          "En 2023, l'UIT, l'OMS et l'OMPI ont lancé l'Initiative mondiale sur l'IA pour la santé (GI-AI4H), qui fait suite au FG-AI4H.",
        ),
      ),
    ).toEqual([
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H LAUNCHED_BY WHO',
      'GI-AI4H LAUNCHED_BY WIPO',
      'GI-AI4H SUCCEEDS FG-AI4H',
    ]);
  });

  it('fr: not another noun after the verb', () => {
    expect(relations(pageOf(FR, "Le Groupe spécialisé fait suite à la demande de l'OMS."))).toEqual([]);
  });
});

describe('"builds on the work of" as a succession, from a group or an initiative only', () => {
  it('en, fr, es: the finite verb', () => {
    expect([
      ...relations(pageOf('Global Initiative on AI for Health (GI-AI4H)', 'GI-AI4H builds on the work of FG-AI4H.')),
      ...relations(
        pageOf(
          "Initiative mondiale sur l'IA pour la santé (GI-AI4H)",
          "La GI-AI4H s'appuie sur les travaux du FG-AI4H.",
        ),
      ),
      ...relations(
        pageOf('Iniciativa Mundial sobre IA para la Salud (GI-AI4H)', 'La GI-AI4H se basa en la labor del FG-AI4H.'),
      ),
    ]).toEqual(['GI-AI4H SUCCEEDS FG-AI4H', 'GI-AI4H SUCCEEDS FG-AI4H', 'GI-AI4H SUCCEEDS FG-AI4H']);
  });

  it('en, fr, es: never the succession of an organisation such as WHO', () => {
    expect([
      ...relations(
        pageOf(
          'Global Initiative on AI for Health (GI-AI4H)',
          'GI-AI4H builds on the work of the World Health Organization (WHO).',
          'GI-AI4H, building on the work of WHO, reports to ITU-T Study Group 16.',
          // Nor of a study group, which goes on.
          'GI-AI4H builds on the work of ITU-T Study Group 16.',
        ),
      ),
      ...relations(
        pageOf("Initiative mondiale sur l'IA pour la santé (GI-AI4H)", "La GI-AI4H s'appuie sur les travaux de l'OMS."),
      ),
      ...relations(
        pageOf('Iniciativa Mundial sobre IA para la Salud (GI-AI4H)', 'La GI-AI4H se basa en la labor de la OMS.'),
      ),
    ]).toEqual(['GI-AI4H REPORTS_TO ITU-T SG16']);
  });
});

describe('a date set off by commas between the active verb and what it set up', () => {
  const FR = "Groupe spécialisé de l'UIT-T sur les jumeaux numériques pour la santé (FG-DT4H)";
  const ES = 'Grupo Temático del UIT-T sobre Gemelos Digitales para la Salud (FG-DT4H)';
  const RU = 'Оперативная группа МСЭ-Т по цифровым двойникам для здравоохранения (FG-DT4H)';

  it('en, fr, es, ru: "established, in July 2018, the Focus Group …"', () => {
    expect([
      ...relations(
        pageOf(TITLE, 'ITU and WHO established, in July 2018, the Focus Group on Artificial Intelligence for Health.'),
      ),
      ...relations(
        pageOf(
          FR,
          "L'UIT et l'OMS ont créé, en juillet 2018, le Groupe spécialisé sur l'intelligence artificielle pour la santé.",
        ),
      ),
      ...relations(pageOf(ES, 'La UIT y la OMS crearon, en julio de 2018, el Grupo Temático sobre IA para la Salud.')),
      ...relations(
        pageOf(
          RU,
          'МСЭ и ВОЗ создали, в июле 2018 года, Оперативную группу по искусственному интеллекту для здравоохранения.',
        ),
      ),
    ]).toEqual([
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
    ]);
  });

  it('en, fr, ru: not another noun, a clause, a phrase with no year, or a name with no article after the date', () => {
    expect([
      ...relations(
        pageOf(
          TITLE,
          'ITU and WHO established, in July 2018, the report of the Focus Group on Artificial Intelligence for Health.',
          'ITU and WHO established, in 2018, that FG-AI4H would report to ITU-T Study Group 16.',
          'ITU established, in cooperation with WHO, the guidelines of the Focus Group on AI for Health.',
          'WIPO launched, during the 2019 FG-AI4H workshop, its policy.',
          'WIPO launched, in 2019, FG-AI4H workshops in Geneva.',
        ),
      ),
      ...relations(
        pageOf(
          FR,
          "L'UIT et l'OMS ont créé, en juillet 2018, le rapport du Groupe spécialisé sur l'intelligence artificielle pour la santé.",
        ),
      ),
      ...relations(pageOf(RU, 'ВОИС запустила, в 2019 году, проект Оперативной группы по ИИ для здравоохранения.')),
    ]).toEqual([]);
  });
});

describe("no succession of a Sector's advisory group, which goes on", () => {
  it('en, fr, es, ru: "builds on the work of TSAG", "succeeds TDAG", "s\'appuie sur les travaux du GCNT" give none', () => {
    expect([
      ...relations(
        pageOf(
          TITLE,
          'FG-DT4H builds on the work of TSAG.',
          'FG-DT4H succeeds the Telecommunication Development Advisory Group.',
        ),
      ),
      ...relations(
        pageOf("Initiative mondiale sur l'IA pour la santé (GI-AI4H)", "La GI-AI4H s'appuie sur les travaux du GCNT."),
      ),
      ...relations(
        pageOf('Iniciativa Mundial sobre IA para la Salud (GI-AI4H)', 'La GI-AI4H se basa en la labor del GAR.'),
      ),
      ...relations(
        pageOf(
          'Глобальная инициатива по ИИ в интересах здравоохранения (GI-AI4H)',
          'GI-AI4H является преемником Консультативной группы по стандартизации электросвязи.',
        ),
      ),
    ]).toEqual([]);
  });

  it('but of a group that ends: a focus group, a Council working group, an initiative', () => {
    expect(
      relations(
        pageOf(
          TITLE,
          'FG-DT4H builds on the work of FG-AI4H.',
          'FG-DT4H builds on the work of the Council Working Group on Child Online Protection (CWG-COP).',
          'FG-DT4H succeeds the Global Initiative on AI for Health.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-DT4H SUCCEEDS CWG-COP', 'FG-DT4H SUCCEEDS GI-AI4H']);
  });
});

describe('the Russian names of the AI for Health groups', () => {
  const RU = 'Оперативная группа МСЭ-Т по цифровым двойникам для здравоохранения (FG-DT4H)';

  it('a page whose title is the Global Initiative\'s Russian name is about it ("для здравоохранения")', () => {
    const doc = pageOf('Глобальная инициатива по ИИ для здравоохранения', 'Инициатива была запущена МСЭ, ВОЗ и ВОИС.');
    expect(label(doc.subject)).toBe('GI-AI4H');
    expect(relations(doc)).toEqual(['GI-AI4H LAUNCHED_BY ITU', 'GI-AI4H LAUNCHED_BY WHO', 'GI-AI4H LAUNCHED_BY WIPO']);
  });

  it('the Focus Group\'s name with "МСЭ/ВОЗ" in the accusative and the genitive', () => {
    expect([
      ...relations(
        pageOf(RU, 'МСЭ и ВОЗ создали Оперативную группу МСЭ/ВОЗ по искусственному интеллекту для здравоохранения.'),
      ),
      ...relations(
        pageOf(RU, 'Группа FG-DT4H является преемником Оперативной группы МСЭ/ВОЗ по ИИ для здравоохранения.'),
      ),
    ]).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO', 'FG-DT4H SUCCEEDS FG-AI4H']);
  });

  it('not a Focus Group on AI for something else', () => {
    expect(
      relations(
        pageOf(
          RU,
          'МСЭ и ВОЗ создали Оперативную группу МСЭ/ВОЗ по искусственному интеллекту для сельского хозяйства.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('what a Russian active verb sets up is in the accusative', () => {
  const RU = 'Оперативная группа МСЭ-Т по цифровым двойникам для здравоохранения (FG-DT4H)';

  it('ru: the accusative, or an acronym, which has no case', () => {
    expect(
      relations(
        pageOf(
          RU,
          'МСЭ и ВОЗ создали в 2018 году Оперативную группу по ИИ для здравоохранения.',
          'ВОИС запустила FG-AI4H.',
        ),
      ),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO', 'FG-AI4H LAUNCHED_BY WIPO']);
  });

  it('ru: not an instrumental or a genitive after the verb', () => {
    expect(
      relations(
        pageOf(
          RU,
          'ВОИС запустила в 2019 году 16-й Исследовательской комиссией проект.',
          'ВОИС запустила в 2019 году Оперативной группы по ИИ для здравоохранения проект.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a Russian sentence written object first names no agent before the verb', () => {
  const RU = 'Оперативная группа МСЭ-Т по цифровым двойникам для здравоохранения (FG-DT4H)';

  it('ru: not the object in the accusative before the verb as its agent, an acronym or a name after it', () => {
    expect(
      relations(
        pageOf(
          RU,
          'Оперативную группу по искусственному интеллекту для здравоохранения создала КГСЭ.',
          'Глобальную инициативу по ИИ в интересах здравоохранения запустила FG-AI4H.',
          'Оперативную группу по ИИ для здравоохранения учредила 16-я Исследовательская комиссия МСЭ-Т.',
          'Всемирную организацию здравоохранения и МСЭ создала FG-AI4H.',
        ),
      ),
    ).toEqual([]);
  });

  it('ru: but agents in the nominative, a name or an ordinal first, as before', () => {
    expect(
      relations(
        pageOf(
          RU,
          '16-я Исследовательская комиссия МСЭ-Т создала Оперативную группу по ИИ для здравоохранения.',
          'Всемирная организация здравоохранения и МСЭ запустили Глобальную инициативу по ИИ для здравоохранения.',
          'КГСЭ создала FG-AI4H.',
        ),
      ),
    ).toEqual([
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
      'GI-AI4H LAUNCHED_BY WHO',
      'GI-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY TSAG',
    ]);
  });
});

describe('the Focus Group on AI for Health named with its founders, "ITU/WHO" or "ITU-WHO"', () => {
  it('en, fr, es, ru: a succession of it, either way', () => {
    expect([
      ...relations(
        pageOf(
          'ITU-T Focus Group on Digital Health Interoperability (FG-DHI)',
          'FG-DHI builds on the work of the ITU-WHO Focus Group on Artificial Intelligence for Health (FG-AI4H).',
          'FG-DHI is the successor to the ITU/WHO Focus Group on AI for Health.',
        ),
      ),
      ...relations(
        pageOf(
          "Groupe spécialisé de l'UIT-T sur l'interopérabilité de la santé numérique (FG-DHI)",
          "Le FG-DHI s'appuie sur les travaux du Groupe spécialisé UIT-OMS sur l'intelligence artificielle pour la santé.",
        ),
      ),
      ...relations(
        pageOf(
          'Grupo Temático del UIT-T sobre interoperabilidad de la salud digital (FG-DHI)',
          'El FG-DHI se basa en la labor del Grupo Temático UIT-OMS sobre Inteligencia Artificial para la Salud.',
        ),
      ),
      ...relations(
        pageOf(
          'Оперативная группа МСЭ-Т по цифровым двойникам для здравоохранения (FG-DT4H)',
          'Группа FG-DT4H является преемником Оперативной группы МСЭ-ВОЗ по ИИ для здравоохранения.',
        ),
      ),
    ]).toEqual([
      'FG-DHI SUCCEEDS FG-AI4H',
      'FG-DHI SUCCEEDS FG-AI4H',
      'FG-DHI SUCCEEDS FG-AI4H',
      'FG-DHI SUCCEEDS FG-AI4H',
      'FG-DT4H SUCCEEDS FG-AI4H',
    ]);
  });

  it('en: not the work of ITU and WHO, nor of an ITU-WHO workshop or a Focus Group on AI for something else', () => {
    expect(
      relations(
        pageOf(
          'ITU-T Focus Group on Digital Health Interoperability (FG-DHI)',
          'FG-DHI builds on the work of the ITU-WHO workshop on AI for Health.',
          'FG-DHI builds on the work of the ITU-WHO Focus Group on Artificial Intelligence for Agriculture.',
          'FG-DHI builds on the work of ITU and WHO.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('zh: 是…的继承者, "is …\'s successor"', () => {
  const ZH = '人工智能促进健康全球倡议（GI-AI4H）';

  it('from the name right before 是, or the name 该倡议 stands for after a comma', () => {
    expect(
      relations(
        pageOf(
          ZH,
          '2023年，国际电联发起了人工智能促进健康全球倡议（GI-AI4H），该倡议是FG-AI4H的继承者。',
          'GI-AI4H是FG-AI4H的继任者。',
          '该倡议是FG-AI4H的继承者。',
        ),
      ),
    ).toEqual([
      'GI-AI4H LAUNCHED_BY ITU',
      'GI-AI4H SUCCEEDS FG-AI4H',
      'GI-AI4H SUCCEEDS FG-AI4H',
      'GI-AI4H SUCCEEDS FG-AI4H',
    ]);
  });

  it('not a workshop, a report, nor a phrase after a comma that follows no name', () => {
    expect(
      relations(
        pageOf(
          ZH,
          '该研讨会是FG-AI4H的继承者。',
          'GI-AI4H组织了研讨会，该研讨会是FG-AI4H的继承者。',
          'FG-DH的报告是FG-AI4H的继承者。',
          '该倡议支持的项目是FG-AI4H的继承者。',
          'FG-DH组织了会议，该倡议是FG-AI4H的继承者。',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a list of partners under a heading', () => {
  const partners = (doc: ParsedGroupPage): string[] =>
    doc.relations.filter((r) => r.type === 'PARTNER_OF').map((r) => `${label(r.from)} ${r.type} ${label(r.to)}`);
  const lines = (...ls: string[]): ParsedGroupPage => page(ls.join('\n'));
  /** A paragraph of English prose, for the language to be read. */
  const PROSE = 'The Focus Group is open to all and works on the use of digital twins in the health sector.';

  it('en: one organisation a line, bulleted or not, known or defined with an acronym', () => {
    const doc = lines(
      TITLE,
      '',
      'Partners:',
      '- World Health Organization (WHO)',
      '* the Digital Health Alliance (DHA);',
      'WIPO',
    );
    expect(partners(doc)).toEqual(['FG-DT4H PARTNER_OF WHO', 'FG-DT4H PARTNER_OF DHA', 'FG-DT4H PARTNER_OF WIPO']);
  });

  it("the line's words are the relation's quote, its paragraph the clause", () => {
    const doc = lines(TITLE, '', '## Partners', '- the Digital Health Alliance (DHA);');
    const [r] = doc.relations.filter((x) => x.type === 'PARTNER_OF');
    expect(r?.quote).toBe('the Digital Health Alliance (DHA)');
    expect(doc.text.slice(r?.span[0], r?.span[1])).toBe('the Digital Health Alliance (DHA)');
    expect(doc.clauses.find((c) => c.address === r?.clause)?.text).toBe('- the Digital Health Alliance (DHA);');
  });

  it('not a line naming several, nor one with a remark: the list goes on after them', () => {
    const doc = lines(TITLE, '', 'Partners', 'ITU and WHO', '- UNICEF, Geneva.', '- WIPO');
    expect(partners(doc)).toEqual(['FG-DT4H PARTNER_OF WIPO']);
  });

  it('a line of prose under the heading names none, and ends the list', () => {
    const named = lines(
      TITLE,
      '',
      'Partners',
      'Many organizations such as UNICEF contribute to the work of the group.',
      'WIPO',
    );
    expect(partners(named)).toEqual([]);
    const unnamed = lines(
      TITLE,
      '',
      'Partners',
      '- WHO',
      'The Focus Group works with many other organizations.',
      'WIPO',
    );
    expect(partners(unnamed)).toEqual(['FG-DT4H PARTNER_OF WHO']);
  });

  it('not a line with two whole names, by a tab or a space; a Sector code before its group is one name', () => {
    const doc = lines(TITLE, '', 'The Focus Group is open to all.', '', 'Partners', 'WHO\tITU', 'WIPO UNICEF');
    expect(partners(doc)).toEqual([]);
    expect(partners(lines(TITLE, '', PROSE, '', 'Partners', '- ITU-T Study Group 16', 'WHO'))).toEqual([
      'FG-DT4H PARTNER_OF ITU-T SG16',
      'FG-DT4H PARTNER_OF WHO',
    ]);
  });

  it('the list ends at a blank line or the next heading', () => {
    const doc = lines(
      TITLE,
      '',
      PROSE,
      '',
      'Partners:',
      '- WHO',
      '',
      'WIPO',
      '',
      'Partners',
      'UNICEF',
      'Contact',
      'WIPO',
      '',
      'Partners',
      'WHO',
      'Members:',
      'WIPO',
    );
    expect(partners(doc)).toEqual(['FG-DT4H PARTNER_OF WHO', 'FG-DT4H PARTNER_OF UNICEF', 'FG-DT4H PARTNER_OF WHO']);
  });

  it("only in the page's own part: not under a Markdown section about another group, nor after it", () => {
    const other = lines(
      TITLE,
      '',
      'FG-DT4H works on digital twins. FG-DT4H is open to all. FG-DT4H meets monthly.',
      '',
      '## FG-AI4H',
      '',
      'The ITU/WHO Focus Group on AI for Health (FG-AI4H) was the predecessor.',
      '',
      'Partners',
      'UNICEF',
      'WIPO',
    );
    expect(partners(other)).toEqual([]);
    const own = lines(TITLE, '', PROSE, '', '## About FG-DT4H', '', PROSE, '', '## Partners', 'UNICEF');
    expect(partners(own)).toEqual(['FG-DT4H PARTNER_OF UNICEF']);
  });

  it('no heading, no partners: names on lines of their own are no list of partners', () => {
    expect(partners(lines(TITLE, '', PROSE, '', 'Contact', '- WHO', '- WIPO'))).toEqual([]);
  });

  it('fr "Partenaires", es "Socios"', () => {
    const fr = lines(
      "Groupe spécialisé de l'UIT-T sur les jumeaux numériques pour la santé (FG-DT4H)",
      '',
      'Partenaires :',
      "- l'Organisation mondiale de la Santé (OMS)",
      '- OMPI',
      'Le Groupe est ouvert à tous.',
    );
    expect(partners(fr)).toEqual(['FG-DT4H PARTNER_OF WHO', 'FG-DT4H PARTNER_OF WIPO']);
    const es = lines(
      'Grupo Temático del UIT-T sobre Gemelos Digitales para la Salud (FG-DT4H)',
      '',
      'Socios',
      '• la Organización Mundial de la Salud (OMS)',
      '• OMPI',
    );
    expect(partners(es)).toEqual(['FG-DT4H PARTNER_OF WHO', 'FG-DT4H PARTNER_OF WIPO']);
  });
});

describe('a launch written as a noun, where the words say it took place', () => {
  const launches = (doc: ParsedGroupPage): string[] => relations(doc).filter((r) => r.includes('LAUNCHED_BY'));

  it('en: the list after "by" ends at the comma before the main clause, unless "and" stands before its last', () => {
    const P = 'The Focus Group is open to all and works on the use of digital twins in the health sector.';
    expect(
      launches(pageOf(TITLE, P, 'After the creation of FG-DT4H by TSAG, Study Group 16 took over its work.')),
    ).toEqual(['FG-DT4H LAUNCHED_BY TSAG']);
    expect(
      launches(
        pageOf(TITLE, P, 'After the creation of FG-DT4H by TSAG, ITU-T Study Group 16 and WHO took over its work.'),
      ),
    ).toEqual(['FG-DT4H LAUNCHED_BY TSAG']);
    expect(
      launches(pageOf(TITLE, P, 'Following the establishment of FG-AI4H by ITU and WHO, FG-DT4H was set up.')),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO']);
    expect(launches(pageOf(TITLE, P, 'Upon the creation of FG-DT4H by ITU, WHO and WIPO, meetings began.'))).toEqual([
      'FG-DT4H LAUNCHED_BY ITU',
      'FG-DT4H LAUNCHED_BY WHO',
      'FG-DT4H LAUNCHED_BY WIPO',
    ]);
  });

  it('a date or place after the last member does not cut the list ("by ITU and WHO in July 2018, …")', () => {
    const P = 'The Focus Group is open to all and works on the use of digital twins in the health sector.';
    for (const tail of ['in 2018', 'in July 2018', 'at Geneva']) {
      expect(
        launches(pageOf(TITLE, P, `After the creation of FG-DT4H by ITU and WHO ${tail}, Study Group 16 took over.`)),
      ).toEqual(['FG-DT4H LAUNCHED_BY ITU', 'FG-DT4H LAUNCHED_BY WHO']);
    }
    expect(
      launches(
        pageOf(TITLE, P, 'After the creation of FG-DT4H by TSAG in 2018, ITU-T Study Group 16 and WHO took over.'),
      ),
    ).toEqual(['FG-DT4H LAUNCHED_BY TSAG']);
    const FR = "Groupe spécialisé sur l'intelligence artificielle pour la santé";
    for (const tail of ['en juillet 2018', 'à Genève']) {
      expect(
        launches(
          pageOf(FR, `Après la création du FG-AI4H par l'UIT et l'OMS ${tail}, la Commission d'études 16 a repris.`),
        ),
      ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO']);
    }
    const ES = 'Grupo Temático sobre Inteligencia Artificial para la Salud';
    for (const tail of ['en julio de 2018', 'el 5 de mayo de 2018', 'en Ginebra']) {
      expect(
        launches(
          pageOf(ES, `Tras la creación del FG-AI4H por la UIT y la OMS ${tail}, la Comisión de Estudio 16 asumió.`),
        ),
      ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO']);
    }
  });

  it('en: "following the establishment of … by", "the establishment of … was the result of a joint effort of"', () => {
    expect(
      launches(
        pageOf(
          TITLE,
          'Following the establishment of the ITU/WHO Focus Group on Artificial Intelligence for Health (FG-AI4H) by ITU and WHO, benchmarking began.',
          'The establishment of FG-AI4H was the result of a joint effort of ITU and WHO.',
        ),
      ),
    ).toEqual([
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
    ]);
  });

  it('en: not a request, nor a joint effort that set nothing up', () => {
    expect(
      launches(
        pageOf(
          TITLE,
          'TSAG requests the establishment of FG-AI4H by ITU-T Study Group 16.',
          'The establishment of FG-AI4H by ITU-T Study Group 16 is requested.',
          'The report of FG-AI4H was the result of a joint effort of ITU and WHO.',
        ),
      ),
    ).toEqual([]);
  });

  it('not a launch that was only asked for, in the passive ("… by Study Group 16 was requested by WHO")', () => {
    const P = 'The Focus Group is open to all and works on the use of digital twins in the health sector.';
    expect(
      launches(
        pageOf(
          TITLE,
          P,
          'Since the establishment of FG-AI4H by ITU-T Study Group 16 was requested by WHO, work has begun.',
          'After the creation of FG-AI4H by ITU and WHO was formally proposed, work began.',
          'The launch of FG-AI4H by ITU, WHO and WIPO has been called for by Member States.',
          'Following the establishment of FG-AI4H by TSAG in 2018 was recommended, work began.',
        ),
      ),
    ).toEqual([]);
    // The launch itself, and one a request is about after it, still count.
    expect(
      launches(
        pageOf(
          TITLE,
          P,
          'After the creation of FG-AI4H by ITU and WHO, a workshop was requested by WIPO.',
          'The launch of FG-DT4H by ITU was welcomed.',
        ),
      ),
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU', 'FG-AI4H LAUNCHED_BY WHO', 'FG-DT4H LAUNCHED_BY ITU']);
    const FR = "Groupe spécialisé sur l'intelligence artificielle pour la santé";
    expect(
      launches(
        pageOf(
          FR,
          "Le lancement du FG-AI4H par l'UIT a été proposé par l'OMS.",
          "Le lancement du FG-AI4H par l'UIT et l'OMS est demandé.",
          "Depuis que la création du FG-AI4H par la Commission d'études 16 a été demandée par l'OMS, les travaux ont commencé.",
        ),
      ),
    ).toEqual([]);
    const ES = 'Grupo Temático sobre Inteligencia Artificial para la Salud';
    expect(
      launches(
        pageOf(
          ES,
          'El lanzamiento del FG-AI4H por la UIT fue propuesto por la OMS.',
          'El lanzamiento del FG-AI4H por la UIT y la OMS ha sido solicitado.',
          'Desde que la creación del FG-AI4H por la Comisión de Estudio 16 fue solicitada por la OMS, comenzaron los trabajos.',
        ),
      ),
    ).toEqual([]);
  });

  it('fr "après la création du … par", "est le fruit d\'un effort conjoint de"; es "tras la creación del … por"', () => {
    const FR = "Groupe spécialisé sur l'intelligence artificielle pour la santé";
    expect(
      launches(
        pageOf(
          FR,
          "Après la création du FG-AI4H par l'UIT et l'OMS, les travaux ont commencé.",
          "La création du FG-AI4H est le fruit d'un effort conjoint de l'UIT et de l'OMS.",
          "L'UIT demande la création du FG-AI4H par la Commission d'études 16.",
        ),
      ),
    ).toEqual([
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
    ]);
    expect(
      launches(
        pageOf(
          'Grupo Temático sobre Inteligencia Artificial para la Salud',
          'Tras la creación del FG-AI4H por la UIT y la OMS, comenzaron los trabajos.',
          'La creación del FG-AI4H fue el resultado de un esfuerzo conjunto de la UIT y la OMS.',
        ),
      ),
    ).toEqual([
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
      'FG-AI4H LAUNCHED_BY ITU',
      'FG-AI4H LAUNCHED_BY WHO',
    ]);
  });
});
