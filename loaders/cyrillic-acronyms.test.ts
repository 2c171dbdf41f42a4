/**
 * Russian texts define a group with an acronym in Cyrillic capitals ("ОГ‑ЦЗ"), and name the group's head in the
 * case the sentence needs ("работу Оперативной группы по …"). Texts written for these tests.
 */
import { parseDocument } from '.';
import type { EntityRef, ParsedDocument } from '.';

function parse(noting: string): ParsedDocument {
  const lines = [
    'РЕЗОЛЮЦИЯ 78 (Пересм. Хаммамет, 2016 г.)',
    'Применение ИКТ для электронного здравоохранения',
    'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),',
    'отмечая',
    noting,
    'предлагает Государствам-Членам',
    'активно участвовать в этой работе.',
  ];
  return parseDocument({ file: 'ru.txt', content: Buffer.from(lines.join('\n') + '\n', 'utf8') });
}

/** The organisations the text defines with an acronym: "acronym kind: name". */
function defined(doc: ParsedDocument): string[] {
  const orgs = doc.clauses
    .flatMap((c) => c.mentions.map((m) => m.entity))
    .filter((e): e is Extract<EntityRef, { type: 'Organization' }> => e.type === 'Organization' && !!e.acronym);
  return [...new Set(orgs.map((e) => `${e.acronym} ${e.kind}: ${e.name}`))];
}

describe('Russian groups defined with an acronym', () => {
  it('a Cyrillic acronym, the head in the genitive, and the group launched by a study group', () => {
    const doc = parse(
      'работу Оперативной группы по цифровому здравоохранению (ОГ\u2011ЦЗ), созданной 16-й Исследовательской комиссией МСЭ\u2011Т,',
    );
    expect(defined(doc)).toContain('ОГ\u2011ЦЗ itu-group: Оперативной группы по цифровому здравоохранению');
    expect(doc.relations.map((r) => `${r.type} ${'acronym' in r.from ? r.from.acronym : ''}`)).toContain(
      'LAUNCHED_BY ОГ\u2011ЦЗ',
    );
  });

  it.each([
    [
      'the nominative, a Cyrillic acronym',
      'что Оперативная группа по цифровому здравоохранению (ОГ-ЦЗ) работает,',
      'ОГ-ЦЗ',
    ],
    ['the genitive, a Latin acronym', 'работу Оперативной группы по цифровому здравоохранению (FG-DH),', 'FG-DH'],
    [
      'Cyrillic and Latin in one acronym',
      'работу Оперативной группы по машинному обучению для сетей 5G (ОГ-ML5G),',
      'ОГ-ML5G',
    ],
  ])('%s', (_what, noting, acronym) => {
    expect(defined(parse(noting)).filter((d) => d.startsWith(`${acronym} itu-group:`))).toHaveLength(1);
  });

  it('a bracket of a capitalised word that no head word precedes is no organisation', () => {
    expect(defined(parse('работу, проведенную в городе (Женева) по этой теме,'))).toEqual([]);
  });
});
