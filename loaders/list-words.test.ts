/**
 * "As well as" and its like (lexicon `listJoiners`: `as well as`, `ainsi que`, `así como`, `а также`) go on with a
 * list as "and" does: after a Council working group named by its subject they end the subject words, so that the
 * party after them is addressed too; and the parties of a relation or the resolutions of a citation they join are
 * each named. Texts written for these tests.
 */
import { parseDocument } from '.';
import { parseLines, partyKeys } from '../test/support/resolution-lines';

describe.each([
  [
    'en',
    [
      'RESOLUTION 179 (Rev. Bucharest, 2022)',
      "ITU's role in child online protection",
      'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
      'recalling',
      'a)\tResolution 175 (Rev. Dubai, 2018) of this conference,',
      'instructs the Council Working Group on Child Online Protection as well as the Secretary-General',
      'to report to the Council.',
    ],
  ],
  [
    'fr',
    [
      'RÉSOLUTION 179 (Rév. Bucarest, 2022)',
      "Rôle de l'UIT dans la protection en ligne des enfants",
      "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Bucarest, 2022),",
      'rappelant',
      'a)\tla Résolution 175 (Rév. Dubaï, 2018) de la présente Conférence,',
      'charge le Groupe de travail du Conseil sur la protection en ligne des enfants ainsi que le Secrétaire général',
      'de faire rapport au Conseil.',
    ],
  ],
  [
    'es',
    [
      'RESOLUCIÓN 179 (Rev. Bucarest, 2022)',
      'Función de la UIT en la protección de la infancia en línea',
      'La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Bucarest, 2022),',
      'recordando',
      'a)\tla Resolución 175 (Rev. Dubái, 2018) de la presente Conferencia,',
      'encarga al Grupo de Trabajo del Consejo sobre Protección de la Infancia en Línea así como al Secretario General',
      'que informen al Consejo.',
    ],
  ],
  [
    'ru',
    [
      'РЕЗОЛЮЦИЯ 179 (Пересм. Бухарест, 2022 г.)',
      'Роль МСЭ в защите ребенка в онлайновой среде',
      'Полномочная конференция Международного союза электросвязи (Бухарест, 2022 г.),',
      'напоминая',
      'a)\tРезолюцию 175 (Пересм. Дубай, 2018 г.) настоящей Конференции,',
      'поручает Рабочей группе Совета по защите ребенка в онлайновой среде а также Генеральному секретарю',
      'представить отчет Совету.',
    ],
  ],
])('a Council working group named by its subject, then "as well as" another addressee (%s)', (_lang, lines) => {
  it('addresses both', () => {
    const doc = parseLines(lines);
    expect(partyKeys(doc.instructions[0], 'addressees')).toEqual(['council-working-group', 'secretary-general']);
  });
});

describe('"as well as" in other lists', () => {
  it('joins the parties of a relation', () => {
    const doc = parseDocument({
      file: 'page.txt',
      content: Buffer.from(
        'ITU-T Study Group 16\n\nThe Focus Group on Digital Health (FG-DH) works in partnership with WHO as well as WIPO.\n',
        'utf8',
      ),
    });
    expect(doc.relations.map((r) => `${r.type} ${'key' in r.to ? r.to.key : r.to.type}`)).toEqual([
      'PARTNER_OF who',
      'PARTNER_OF wipo',
    ]);
  });

  it('joins the numbers of a citation', () => {
    const doc = parseLines([
      'RESOLUTION 78 (Rev. New Delhi, 2024)',
      'E-health',
      'The World Telecommunication Standardization Assembly (New Delhi, 2024),',
      'recalling',
      'a)\tResolutions 183 as well as 139 of the Plenipotentiary Conference,',
      'resolves',
      'to continue this work.',
    ]);
    expect(
      doc.citations.map((c) => (c.entity.type === 'ItuResolution' ? `${c.entity.body} ${c.entity.number}` : '')),
    ).toEqual(['PP 183', 'PP 139']);
  });
});
