/**
 * A line is tried against the heading regexes whose phrase opens with its first letter alone (`readHeading`, by the
 * lexicon's heading index): that must find exactly the heading that trying every regex in the lexicon's order finds.
 */
import fc from 'fast-check';
import type { CompiledLexicon } from './lexicon';
import { LEXICONS, lexiconFor } from './lexicon';
import { letterKey, readHeading } from './resolution';
import type { Heading } from './resolution';

const ENDS_SENTENCE = /[.。;；,，:：]$/u;

/** The heading as the lexicon's regexes find it, each tried in turn. */
function plainHeading(lex: CompiledLexicon, text: string): Heading | null {
  for (const p of lex.preamble) {
    if (p.re.test(text)) return { part: 'preamble', marker: p.key, restOffset: text.length };
  }
  // A preamble heading with a comma after it ("учитывая,").
  const bare = /[,，\u060C][\s\u00A0]*$/u.test(text) ? text.trimEnd().slice(0, -1).trimEnd() : null;
  for (const p of bare === null ? [] : lex.preamble) {
    if (p.re.test(bare ?? '')) return { part: 'preamble', marker: p.key, restOffset: text.length };
  }
  if (ENDS_SENTENCE.test(text) || lex.itemLabel.test(text)) return null;
  for (const o of lex.operative) {
    const m = o.re.exec(text);
    if (m) {
      const rest = m.groups?.rest ?? '';
      return { part: 'operative', marker: o.key, restOffset: text.length - rest.length, towardsItu: o.towardsItu };
    }
  }
  return null;
}

describe('headings tried by the letter a line opens with', () => {
  it.each(LEXICONS.map((l) => [l.language]))('find the heading every regex in turn finds in %s', (language) => {
    const lex = lexiconFor(language);
    if (!lex) throw new Error(`no lexicon ${language}`);
    const phrases = [...lex.lexicon.preamble, ...lex.lexicon.operative].flatMap((h) => h.phrases);
    // Marks a line may open with (indentation, bullets), and some that are none ("-" without a space, seven "#").
    const marks = fc.constantFrom(
      '',
      '',
      ' ',
      '\t',
      '\u3000',
      '• ',
      '- ',
      '* ',
      '## ',
      '-',
      '#######  ',
      '  ◦ ',
      'a) ',
    );
    // The phrase as written, in other cases, its first letter as a letter the same where case is ignored ("ſ" is
    // "s", "K", the Kelvin sign, is "k"), or the phrase cut short or run into a word.
    const phrase = fc.tuple(
      fc.constantFrom(...phrases),
      fc.constantFrom(
        (p: string) => p,
        (p: string) => p.toUpperCase(),
        (p: string) => p.charAt(0).toUpperCase() + p.slice(1),
        (p: string) => p.replace(/^s/u, '\u017F').replace(/^k/u, '\u212A'),
        (p: string) => p.slice(0, Math.max(1, p.length - 3)),
        (p: string) => `x${p}`,
        (p: string) => `\u0345${p.slice(1)}`,
      ),
    );
    const tails = [
      '',
      '',
      ':',
      ' :',
      ',',
      ' ,',
      '，',
      '\u060C',
      '.',
      ';',
      ' the Director',
      ' le Secrétaire général,',
      ' 1',
      'ing',
      ' a)',
    ];
    const text = fc
      .tuple(marks, phrase, fc.constantFrom(...tails), fc.constantFrom('', ' ', '\t'))
      .map(([m, [p, f], t, s]) => `${m}${f(p)}${t}${s}`);
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = plainHeading(lex, t);
        if (expected) found++;
        expect(readHeading(lex, t)).toEqual(expected);
      }),
      { numRuns: 3000, seed: 33 },
    );
    // The lines hold headings: the equality is not only of two nulls.
    expect(found).toBeGreaterThan(100);
  });

  it('gives every character a heading regex takes for its first letter the same key as that letter', () => {
    // Every character of Unicode, one a line: each letter's regex, as the heading regexes' flags compare, finds the
    // characters it takes for itself.
    const chars: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCodePoint(c));
    const all = chars.join('\n');
    let checked = 0;
    for (const l of LEXICONS) {
      const lex = lexiconFor(l.language);
      if (!lex) throw new Error(`no lexicon ${l.language}`);
      const flags = lex.preamble[0]?.re.flags ?? 'u';
      const initials = new Set(
        [...l.preamble, ...l.operative]
          .flatMap((h) => h.phrases)
          .map((p) => String.fromCodePoint(p.codePointAt(0) ?? 0)),
      );
      for (const initial of initials) {
        for (const m of all.matchAll(new RegExp(initial, `${flags.replace('u', '')}gu`))) {
          checked++;
          expect(`${initial} ${m[0]} ${letterKey(m[0])}`).toBe(`${initial} ${m[0]} ${letterKey(initial)}`);
        }
      }
    }
    // Each initial at least itself, and some more ("ſ" for "s").
    expect(checked).toBeGreaterThan(100);
  });

  it('tries a heading whose regex opens with no letter for every line', () => {
    const lex = lexiconFor('en');
    if (!lex) throw new Error('no lexicon en');
    // A lexicon whose first operative regex is not marks and a letter: it is tried for lines of any first letter.
    const odd = {
      key: 'instructs' as const,
      re: new RegExp(`${lex.lineMarks.source}(?:\\d+ instructs)(?<rest>.*)$`, 'iu'),
    };
    const changed: CompiledLexicon = { ...lex, operative: [odd, ...lex.operative] };
    expect(readHeading(changed, '12 instructs the Director')).toEqual({
      part: 'operative',
      marker: 'instructs',
      restOffset: '12 instructs'.length,
      towardsItu: undefined,
    });
  });
});
