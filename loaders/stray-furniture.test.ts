/**
 * One line of page furniture left in an excerpt (a page number, "- 3 -", a short running header "Res. 65") right
 * before an operative heading that holds its body on the same line ("invites Member States to contribute …"). A
 * single page break is too little for text.ts to blank the line as furniture; the heading was then read as more text
 * of the item above it, and the instruction was lost without a word. Texts written for these tests.
 */
import {
  arabicStart,
  fixtureBefore,
  parseLines as parse,
  partyKeys as keys,
  WTDC_65_START as ENGLISH_START,
} from '../test/support/resolution-lines';
import type { ParsedResolution } from '.';

const kinds = (doc: ParsedResolution): string[] => doc.instructions.map((i) => i.kind);
const clauseText = (doc: ParsedResolution, address: string): string | undefined =>
  doc.clauses.find((c) => c.address === address)?.text;

describe('a stray page-furniture line before a heading with its body on the same line', () => {
  it.each([['- 3 -'], ['3'], ['– 12 –'], ['Res. 65'], ['                                    Res. 65']])(
    'does not hide the heading (English, furniture %j)',
    (furniture) => {
      const doc = parse([
        ...ENGLISH_START,
        furniture,
        'invites Member States to contribute to the implementation of this resolution,',
        'encourages Sector Members',
        'to participate actively in the work of ITU-D Study Group 2.',
      ]);
      expect(kinds(doc)).toEqual(['INSTRUCTS', 'INVITES', 'ENCOURAGES']);
      const invites = doc.instructions[1];
      expect(keys(invites, 'addressees')).toEqual(['member-states']);
      expect(invites?.items.map((i) => i.text)).toEqual(['to contribute to the implementation of this resolution,']);
      // The furniture is no part of the item above.
      expect(clauseText(doc, 'instructs-1/item-2')).toBe('to organize regional workshops on e-health,');
      expect(doc.diagnostics).toEqual([]);
    },
  );

  it('does not hide a Spanish heading after a running header', () => {
    const start = fixtureBefore('es-resolution.txt', /^resuelve/);
    const doc = parse([
      ...start,
      'resuelve',
      '1\tseguir trabajando en cibersalud;',
      '2\tpresentar un informe,',
      '                                                        Res. 65',
      'invita a los Estados Miembros que estén en condiciones de hacerlo a contribuir a la aplicación de la presente Resolución,',
      'alienta a los Estados Miembros',
      'a participar activamente en los trabajos de la Comisión de Estudio 2 del UIT-D.',
    ]);
    const invites = doc.instructions.find((i) => i.kind === 'INVITES');
    expect(keys(invites, 'addressees')).toEqual(['member-states']);
    expect(invites?.items.map((i) => i.text)).toEqual(['a contribuir a la aplicación de la presente Resolución,']);
    expect(clauseText(doc, 'resolves-1/item-2')).toBe('presentar un informe,');
  });

  it('does not hide an Arabic heading after a page number', () => {
    const doc = parse([
      ...arabicStart(),
      '- 4 -',
      'تدعو الدول الأعضاء إلى المشاركة في أعمال لجنة الدراسات 20 لقطاع تقييس الاتصالات.',
    ]);
    const invites = doc.instructions.find((i) => i.kind === 'INVITES');
    expect(keys(invites, 'addressees')).toEqual(['member-states']);
  });

  it('leaves a short line that goes on from a line that ends no clause to the text, with a warning', () => {
    // "Study Group 2" may end a sentence the width broke: the line before it ends no clause, so no heading starts below.
    const doc = parse([
      ...ENGLISH_START.slice(0, -1),
      '2\tto organize regional workshops with ITU-D',
      'Study Group 2',
      'invites Member States to contribute to the implementation of this resolution.',
    ]);
    expect(kinds(doc)).toEqual(['INSTRUCTS']);
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([['HEADING_IN_TEXT', ENGLISH_START.length + 2]]);
  });
});

describe('a line that reads like a heading with its body, after a line that ends no clause', () => {
  it('is text of the clause above, with a warning, as where furniture the reader does not know stands between', () => {
    const doc = parse([
      ...ENGLISH_START,
      'WTDC-17 – Final Report – page 3 of 12',
      'invites Member States to contribute to the implementation of this resolution.',
    ]);
    expect(kinds(doc)).toEqual(['INSTRUCTS']);
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([['HEADING_IN_TEXT', ENGLISH_START.length + 2]]);
  });

  it('warns in Arabic too, where a heading of its own line stands above with nothing below it', () => {
    const start = arabicStart();
    const doc = parse([
      ...start,
      'يقرر',
      'تدعو الدول الأعضاء إلى المشاركة في أعمال لجنة الدراسات 20 لقطاع تقييس الاتصالات.',
    ]);
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['HEADING_IN_TEXT', start.length + 2]);
  });

  it('gives no warning for a sentence of the text that starts with a word like a marker', () => {
    const doc = parse([
      ...ENGLISH_START.slice(0, -1),
      '2\tto organize regional workshops, as the Council',
      'requests in its Resolution 1408 (modified 2023).',
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});
