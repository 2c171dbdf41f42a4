/**
 * A line is matched against the header templates only where it holds a word every template writes (`headerCue`):
 * that must find exactly the header the templates find on their own, on the line or on the line without its note.
 */
import fc from 'fast-check';
import { matchHeader } from '../resolution';
import { requiredWord } from './compile';
import { LEXICONS, lexiconFor } from './index';
import type { CompiledLexicon } from './index';

const shown = (lex: CompiledLexicon, t: string): string | null => {
  const found = matchHeader(lex, t);
  return found ? `${found.template}:${found.m[0]}:${found.text}` : null;
};

describe('header templates tried where their word is', () => {
  it.each(LEXICONS.map((l) => [l.language]))('find the header the templates find alone in %s', (language) => {
    const lex = lexiconFor(language);
    if (!lex) throw new Error(`no lexicon ${language}`);
    const plain: CompiledLexicon = { ...lex, headerCue: null };
    const templates = [...lex.lexicon.templates.header, ...lex.lexicon.templates.decisionHeader];
    // The templates' words, in other cases, the bodies and numbers they name, margin symbols, notes and brackets.
    const words = [
      ...templates.flatMap((t) => (requiredWord(t) ?? '').split(' ')),
      ...lex.lexicon.bodies.flatMap((b) => [...b.names, ...(b.headerNames ?? [])]),
      ...lex.lexicon.templates.revision,
      ...['1305', '78', '2023', '19', 'C09', 'Dubai', 'ADD', 'MOD', 'Rev.', '第', '号决议', '年', 'x', 'é'],
      ...['(', ')', '（', '）', ',', '-', '(adopted at the ninth Plenary Meeting)', '（在第九次全体会议上通过）'],
      ...['(adoptée à la neuvième séance plénière)', '(принята на девятом пленарном заседании)', '(اعتُمد في الجلسة)'],
    ].filter((w) => w.length > 0);
    const heads = [
      ...templates.flatMap((t) => (requiredWord(t) ?? '').split(' ')),
      ...[
        'RESOLUTION',
        'RÉSOLUTION',
        'RESOLUCIÓN',
        'ACUERDO',
        'DECISIÓN',
        'РЕЗОЛЮЦИЯ',
        'РЕШЕНИЕ',
        'القرار',
        'مقرر',
        '第',
      ],
    ].filter((w) => w.length > 0);
    const cased = fc.constantFrom(
      (w: string) => w,
      (w: string) => w.toLowerCase(),
      (w: string) => w.charAt(0) + w.slice(1).toLowerCase(),
    );
    const sep = fc.constantFrom(' ', ' ', '', '  ');
    const pieces = fc
      .array(fc.tuple(fc.constantFrom(...words, '号决议', '号决定'), cased, sep), { maxLength: 3 })
      .map((ps) => ps.map(([w, f, s]) => f(w) + s).join(''));
    // Some pieces, a header word, a number, more pieces: header lines and lines that almost are.
    const text = fc
      .tuple(
        fc.oneof(fc.constant(''), pieces),
        fc.constantFrom(...heads),
        cased,
        sep,
        fc.constantFrom('1305', '78', '12-1'),
        sep,
        fc.constantFrom('', '', '号决议', '号决定'),
        fc.oneof(fc.constant(''), pieces),
      )
      .map(([a, h, f, s1, n, s2, z, b]) => `${a}${f(h)}${s1}${n}${s2}${z}${b}`);
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = shown(plain, t);
        if (expected) found++;
        expect(shown(lex, t)).toEqual(expected);
      }),
      { numRuns: 4000, seed: 28 },
    );
    // The lines hold headers: the equality is not only of two nulls.
    expect(found).toBeGreaterThan(5);
  });

  it.each([
    ['en', 'RESOLUTION 1305 (C09) (adopted at the ninth Plenary Meeting)'],
    ['en', 'MOD   Resolution 78 (Rev. Dubai, 2012)'],
    ['fr', 'RÉSOLUTION 1305 (C09) (adoptée à la neuvième séance plénière)'],
    ['ru', 'РЕЗОЛЮЦИЯ 1408 (изменена в 2023 г.)'],
    ['zh', '第1305号决议（C09）（在第九次全体会议上通过）'],
  ])('find the header of a %s line: %s', (language, line) => {
    const lex = lexiconFor(language);
    if (!lex) throw new Error(`no lexicon ${language}`);
    expect(lex.headerCue).not.toBeNull();
    expect(shown(lex, line)).not.toBeNull();
    expect(shown(lex, line)).toEqual(shown({ ...lex, headerCue: null }, line));
  });
});
