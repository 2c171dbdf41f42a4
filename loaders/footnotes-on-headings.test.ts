/**
 * A footnote whose reference ends a line: on a heading ("resolves[footnoteRef:1]1", "instructs the Director of the
 * Telecommunication Standardization Bureau[footnoteRef:2]2", "recalling[footnoteRef:1]1") or after an item's last
 * word. The reference is blanked and the clause's span, trimmed, ended before it: the footnote went to no clause
 * and was lost from the graph. Now it is the footnote of the clause that carries the heading's (or the item's)
 * words. Texts written for these tests; the French one starts as the French fixture does.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, parseLines as parse, WTDC_HEAD } from '../test/support/resolution-lines';

const footnotes = (doc: ParsedResolution): [string, string[]][] =>
  doc.clauses.filter((c) => c.footnotes.length).map((c) => [c.address, [...c.footnotes]]);

describe('a footnote referred to at a line’s end', () => {
  it('in English, is the footnote of the heading clause it ends: preamble and operative headings', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling[footnoteRef:1]1 [1: 1\tAs revised in 2022.]',
      'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
      'b)\tthe work of ITU-D Study Group 2 on telehealth,',
      'resolves[footnoteRef:2]2 [2: 2\tThe resolves note.]',
      '1\tto continue the work on e-health;',
      '2\tto report to the next conference,',
      'instructs the Director of the Telecommunication Standardization Bureau[footnoteRef:3]3',
      '1\tto assist developing countries in planning telehealth networks; [3: 3\tIn collaboration with the BDT.]',
      '2\tto report to Council.',
    ]);
    expect(footnotes(doc)).toEqual([
      ['preamble/recalling', ['As revised in 2022.']],
      ['resolves-1', ['The resolves note.']],
      ['instructs-1', ['In collaboration with the BDT.']],
    ]);
    expect(doc.clauses.find((c) => c.address === 'instructs-1')?.text).toBe(
      'instructs the Director of the Telecommunication Standardization Bureau',
    );
    expect(doc.clauses.find((c) => c.address === 'instructs-1/item-1')?.footnotes).toEqual([]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('in English, is the footnote of the item whose last word it follows', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
      'b)\tthe work of ITU-D Study Group 2 on telehealth,[footnoteRef:1]1 [1: 1\tQuestion 2/2.]',
      'resolves',
      '1\tto continue the work on e-health.',
    ]);
    expect(footnotes(doc)).toEqual([['preamble/recalling/b', ['Question 2/2.']]]);
  });

  it('in French, is the footnote of the heading clause it ends', () => {
    const doc = parse([
      ...fixtureBefore('fr-resolution.txt', /^rappelant/u),
      'rappelant[footnoteRef:1]1 [1: 1\tTelle que révisée en 2022.]',
      'a)\tla Résolution 183 (Rév. Busan, 2014) de la Conférence de plénipotentiaires;',
      'b)\tl’importance de la protection des droits des patients,',
      'charge le Directeur du Bureau de la normalisation des télécommunications[footnoteRef:2]2',
      '1\td’aider les pays en développement; [2: 2\tEn collaboration avec le BDT.]',
      '2\tde faire rapport au Conseil.',
    ]);
    expect(footnotes(doc)).toEqual([
      ['preamble/recalling', ['Telle que révisée en 2022.']],
      ['instructs-1', ['En collaboration avec le BDT.']],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});
