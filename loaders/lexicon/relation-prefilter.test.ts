/**
 * Relation templates that open with no character the regex engine can skip to (a look-behind, an optional word, a
 * list whose first member may have an article) are scanned for from their required word: the clause's one scan
 * over all templates, and each such template's own test before it runs, must find every text the template matches.
 */
import { anyOf, fromRequiredWord, LEXICONS, lexiconFor, UNION_PART_LIMIT } from './index';

const plain = (source: string): string => source.replace(/\(\?<[A-Za-z]\w*>/g, '(?:');

/** Whether a pattern (global: its scan state is left as found) matches the text. */
const matches = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
};

describe('a relation template is scanned for from its required word', () => {
  it.each([
    ['(?<![\\p{L}]){LIST} (?:(?:has|have) )?established (?:the )?{A}', 'established (?:the )?{A}'],
    ['{LIST} (?:a|ont) (?:conjointement )?créé (?:le |la )?{A}', 'créé (?:le |la )?{A}'],
    ['(?:a )?partnership between {LIST}', 'partnership between {LIST}'],
    ['{LIST}之间的合作倡议', '之间的合作倡议'],
  ])('%s from %s', (template, part) => {
    expect(fromRequiredWord(template)).toBe(part);
  });

  it.each([
    ['a template that opens with its word', 'reports to (?:the )?{B}'],
    ['a template that opens with an entity', '{A}(?: \\([^()\\n]+\\))?,? (?:was )?launched by {LIST}'],
    ['a template with no required word', '(?:أنشأ|أطلق) {LIST} {A}'],
  ])('not %s', (_, template) => {
    expect(fromRequiredWord(template)).toBeNull();
  });

  it.each(LEXICONS.map((l) => [l.language]))(
    'each %s pattern holds its prefilter, which opens with a word',
    (language) => {
      const lex = lexiconFor(language);
      expect(lex).toBeDefined();
      for (const { re, prefilter } of lex?.relations ?? []) {
        if (!prefilter) continue;
        expect(plain(re.source).endsWith(plain(prefilter.source))).toBe(true);
        expect(prefilter.source).toMatch(/^\p{L}/u);
        expect(prefilter.flags).toBe(re.flags.replace('g', ''));
      }
    },
  );

  it('finds the English active with its agents where the prefilter lets it run', () => {
    const lex = lexiconFor('en');
    const tagged = 'In 2023, ⟦0⟧ and ⟦1⟧ jointly established the ⟦2⟧ on health.';
    expect(lex?.anyRelation.test(tagged)).toBe(true);
    const matched = (lex?.relations ?? []).filter(
      (r) => (!r.prefilter || r.prefilter.test(tagged)) && matches(r.re, tagged),
    );
    expect(matched).toHaveLength(1);
  });

  it('rules the active out where its verb is not followed by a name', () => {
    const lex = lexiconFor('en');
    const tagged = '⟦0⟧ established national e-health strategies.';
    expect((lex?.relations ?? []).some((r) => r.prefilter?.test(tagged))).toBe(false);
  });
});

describe("the clause's one scan over all relation templates", () => {
  it.each(LEXICONS.map((l) => [l.language]))('is, in %s, regexes each small enough for V8 to optimise', (language) => {
    const parts = lexiconFor(language)?.anyRelation.parts ?? [];
    expect(parts.length).toBeGreaterThan(0);
    for (const re of parts) expect(re.source.length).toBeLessThanOrEqual(UNION_PART_LIMIT);
  });

  it('matches where any one of its patterns does, whichever part holds it', () => {
    // Patterns big enough that their union takes several parts.
    const filler = 'x'.repeat(UNION_PART_LIMIT / 4);
    const sources = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((w) => `(?:${w}(?:${filler})?)`);
    const union = anyOf(sources, 'u');
    expect(union.parts.length).toBeGreaterThan(1);
    for (const w of ['alpha', 'beta', 'gamma', 'delta', 'epsilon']) expect(union.test(`a ${w} here`)).toBe(true);
    expect(union.test('none of them')).toBe(false);
    expect(anyOf([], 'u').test('anything')).toBe(false);
  });
});
