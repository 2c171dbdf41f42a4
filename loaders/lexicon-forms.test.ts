/**
 * Heading and collaboration forms of the official French, Spanish, Russian, Arabic and English texts that the
 * tables lacked: before, a preamble heading of these was read as text of the item above it (its section lost, what
 * it named filed under that item), an urging read as a request, and the party named after a collaboration phrase
 * as one more addressee. Texts written for these tests, in the short WTDC resolution of each language.
 */
import { parseDocument } from '.';
import type { ParsedInstruction, ParsedResolution } from '.';
import { WTDC, type Language } from '../test/support/wtdc-texts';
import { partyKeys } from '../test/support/resolution-lines';

const parse = (text: string): ParsedResolution => {
  const doc = parseDocument({ file: 'forms.txt', content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
};

/** An operative item 1 in each language, to follow a heading. */
const ITEM_ONE: Record<Exclude<Language, 'zh'>, string> = {
  en: '1\tto continue this work.',
  fr: '1\tde poursuivre ces travaux.',
  es: '1\tque prosiga esta labor.',
  ru: '1\tпродолжать эту работу.',
  ar: '1\tمواصلة هذا العمل.',
};

/** The WTDC resolution of a language with a second preamble heading, one item under each. */
const withHeading = (language: Language, heading: string): ParsedResolution => {
  const letter = language === 'ar' ? 'أ )' : 'a)';
  return parse(WTDC[language](`${letter}\tla Résolution 1;\n${heading}\n${letter}\tle rapport du Directeur;`));
};

describe('preamble headings of the official texts', () => {
  it.each([
    ['en', 'having examined', 'having-examined'],
    ['en', 'having considered', 'having-examined'],
    ['fr', 'ayant examiné', 'having-examined'],
    ['fr', 'tenant compte également', 'taking-into-account'],
    ['fr', 'ayant pris note', 'noting'],
    ['fr', 'prenant note en outre', 'noting-further'],
    ['fr', 'soulignant en outre', 'emphasizing'],
    ['fr', 'consciente en outre', 'aware'],
    ['es', 'habiendo examinado', 'having-examined'],
    ['es', 'teniendo en cuenta además', 'taking-into-account'],
    ['es', 'teniendo en cuenta asimismo', 'taking-into-account'],
    ['es', 'tomando nota de', 'noting'],
    ['es', 'teniendo presente además', 'bearing-in-mind'],
    ['es', 'destacando además', 'emphasizing'],
    ['es', 'consciente además', 'aware'],
    ['ru', 'рассмотрев', 'having-examined'],
    ['ar', 'وإذ تأخذ في اعتبارها', 'taking-into-account'],
  ] as const)('%s: "%s" heads a section of its own (%s)', (language, heading, key) => {
    const doc = withHeading(language, heading);
    expect(doc.sections.map((s) => [s.key, s.itemCount])).toEqual([
      ['recalling', 1],
      [key, 1],
      ['resolves-1', 0],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual([]);
  });
});

describe('operative forms of the official texts', () => {
  it('fr: "demande instamment" urges', () => {
    const doc = parse(WTDC.fr('a)\tla Résolution 1;', "demande instamment aux États Membres\nd'agir."));
    expect(doc.instructions.at(-1)?.kind).toBe('URGES');
    expect(partyKeys(doc.instructions.at(-1), 'addressees')).toEqual(['member-states']);
  });

  it.each([
    [
      'en',
      'instructs the Director of the Telecommunication Development Bureau, jointly with the Director of the ' +
        'Telecommunication Standardization Bureau,',
      'director-tsb',
    ],
    [
      'en',
      'instructs the Director of the Telecommunication Development Bureau, in conjunction with the World Health ' +
        'Organization,',
      'who',
    ],
    [
      'ru',
      'поручает Директору Бюро развития электросвязи в сотрудничестве со Всемирной организацией здравоохранения (ВОЗ)',
      'who',
    ],
    ['ar', 'يكلف مدير مكتب تنمية الاتصالات، بالتنسيق الوثيق مع مدير مكتب تقييس الاتصالات', 'director-tsb'],
    ['ar', 'يكلف مدير مكتب تنمية الاتصالات بالعمل على نحو تعاوني مع مدير مكتب تقييس الاتصالات', 'director-tsb'],
    // With the conjunction written as a prefix ("and in collaboration with").
    ['ar', 'يكلف مدير مكتب تنمية الاتصالات، وبالتعاون مع منظمة الصحة العالمية', 'who'],
    ['ar', 'يكلف مدير مكتب تنمية الاتصالات، وبالتشاور مع مدير مكتب تقييس الاتصالات', 'director-tsb'],
  ] as const)('%s: "%s" names a collaborator, not a second addressee', (language, heading, collaborator) => {
    const doc = parse(WTDC[language]('a)\tla Résolution 1;', `${heading}\n${ITEM_ONE[language]}`));
    const last = doc.instructions.at(-1);
    expect(last?.kind).toBe('INSTRUCTS');
    expect(partyKeys(last, 'addressees')).toEqual(['director-bdt']);
    expect(partyKeys(last, 'collaborators')).toEqual([collaborator]);
  });
});

describe('zh: 请 requests of ITU its own, and invites the others', () => {
  const last = (operative: string): ParsedInstruction | undefined =>
    parse(WTDC.zh('a)\t第1号决议；', operative)).instructions.at(-1);

  it.each([
    ['请秘书长\n1\t继续开展这项工作。', 'REQUESTS', ['secretary-general']],
    ['请电信标准化局主任和电信发展局主任\n1\t继续开展这项工作。', 'REQUESTS', ['director-bdt', 'director-tsb']],
    ['请秘书长与世界卫生组织协作\n1\t继续开展这项工作。', 'REQUESTS', ['secretary-general']],
    ['进一步请ITU-T第16研究组\n1\t继续开展这项工作。', 'REQUESTS', ['StudyGroup']],
    ['请各成员国和部门成员\n1\t继续开展这项工作。', 'INVITES', ['member-states', 'sector-members']],
    ['请各成员国和秘书长\n1\t继续开展这项工作。', 'INVITES', ['member-states', 'secretary-general']],
    ['请联合国秘书长\n1\t继续开展这项工作。', 'INVITES', ['un-secretary-general']],
    ['请秘书长及各国政府\n1\t继续开展这项工作。', 'INVITES', ['secretary-general']],
    ['邀请秘书长\n1\t继续开展这项工作。', 'INVITES', ['secretary-general']],
  ] as const)('"%s" %s', (operative, kind, addressees) => {
    expect(last(operative)?.kind).toBe(kind);
    expect(partyKeys(last(operative), 'addressees')).toEqual(addressees);
  });

  it('counts a section it reads as a request among the requests', () => {
    const doc = parse(WTDC.zh('a)\t第1号决议；', '请各成员国\n1\t参与。\n请秘书长\n1\t报告。\n请部门成员\n1\t参与。'));
    expect(doc.instructions.map((i) => [i.address, i.kind])).toEqual([
      ['resolves-1', 'RESOLVES'],
      ['invites-1', 'INVITES'],
      ['requests-1', 'REQUESTS'],
      ['invites-2', 'INVITES'],
    ]);
  });
});

describe('the Directors of Bureaux named one by one', () => {
  it.each([
    [
      'en',
      'instructs the Director of the Telecommunication Development Bureau, in collaboration with the Directors of ' +
        'the Telecommunication Standardization Bureau and the Radiocommunication Bureau',
    ],
    [
      'fr',
      'charge le Directeur du Bureau de développement des télécommunications, en collaboration avec les Directeurs ' +
        'du Bureau de la normalisation des télécommunications et du Bureau des radiocommunications',
    ],
    [
      'es',
      'encarga al Director de la Oficina de Desarrollo de las Telecomunicaciones, en colaboración con los ' +
        'Directores de la Oficina de Normalización de las Telecomunicaciones y de la Oficina de Radiocomunicaciones',
    ],
    [
      'ru',
      'поручает Директору Бюро развития электросвязи в сотрудничестве с Директорами Бюро стандартизации ' +
        'электросвязи и Бюро радиосвязи',
    ],
    ['ar', 'يكلف مدير مكتب تنمية الاتصالات بالتعاون مع مديري مكتب تقييس الاتصالات ومكتب الاتصالات الراديوية'],
  ] as const)('%s: each Bureau of the list is its Director', (language, heading) => {
    const doc = parse(WTDC[language]('a)\tla Résolution 1;', `${heading}\n${ITEM_ONE[language]}`));
    const last = doc.instructions.at(-1);
    expect(partyKeys(last, 'addressees')).toEqual(['director-bdt']);
    expect(partyKeys(last, 'collaborators')).toEqual(['director-br', 'director-tsb']);
  });

  it('leaves a Bureau named without those words a Bureau', () => {
    const doc = parse(
      WTDC.en(
        'a)\tthe reports of the Telecommunication Standardization Bureau and the Radiocommunication Bureau;',
        'instructs the Directors of the Telecommunication Development Bureau\n1\tto report on the work of the Radiocommunication Bureau.',
      ),
    );
    const keys = doc.clauses.flatMap((c) => c.mentions.map((m) => ('key' in m.entity ? m.entity.key : '')));
    expect(keys).toEqual(['tsb', 'br', 'director-bdt', 'br']);
    expect(partyKeys(doc.instructions.at(-1), 'addressees')).toEqual(['director-bdt']);
  });
});

describe('relations stated with articles and conjunctions', () => {
  const relations = (doc: ParsedResolution): string[] =>
    doc.relations
      .filter((r) => r.type !== 'STUDIED_BY')
      .map((r) => `${r.type} ${'key' in r.to ? r.to.key : r.to.type}`)
      .sort();
  it('ar: a name whose first letter is that of a conjunction keeps it ("فرقة العمل …", the IETF)', () => {
    const doc = parse(
      WTDC.ar(
        'أ )\tالفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة (FG-AI4H)، وهو شراكة بين فرقة العمل المعنية ' +
          'بهندسة الإنترنت والاتحاد الدولي للاتصالات؛',
      ),
    );
    expect(relations(doc)).toEqual(['PARTNER_OF ietf', 'PARTNER_OF itu']);
  });

  it.each([
    [
      'fr',
      "a)\tle Groupe spécialisé sur l'intelligence artificielle pour la santé (FG-AI4H), partenariat entre l'UIT et l'OMS;",
      "b)\tle lancement de l'Initiative mondiale sur l'IA pour la santé (GI-AI4H) par l'UIT, l'OMS et l'OMPI;",
    ],
    [
      'es',
      'a)\tel Grupo Temático sobre Inteligencia Artificial para la Salud (FG-AI4H), una asociación entre la UIT y la OMS;',
      'b)\tel lanzamiento de la GI-AI4H por la UIT, la OMS y la OMPI;',
    ],
    [
      'ru',
      'a)\tработу Оперативной группы по искусственному интеллекту для здравоохранения (FG-AI4H), созданной в ' +
        'партнерстве между МСЭ и ВОЗ;',
      'b)\tначало работы GI-AI4H (ГИ-ИИ4З), запущенной МСЭ, ВОЗ и ВОИС;',
    ],
    [
      'ar',
      'أ )\tالفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة (FG-AI4H)، وهو شراكة بين الاتحاد الدولي للاتصالات ومنظمة الصحة العالمية؛',
      'ب )\tإطلاق GI-AI4H من جانب الاتحاد الدولي للاتصالات ومنظمة الصحة العالمية والمنظمة العالمية للملكية الفكرية؛',
    ],
  ] as const)('%s: every member of the list is a partner, or launched the initiative', (language, partners, launch) => {
    const doc = parse(WTDC[language](`${partners}\n${launch}`));
    expect(relations(doc)).toEqual([
      'LAUNCHED_BY itu',
      'LAUNCHED_BY who',
      'LAUNCHED_BY wipo',
      'PARTNER_OF itu',
      'PARTNER_OF who',
    ]);
  });
});

describe('administrations, and Member States with a spaced dash', () => {
  it.each([
    ['en', 'invites administrations and Sector Members', '1\tto share their experience.'],
    ['fr', 'invite les administrations et les Membres de Secteur', '1\tà partager leur expérience.'],
    ['es', 'invita a las administraciones y a los Miembros de Sector', '1\ta compartir su experiencia.'],
    ['ru', 'предлагает администрациям и Членам Сектора', '1\tделиться опытом.'],
    ['ar', 'يدعو الإدارات وأعضاء القطاع', '1\tإلى تبادل خبراتها.'],
  ] as const)('%s: "%s" addresses the administrations', (language, heading, body) => {
    const doc = parse(WTDC[language]('a)\tla Résolution 1;', `${heading}\n${body}`));
    expect(partyKeys(doc.instructions.at(-1), 'addressees')).toEqual(['administrations', 'sector-members']);
  });

  it('ru: "Государствам – Членам МСЭ" are the Member States', () => {
    const doc = parse(WTDC.ru('a)\tРезолюция 1;', 'предлагает Государствам – Членам МСЭ\n1\tделиться опытом.'));
    expect(partyKeys(doc.instructions.at(-1), 'addressees')).toEqual(['member-states']);
  });
});

describe('organisations a French text defines after an elided article', () => {
  it('fr: "de l\'Organisation de coopération … (OCDE)" names the organisation, from its head word', () => {
    const doc = parse(
      WTDC.fr(
        "a)\tles travaux de l'Organisation de coopération et de développement économiques (OCDE) et de " +
          "l'Alliance pour la santé numérique (ASN);",
      ),
    );
    const defined = doc.clauses
      .flatMap((c) => c.mentions)
      .flatMap((m) => (m.entity.type === 'Organization' && m.entity.acronym ? [[m.entity.acronym, m.quote]] : []));
    expect(defined).toEqual([
      ['OCDE', 'Organisation de coopération et de développement économiques (OCDE)'],
      ['ASN', 'Alliance pour la santé numérique (ASN)'],
    ]);
  });
});
