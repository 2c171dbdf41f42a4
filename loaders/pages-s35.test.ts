/**
 * Pages read closer: a Question's page gives the Question its title; a Word export's footnotes are read for their
 * paragraphs' mentions and citations; a relative clause after an apposition that ends with another group ("FG-DT4H, the successor to
 * FG-AI4H, which was established by …") is about that group. Small pages written for these tests.
 */
import type { EntityRef } from './types';
import { pageOf, pageRelations as relations, parsePage } from '../test/support/page-texts';

const TITLE = 'Enabling technologies for e-services and applications, including e-health and e-education';
const lines = (...ls: string[]): string => ls.join('\n');
const titleOf = (e: EntityRef | null): string | null => (e?.type === 'Question' ? e.title : 'no Question');

describe("a Question's title on its page", () => {
  const terms = (...after: string[]): string =>
    lines(
      'QUESTION 2/2',
      ...after,
      '1\tStatement of the situation or problem',
      'Telecommunications have become an enabler of e-health.',
      '5\tProposers/sponsors',
      'ITU-D Study Group 2.',
    );

  it("is the line after the header, the Question's title, named there with its words as the quote", () => {
    const text = terms(TITLE);
    const doc = parsePage(text);
    expect(doc.subject).toEqual({ type: 'Question', sector: 'ITU-D', studyGroup: 2, code: '2/2', title: TITLE });
    const named = doc.clauses.flatMap((c) => c.mentions).filter((m) => m.entity.type === 'Question');
    expect(named.map((m) => [m.clause, m.quote, titleOf(m.entity)])).toEqual([
      ['page/p-1', 'QUESTION 2/2', TITLE],
      ['page/p-2', TITLE, TITLE],
    ]);
    const at = text.indexOf(TITLE);
    expect(named[1]?.span).toEqual([at, at + TITLE.length]);
  });

  it('is none where the next line is a numbered heading or a sentence', () => {
    expect(titleOf(parsePage(terms()).subject)).toBeNull();
    expect(
      titleOf(parsePage(terms('This Question studies e-health and e-education in developing countries.')).subject),
    ).toBeNull();
  });

  it('is the header line\'s own after a dash or a colon ("Question 4/2 – …", "Question 28/16: …")', () => {
    const dash = parsePage(
      lines(
        'ITU-D Question 4/2 – Assistance to developing countries for implementing conformance and interoperability programmes',
        '',
        'The study group on this Question should coordinate with ITU-T Study Group 11.',
      ),
    );
    expect(dash.subject).toMatchObject({ sector: 'ITU-D', code: '4/2' });
    expect(titleOf(dash.subject)).toBe(
      'Assistance to developing countries for implementing conformance and interoperability programmes',
    );
    const colon = parsePage(
      lines(
        '## Question 28/16: Multimedia framework for e-health applications',
        '',
        'Question 28/16 is studied by ITU-T Study Group 16. The study group on this Question works with the World Health Organization.',
      ),
    );
    expect(colon.subject).toMatchObject({ sector: 'ITU-T', code: '28/16' });
    expect(titleOf(colon.subject)).toBe('Multimedia framework for e-health applications');
  });
});

const DT4H = {
  en: 'Focus Group on Digital Transformation for Health (FG-DT4H)',
  fr: 'Groupe spécialisé sur la transformation numérique pour la santé (FG-DT4H)',
  es: 'Grupo Temático sobre Transformación Digital para la Salud (FG-DT4H)',
};

describe('a relative clause after an apposition that ends with another group', () => {
  it('en: ", the successor to FG-AI4H, which was established by …" is the launch of FG-AI4H', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'The Focus Group on Digital Transformation for Health (FG-DT4H), the successor to FG-AI4H, which was established by ITU-T Study Group 16 in 2018, started its work in 2024.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
  });

  it('en: ", which reported to …" after such an apposition is what FG-AI4H reported to', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'FG-DT4H, the successor to FG-AI4H, which reported to ITU-T Study Group 16, started its work in 2024.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H REPORTS_TO ITU-T SG16']);
  });

  it('fr and es: ", qui a été créé par …", ", que fue creado por …"', () => {
    expect(
      relations(
        pageOf(
          DT4H.fr,
          "Le Groupe spécialisé sur la transformation numérique pour la santé (FG-DT4H), successeur du FG-AI4H, qui a été créé par la Commission d'études 16 de l'UIT-T, a commencé ses travaux en 2024.",
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
    expect(
      relations(
        pageOf(
          DT4H.es,
          'El Grupo Temático sobre Transformación Digital para la Salud (FG-DT4H), sucesor del FG-AI4H, que fue creado por la Comisión de Estudio 16 del UIT-T, comenzó sus trabajos en 2024.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
  });

  it('but a verb after the apposition is its head\'s, and "X\'s successor, which …" gives no launch', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'FG-DT4H, the successor to FG-AI4H, reports to ITU-T Study Group 21.',
          'FG-DT4H, the successor to FG-AI4H, was established by ITU-T Study Group 21.',
          "FG-DT4H, FG-AI4H's successor, which was established by ITU-T Study Group 21, started in 2024.",
        ),
      ),
    ).toEqual([
      'FG-DT4H SUCCEEDS FG-AI4H',
      'FG-DT4H REPORTS_TO ITU-T SG21',
      'FG-DT4H SUCCEEDS FG-AI4H',
      'FG-DT4H LAUNCHED_BY ITU-T SG21',
    ]);
  });
});

describe("a page's Word-export footnotes", () => {
  const doc = parsePage(
    lines(
      'Focus Group on Digital Health (FG-DH)',
      '',
      'FG-DH reports to ITU-T Study Group 16 and is a partnership between ITU[footnoteRef:1]1 and WHO. [1: 1\tSee Resolution 78 (Rev. New Delhi, 2024) of the World Telecommunication Standardization Assembly, and the work of UNICEF, which reports to WIPO.] ',
    ),
  );
  const paragraph = doc.clauses[1];

  it("are read for their paragraph's citations and organisations", () => {
    expect(paragraph?.footnotes).toHaveLength(1);
    expect(doc.citations.map((m) => m.quote)).toEqual([
      'Resolution 78 (Rev. New Delhi, 2024) of the World Telecommunication Standardization Assembly',
    ]);
    expect(paragraph?.mentions.map((m) => m.quote)).toEqual(expect.arrayContaining(['UNICEF', 'WIPO']));
  });

  it("give no relation, and their marks are in no clause's text", () => {
    expect(relations(doc)).toEqual(['FG-DH REPORTS_TO ITU-T SG16', 'FG-DH PARTNER_OF ITU', 'FG-DH PARTNER_OF WHO']);
    expect(paragraph?.text).not.toMatch(/\[footnoteRef:|\[1: /u);
  });
});
