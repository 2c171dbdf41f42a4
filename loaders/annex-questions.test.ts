/**
 * Questions a resolution's annex lists with their titles, as WTDC Resolution 2 lists the Questions it entrusts to
 * each study group ("Question 1/1: Strategies and policies …", a table's "Question 4/2<TAB>Assistance to …"): the
 * Question carries its title, and the title's words are a mention of it on their line. Texts written for these
 * tests, in the form of the Word exports of ITU texts (tabs, bookmarks).
 */
import type { ParsedResolution } from '.';
import { parseResolutionText } from '../test/support/resolution-mentions';

const lines = (...ls: string[]): string => ls.join('\n');

/** A resolution whose annex is `annex`, its heading first. */
const resolution = (head: readonly string[], annex: readonly string[]): ParsedResolution =>
  parseResolutionText(lines(...head, '', ...annex, ''));

const EN_HEAD = [
  'RESOLUTION 2 (Rev. Kigali, 2022)',
  'Establishment of study groups',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'resolves',
  '1\tto establish two study groups, with the Questions listed in Annex 1 to this resolution;',
  '2\tthat ITU-D Study Group 2 shall continue to study Question 2/2, in cooperation with ITU-T Study Group 16.',
];

/** Each Question the annex's clauses name, as "address code: title" (title null: "-"), in order. */
const annexQuestions = (doc: ParsedResolution): string[] =>
  doc.clauses
    .filter((c) => c.part === 'annex')
    .flatMap((c) => c.mentions.map((m) => ({ c, m })))
    .flatMap(({ c, m }) =>
      m.entity.type === 'Question' ? [`${c.address} ${m.entity.code ?? ''}: ${m.entity.title ?? '-'}`] : [],
    );

/** The mentions of a titled Question that quote its title: "address «quote»". */
const titleMentions = (doc: ParsedResolution): string[] =>
  doc.clauses
    .flatMap((c) => c.mentions)
    .filter((m) => m.entity.type === 'Question' && m.entity.title !== null && m.quote.endsWith(m.entity.title))
    .map((m) => `${m.clause} «${m.quote}»`);

describe("a resolution's annex that lists Questions with their titles", () => {
  const Q11 = 'Strategies and policies for the deployment of broadband in developing countries';
  const Q22 = 'Enabling technologies for e-services and applications, including e-health and e-education';
  const Q42 = 'Assistance to developing countries for implementing conformance and interoperability programmes';
  const doc = resolution(EN_HEAD, [
    'ANNEX 1 TO RESOLUTION 2 (Rev. Kigali, 2022)',
    'Questions entrusted by the World Telecommunication Development Conference to ITU-D study groups',
    '[bookmark: _Toc104459690]',
    'Study Group 1',
    `[bookmark: _Toc104459697]Question 1/1: ${Q11}`,
    'ITU-D Study Group 2: Digital transformation',
    `Question 2/2\t${Q22}`,
    `Question 4/2\t${Q42}\tBDT`,
  ]);

  it('gives each listed Question its title, after a colon or in the next cell of a table (up to the cell after)', () => {
    expect(annexQuestions(doc)).toEqual([
      `annex-1/p-3 1/1: ${Q11}`,
      `annex-1/p-5 2/2: ${Q22}`,
      `annex-1/p-6 4/2: ${Q42}`,
    ]);
  });

  it("quotes the Question's number and title in its mention on the line, where the text has them", () => {
    expect(titleMentions(doc)).toEqual([
      `annex-1/p-3 «Question 1/1: ${Q11}»`,
      `annex-1/p-5 «Question 2/2\t${Q22}»`,
      `annex-1/p-6 «Question 4/2\t${Q42}»`,
    ]);
    for (const m of doc.clauses.flatMap((c) => c.mentions)) expect(doc.text.slice(m.span[0], m.span[1])).toBe(m.quote);
  });

  it('titles the Question where the operative part cites it too, and reads its study group once per clause', () => {
    const cited = doc.clauses.find((c) => c.address === 'resolves-1/item-2');
    expect(cited?.mentions.find((m) => m.entity.type === 'Question')?.entity).toMatchObject({
      code: '2/2',
      title: Q22,
    });
    expect(
      doc.relations.filter((r) => r.type === 'STUDIED_BY' && r.clause === 'annex-1/p-5').map((r) => r.from),
    ).toEqual([{ type: 'Question', sector: 'ITU-D', studyGroup: 2, code: '2/2', title: Q22 }]);
  });

  it('reads the French, Spanish and Chinese lists', () => {
    const fr = resolution(
      [
        'RÉSOLUTION 2 (Rév. Kigali, 2022)',
        "Création de commissions d'études",
        'La Conférence mondiale de développement des télécommunications (Kigali, 2022),',
        'décide',
        "de créer deux commissions d'études.",
      ],
      [
        'ANNEXE 1 DE LA RÉSOLUTION 2 (Rév. Kigali, 2022)',
        "Commission d'études 1",
        'Question 1/1 : Stratégies et politiques pour le déploiement du large bande dans les pays en développement',
      ],
    );
    expect(titleMentions(fr)).toEqual([
      'annex-1/p-2 «Question 1/1 : Stratégies et politiques pour le déploiement du large bande dans les pays en développement»',
    ]);
    const es = resolution(
      [
        'RESOLUCIÓN 2 (Rev. Kigali, 2022)',
        'Creación de Comisiones de Estudio',
        'La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Kigali, 2022),',
        'resuelve',
        'crear dos Comisiones de Estudio.',
      ],
      [
        'ANEXO 1 A LA RESOLUCIÓN 2 (Rev. Kigali, 2022)',
        'Comisión de Estudio 1',
        'Cuestión 1/1: Estrategias y políticas para el despliegue de la banda ancha en los países en desarrollo',
      ],
    );
    expect(titleMentions(es)).toEqual([
      'annex-1/p-2 «Cuestión 1/1: Estrategias y políticas para el despliegue de la banda ancha en los países en desarrollo»',
    ]);
    const zh = resolution(
      [
        '第2号决议（2022年，基加利，修订版）',
        '研究组的设立',
        '世界电信发展大会（2022年，基加利），',
        '做出决议',
        '设立两个研究组。',
      ],
      [
        '第2号决议（2022年，基加利，修订版）的附件1',
        '第1研究组',
        '第1/1号课题：发展中国家部署宽带的战略和政策',
        '第2研究组',
        '第4/2号课题\t协助发展中国家实施一致性和互操作性计划',
      ],
    );
    expect(titleMentions(zh)).toEqual([
      'annex-1/p-2 «第1/1号课题：发展中国家部署宽带的战略和政策»',
      'annex-1/p-4 «第4/2号课题\t协助发展中国家实施一致性和互操作性计划»',
    ]);
  });

  it('takes no Question cited in running text for a title line', () => {
    const running = resolution(EN_HEAD, [
      'ANNEX 2 TO RESOLUTION 2 (Rev. Kigali, 2022)',
      'Guidelines for the study groups',
      'Question 2/2 on e-health shall be studied in cooperation with ITU-T Study Group 16.',
      'Question 2/2 – jointly with ITU-T Study Group 16',
      'Question 2/2: the study group shall report every year',
      'Question 2/2: Its work continues.',
      '1\tQuestion 4/2 – the study group shall report every year',
      'The study group on Question 1/1: Strategies and policies',
      'Question 1/1 and Question 3/1: Broadband',
    ]);
    expect(titleMentions(running)).toEqual([]);
    expect(annexQuestions(running).every((q) => q.endsWith(': -'))).toBe(true);
  });

  it('keeps the first title where two lines title a Question differently', () => {
    const twice = resolution(EN_HEAD, [
      'ANNEX 1 TO RESOLUTION 2 (Rev. Kigali, 2022)',
      `Question 1/1: ${Q11}`,
      'Question 1/1: Broadband strategies',
    ]);
    expect(annexQuestions(twice)).toEqual([`annex-1/p-1 1/1: ${Q11}`, `annex-1/p-2 1/1: ${Q11}`]);
    expect(titleMentions(twice)).toEqual([`annex-1/p-1 «Question 1/1: ${Q11}»`]);
  });
});
