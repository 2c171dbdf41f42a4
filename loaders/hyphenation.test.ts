/**
 * Words a PDF hyphenated at a line end, in a text broken at the page's width: read joined, with spans and quotes
 * that are the file's. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { Mention, ParsedResolution } from '.';
import { WORD_RESOLUTION, wrapAtWidth } from '../test/support/pdf-text';
import { tallySpellings, toFilePositions } from './hyphenation';
import { carriedWord } from './text';

const parse = (text: string): ParsedResolution => {
  const doc = parseDocument({ file: 'hyphens.txt', content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
};

/** A resolution in the Word-export layout: each paragraph on one line. */
const WORD = WORD_RESOLUTION;

/** Words the PDF may hyphenate, with their break. */
const HYPHENS = ['Standardiza-tion', 'Organ-ization', 'Telecommunica-tion', 'Develop-ment', 'broad-band'];

/** What a reader cares about: sections, instructions with their parties, items (white space folded), citations. */
function outline(doc: ParsedResolution) {
  const entities = (ms: readonly Mention[]) => ms.map((m) => m.entity);
  return {
    sections: doc.sections.map((s) => [s.key, s.itemCount, s.hasBody]),
    instructions: doc.instructions.map((i) => ({
      kind: i.kind,
      addressees: entities(i.addressees),
      collaborators: entities(i.collaborators),
      items: i.items.map((item) => [item.label, item.text.replace(/\s+/g, ' ')]),
    })),
    mentions: doc.clauses.map((c) => [c.address, entities(c.mentions)]),
    citations: entities(doc.citations),
  };
}

/**
 * Item c) of the test resolution with `(see ${words})` in it, wrapped at the first width (70, else 50 to 90) whose
 * break falls at `broken`, read back with its white space single: what the loader made of that line end.
 */
function readBrokenAt(words: string, broken: string): { words: string; read: string | undefined } {
  const wrapped = (width: number): string =>
    wrapAtWidth(
      WORD.replace('lack national telehealth strategies that take', `lack plans (see ${words}) that take`),
      width,
    );
  const width = [70, ...Array.from({ length: 41 }, (_, k) => 50 + k)].find((w) => wrapped(w).includes(broken));
  if (width === undefined) throw new Error(`no width breaks "${words}" at ${JSON.stringify(broken)}`);
  const read = parse(wrapped(width))
    .clauses.find((c) => c.address === 'preamble/considering/c')
    ?.text.replace(/\s+/gu, ' ');
  return { words, read };
}

describe('words a PDF hyphenated at a line end', () => {
  const reference = outline(parse(WORD));

  it('reads the Word export with the Director of TSB and WHO as collaborators (the reference)', () => {
    expect(reference.instructions[0]?.collaborators).toEqual([
      expect.objectContaining({ key: 'director-tsb' }),
      expect.objectContaining({ key: 'who' }),
    ]);
  });

  it('reads the hyphenated words joined: the same instructions and mentions as the text without hyphens', () => {
    const seen = new Set<string>();
    for (let width = 40; width <= 100; width++) {
      const text = wrapAtWidth(WORD, width, () => 0, HYPHENS);
      for (const h of HYPHENS) if (text.includes(`${h.split('-')[0]}-\n`)) seen.add(h);
      expect({ width, outline: outline(parse(text)) }).toEqual({ width, outline: reference });
    }
    // The addressee's and the collaborators' names were hyphenated at some widths.
    expect([...seen]).toEqual(expect.arrayContaining(['Standardiza-tion', 'Organ-ization', 'Develop-ment']));
  });

  it('joins a hyphenated word on a line a proportional font ended short of the width', () => {
    // Each line ends up to 10 characters short: the rest of a word may fit on the line before, which did not take it.
    const shortfall = (n: number) => (n * 7) % 11;
    const split = new RegExp(`(?:${HYPHENS.map((h) => h.replace('-', '-\\s+')).join('|')})`, 'u');
    let short = 0;
    for (let width = 40; width <= 100; width++) {
      const text = wrapAtWidth(WORD, width, shortfall, HYPHENS);
      const lines = text.split('\n');
      for (let i = 0; i + 1 < lines.length; i++) {
        const [line, next] = [lines[i] ?? '', lines[i + 1] ?? ''];
        if (/\p{Ll}-$/u.test(line) && line.length + 1 + (next.split(' ')[0]?.length ?? 0) <= width) short++;
      }
      let doc: ParsedResolution;
      try {
        doc = parse(text);
      } catch {
        continue; // at a few narrow widths the short lines hide the opening line: a gap of the layout reading
      }
      for (const c of doc.clauses)
        expect({ width, text: c.text, split: split.test(c.text) }).toMatchObject({ split: false });
    }
    expect(short).toBeGreaterThan(0);
  });

  it('does not join a heading in lower case to an item that ends with a hyphenated-looking word', () => {
    // "well-" at the end of an item, and the next line the heading "considering": the heading stays a heading.
    const text = wrapAtWidth(
      WORD.replace(
        'b)\tthe work of ITU-D Study Group 2 on telehealth,',
        'b)\tthe work of ITU-D Study Group 2 on telehealth, in particular on self-care and patient well-',
      ),
      54,
    );
    expect(text).toMatch(/well-\nconsidering/u);
    expect(outline(parse(text)).sections).toEqual(reference.sections);
  });

  it("quotes the file's characters, hyphen and line break included, at spans that point into the file", () => {
    let hyphenated = 0;
    for (let width = 40; width <= 100; width++) {
      const text = wrapAtWidth(WORD, width, () => 0, HYPHENS);
      const doc = parse(text);
      const quoted = [
        ...doc.clauses.flatMap((c) => c.mentions),
        ...doc.instructions.flatMap((i) => [...i.addressees, ...i.collaborators]),
        ...doc.relations,
      ];
      for (const m of quoted) {
        expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
        if (/\p{Ll}-\n\p{Ll}/u.test(m.quote)) hyphenated++;
      }
      for (const c of doc.clauses) {
        // A clause starts and ends where its words do in the file; its text reads the words joined.
        expect(text.slice(c.span[0], c.span[1]).replace(/-\n|\s+/g, '')).toBe(c.text.replace(/\s+/g, ''));
      }
    }
    expect(hyphenated).toBeGreaterThan(0);
  });

  it('maps a name that ends inside the joined word, before the punctuation after it', () => {
    // "Organization," broken as "Organ-" / "ization,": the name ends before the comma.
    const text = WORD.replace(/World Health Organization (?:and|found)/gu, 'World Health Organization, with ITU,');
    let broken = 0;
    for (let width = 40; width <= 100; width++) {
      const wrapped = wrapAtWidth(text, width, () => 0, HYPHENS);
      if (!wrapped.includes('Organ-\nization,')) continue;
      broken++;
      const who = parse(wrapped)
        .clauses.flatMap((c) => c.mentions)
        .filter((m) => 'key' in m.entity && m.entity.key === 'who');
      expect(who).toHaveLength(4);
      for (const m of who) expect(wrapped.slice(m.span[0], m.span[1])).toBe(m.quote);
      const joined = who.filter((m) => m.quote === 'World Health Organ-\nization');
      expect(joined.length).toBeGreaterThan(0);
      for (const m of joined) expect(wrapped.slice(m.span[1], m.span[1] + 1)).toBe(',');
    }
    expect(broken).toBeGreaterThan(0);
  });

  it("joins a word with its own hyphen before a capital or after a single letter, not a Word export's line", () => {
    const wrapped = wrapAtWidth(WORD, 70);
    // A real hyphen a line end follows, in words the lexicon does not know: "Asia-" / "Pacific", "e-" / "health",
    // "ITU-" / "based". No hyphenation breaks a word there: the word is read joined, with its hyphen.
    const real = wrapped
      .replace('remote and', 'Asia-\nPacific and')
      .replace('telehealth,', 'e-\nhealth,')
      .replace('for telehealth,', 'for ITU-\nbased telehealth,');
    const doc = parse(real);
    const text = doc.clauses.map((c) => c.text).join('\n');
    expect(text).toMatch(/ Asia-Pacific +and /u);
    expect(text).toMatch(/ e-health, *\n/u);
    expect(text).toMatch(/ ITU-based +telehealth/u);
    // The quotes and spans are the file's, line break included.
    const quoted = [...doc.clauses.flatMap((c) => c.mentions), ...doc.instructions.flatMap((i) => i.addressees)];
    for (const m of quoted) expect(real.slice(m.span[0], m.span[1])).toBe(m.quote);
    // Not where the case of the parts shows no compound: a title in capitals hyphenated, a word in lower case before
    // another line's capital, a script without case. The lines stay apart.
    for (const [from, to, read] of [
      ['remote and', 'TELECOMMUNI-\nCATION and', / TELECOMMUNI-\s+CATION and /u],
      ['remote and', 'remote pacie-\nOficina and', / pacie-\s+Oficina and /u],
      ['remote and', 'remote وخصوصيتهم-\nمنظمة and', / وخصوصيتهم-\s+منظمة and /u],
    ] as const) {
      const apart = parse(wrapped.replace(from, to))
        .clauses.map((c) => c.text)
        .join('\n');
      expect(apart).toMatch(read);
    }
    // A Word export: a line that ends with a hyphen before one in lower case is left as it is.
    const word = WORD.replace('b)\tthe work of ITU-D Study Group 2 on telehealth,', 'b)\tthe work on tele-');
    const lines = parse(word);
    expect(lines.clauses.find((c) => c.address === 'preamble/recalling/b')?.text).toBe('the work on tele-');
    expect(outline(lines).instructions).toEqual(reference.instructions);
  });

  it('keeps the hyphen of a word broken after it where the text writes the word with it elsewhere: "well-" / "being"', () => {
    // The same words, the compound written one way or the other mid-line, and broken after its hyphen at some width.
    const written = (first: string) =>
      WORD.replace(
        'on telehealth,',
        `on telehealth, for the ${first} of patients and health workers, and on the well-being of rural communities,`,
      );
    const read = (text: string) =>
      parse(text)
        .clauses.find((c) => c.address === 'preamble/recalling/b')
        ?.text.replace(/\s+/gu, ' ');
    let broken = 0;
    for (let width = 40; width <= 100; width++) {
      const text = wrapAtWidth(written('well-being'), width, () => 0, { compounds: ['well-being'] });
      if (!/well-\nbeing/u.test(text) || !/well-being/u.test(text)) continue;
      broken++;
      // The text writes "well-being" with its hyphen: the broken one is read so too.
      expect({ width, read: read(text) }).toEqual({
        width,
        read: expect.stringMatching(/ the well-being of patients .* the well-being of rural communities,$/u),
      });
      // Where it writes "wellbeing" joined, or the compound nowhere but at the line end, the hyphen is the width's.
      const joined = text.replace('well-being', 'wellbeing');
      expect({ width, read: read(joined) }).toEqual({
        width,
        read: expect.stringMatching(/ the wellbeing of patients .* the wellbeing of rural communities,$/u),
      });
      const alone = text.replace('well-being', 'welfare');
      expect({ width, read: read(alone) }).toEqual({ width, read: expect.stringMatching(/ the wellbeing of/u) });
      // Its quote is the file's.
      const m = parse(text).clauses.flatMap((c) => c.mentions);
      for (const x of m) expect(text.slice(x.span[0], x.span[1])).toBe(x.quote);
    }
    expect(broken).toBeGreaterThan(0);
  });

  it('drops a hyphen the case shows as the word\'s own where the text writes the word joined: "e-" / "health"', () => {
    // "e-" / "health" at a line end, the text writing "ehealth" mid-line twice: the document's own spelling wins.
    const broken = (others: string) =>
      wrapAtWidth(WORD, 70)
        .replace('telehealth,', 'e-\nhealth,')
        .replace('in planning telehealth networks', `in planning ${others} networks`);
    const read = (text: string) =>
      parse(text)
        .clauses.map((c) => c.text)
        .join('\n');
    expect(read(broken('ehealth and eHealth'))).toMatch(/ on ehealth, *\n/u);
    // Its quotes are the file's.
    const doc = parse(broken('ehealth and eHealth'));
    for (const m of doc.clauses.flatMap((c) => c.mentions))
      expect(broken('ehealth and eHealth').slice(m.span[0], m.span[1])).toBe(m.quote);
    // Where the text writes it with its hyphen as often, or nowhere, the case decides, as before: "e-health".
    expect(read(broken('ehealth and e-health'))).toMatch(/ on e-health, *\n/u);
    expect(read(broken('telehealth'))).toMatch(/ on e-health, *\n/u);
    // Nor do the words of addresses count: how a site names its pages is not how the text spells the word.
    expect(read(broken('itu.int/ehealth/ and ehealth@itu.int'))).toMatch(/ on e-health, *\n/u);
    // A number's hyphen is a range's, whatever number the parts make joined: "1-" / "2 June" with "12" elsewhere.
    const range = wrapAtWidth(WORD, 70)
      .replace('telehealth,', 'telehealth on 1-\n2 June,')
      .replace('in planning telehealth networks', 'in planning 12 and 12 networks');
    expect(read(range)).toMatch(/ on 1-2 +June,/u);
    // A name the lexicon writes with its hyphen keeps it, however the text writes it joined.
    const named = wrapAtWidth(WORD, 70)
      .replace('telehealth,', 'ITU-\nT Study Group 16,')
      .replace('in planning telehealth networks', 'in planning ITUT and ITUT networks');
    expect(read(named)).toMatch(/ on ITU-T +Study Group 16,/u);
    // So does a hyphen suspended before a conjunction ("e-" / "and m-health"), the text writing "eand" or not.
    const suspended = wrapAtWidth(WORD, 70)
      .replace('on telehealth,', 'on telehealth, by way of fixed e-\nand m-health,')
      .replace('in planning telehealth networks', 'in planning eand and eand networks');
    expect(suspended).toMatch(/^.{64,68}e-\nand m-health/mu);
    expect(read(suspended).replace(/\s+/gu, ' ')).toMatch(/ way of fixed e- and m-health,/u);
  });

  it('keeps apart a hyphen that stands for a part the next word shares: "e-" / "and m-health"', () => {
    const text = wrapAtWidth(WORD, 70).replace('on telehealth,', 'on telehealth, by way of fixed e-\nand m-health,');
    expect(text).toMatch(/^.{64,68}e-\nand m-health/mu);
    const clause = parse(text).clauses.find((c) => c.address === 'preamble/recalling/b');
    expect(clause?.text).toMatch(/ way of fixed e- and m-health,$/u);
    // Whatever the word before the hyphen: a word a PDF would hyphenate there ("tele-", "radio-") is no hyphenated
    // word's first part before "and" or "or".
    for (const [end, rest, read] of [
      ['fixed tele-', 'and e-health,', / fixed tele- +and e-health,$/u],
      ['fixed radio-', 'or television,', / fixed radio- +or television,$/u],
    ] as const) {
      const other = wrapAtWidth(WORD, 70).replace('on telehealth,', `on telehealth, by way of ${end}\n${rest}`);
      expect(other).toMatch(new RegExp(`^.{60,70}${end}\n${rest}`, 'mu'));
      const read2 = parse(other).clauses.find((c) => c.address === 'preamble/recalling/b');
      expect(read2?.text).toMatch(read);
    }
  });

  it('joins a name broken after a slash, the slash kept: "ISO/" / "TC 215"', () => {
    const text = wrapAtWidth(WORD, 70).replace(
      /on telehealth,$/mu,
      'on telehealth and the standards of ISO/\nTC 215 on health informatics,',
    );
    expect(text).toMatch(/^b\) .*ISO\/\nTC 215/mu);
    const doc = parse(text);
    const clause = doc.clauses.find((c) => c.address === 'preamble/recalling/b');
    expect(clause?.text).toMatch(/ ISO\/TC +215 on health informatics,$/u);
    const iso = clause?.mentions.find((m) => 'key' in m.entity && m.entity.key === 'iso-tc-215');
    expect(iso?.quote).toBe('ISO/\nTC 215');
    expect(iso && text.slice(iso.span[0], iso.span[1])).toBe(iso?.quote);
    // Where a space stands before the slash, it is no word's: the line break is a space.
    const spaced = parse(text.replace('ISO/\n', 'ISO /\n')).clauses.find((c) => c.address === 'preamble/recalling/b');
    expect(spaced?.text).toMatch(/ ISO \/ TC 215 /u);
  });

  it('joins a name broken at both ends of a line that holds nothing else: "ITU-" / "T/" / "ITU-R"', () => {
    // The line "T/" is the rest of a word joined from the line before; had the word not been broken there, "ITU-R"
    // would not have fit after it either: the word goes on, and is read whole, its hyphen and slash kept.
    const text = wrapAtWidth(WORD, 70).replace(
      /on telehealth,$/mu,
      'on telehealth, with the ITU-\nT/\nITU-R joint group on health,',
    );
    expect(text).toMatch(/^b\) .{50,66}ITU-\nT\/\nITU-R joint/mu);
    const doc = parse(text);
    const clause = doc.clauses.find((c) => c.address === 'preamble/recalling/b');
    expect(clause?.text).toMatch(/ with the ITU-T\/ITU-R +joint group on health,$/u);
    // The quotes are the file's: each part's offsets map back across both line breaks.
    expect(clause?.mentions.length).toBeGreaterThan(0);
    for (const m of clause?.mentions ?? []) expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
    expect(clause && text.slice(clause.span[0], clause.span[1])).toMatch(/ITU-\nT\/\nITU-R joint group on health,$/u);
    // A word hyphenated twice, its middle line dropping its hyphen as the first does: read whole, quoted as written.
    const twice = text.replace(
      'the ITU-\nT/\nITU-R joint group on health,',
      'the Telecom-\nmuni-\ncation Development Bureau,',
    );
    const read = parse(twice).clauses.find((c) => c.address === 'preamble/recalling/b');
    expect(read?.text).toMatch(/ with the Telecommunication +Development Bureau,$/u);
    const bdt = read?.mentions.find((m) => 'key' in m.entity && m.entity.key === 'bdt');
    expect(bdt?.quote).toBe('Telecom-\nmuni-\ncation Development Bureau');
    expect(bdt && twice.slice(bdt.span[0], bdt.span[1])).toBe(bdt?.quote);
    // Not where the line before ends no word: "T/" is then a line whose break the width did not make.
    const apart = parse(text.replace('with the ITU-\n', 'with the ITU\n')).clauses.find(
      (c) => c.address === 'preamble/recalling/b',
    );
    expect(apart?.text).not.toMatch(/T\/ITU-R/u);
  });

  it('measures a line that holds only a word\'s rest on its own where that line ends no word: "work-" / "ers."', () => {
    // "ers." ends the word and a sentence; the next line would have fitted after it, so the break is no width's: the
    // line after starts a paragraph of its own (here the last, which ends with no full stop: the error names it).
    const text = wrapAtWidth(WORD, 70).replace(
      /^to include telehealth .*\n.*health workers\.\n$/mu,
      'to include telehealth in their plans and the training of health work-\ners.\n' +
        'rural communities, and on the skills of the health workers who use them, and\n',
    );
    expect(text).toMatch(/^.{69}\ners\.\nrural/mu);
    const last = text.trimEnd().split('\n').length;
    expect(() => parse(text)).toThrow(expect.objectContaining({ code: 'DOCUMENT_TRUNCATED', line: last }));
  });

  it('joins no line after a slash where the width did not break it: an address that ends a line of its own', () => {
    // An annex listing sources, one per line, each ending with an address's final slash: short lines, each a
    // paragraph of its own, as they are without the slash.
    const sources = [
      'World Health Organization: https://www.who.int/',
      'Telecommunication Development Bureau: https://www.itu.int/',
      'ITU-T Study Group 16: https://www.itu.int/en/ITU-T/',
    ];
    const text = `${wrapAtWidth(WORD, 70)}Annex A\nSources\n${sources.join('\n')}\n`;
    const paragraphs = parse(text)
      .clauses.filter((c) => c.address.startsWith('annex-1/'))
      .map((c) => c.text);
    expect(paragraphs).toEqual(['Sources', ...sources]);
    // And in a body: an address that ends a short line, before a sentence of its own.
    const body = text.replace(
      /^to share their experience in telehealth with ITU-D Study Group 2, and/mu,
      'to share their experience, see https://www.itu.int/\nMember States are invited',
    );
    expect(body).toMatch(/itu\.int\/\nMember States/u);
    const invites = parse(body).instructions.find((i) => i.kind === 'INVITES');
    expect(invites?.items[0]?.text).not.toMatch(/int\/Member/u);
  });

  it("joins an address broken after a slash only to its own rest, not to the text's next word or number", () => {
    // The width broke each line after the slash: what opens the next line tells an address's rest from the text.
    for (const [words, broken, reading] of [
      // After an address, a number or a word is the text's own.
      ['https://www.who.int/ 2 to 5 of them', 'who.int/\n2 to 5', '(see https://www.who.int/ 2 to 5 of them)'],
      ['https://www.who.int/ Member States', 'who.int/\nMember States', '(see https://www.who.int/ Member States)'],
      // An address's rest, written as one (a slash in it), goes on with it.
      [
        'https://www.itu.int/ en/ITU-D/ for them',
        'itu.int/\nen/ITU-D/',
        '(see https://www.itu.int/en/ITU-D/ for them)',
      ],
      // A slash inside a code, not an address: a number after it is the code's ("Question 2/2").
      ['the SG2 Question 2/ 2, or the WHO', 'Question 2/\n2, or', '(see the SG2 Question 2/2, or the WHO)'],
      // An address broken inside its path, after the host: its last segment goes on with it, a bare number or word.
      [
        'https://apps.who.int/iris/handle/10665/ 260480 and the WHO',
        '10665/\n260480 and',
        '(see https://apps.who.int/iris/handle/10665/260480 and the WHO)',
      ],
      [
        'https://doi.org/10.1016/ S0140-6736(20)30183-5 of the WHO',
        '10.1016/\nS0140',
        '(see https://doi.org/10.1016/S0140-6736(20)30183-5 of the WHO)',
      ],
    ] as const) {
      expect(readBrokenAt(words, broken)).toEqual({ words, read: expect.stringContaining(reading) });
    }
  });

  it('keeps apart an abbreviation or a decimal number after an address: "who.int/" / "e.g."', () => {
    for (const [words, broken, reading] of [
      ['https://www.who.int/ e.g. the WHO', 'who.int/\ne.g.', '(see https://www.who.int/ e.g. the WHO)'],
      ['https://www.who.int/ i.e., the WHO', 'who.int/\ni.e.,', '(see https://www.who.int/ i.e., the WHO)'],
      ['https://www.who.int/ 2.5 times more', 'who.int/\n2.5', '(see https://www.who.int/ 2.5 times more)'],
      // A number with more digits, or a percentage, is the text's too.
      ['https://www.who.int/ 12.5 per cent', 'who.int/\n12.5', '(see https://www.who.int/ 12.5 per cent)'],
      ['https://www.who.int/ 10.5%, more', 'who.int/\n10.5%,', '(see https://www.who.int/ 10.5%, more)'],
      // A stop between longer parts is still an address's rest.
      [
        'https://www.who.int/ index.html for them',
        'who.int/\nindex.html',
        '(see https://www.who.int/index.html for them)',
      ],
      ['https://www.who.int/ v2.1 for them', 'who.int/\nv2.1', '(see https://www.who.int/v2.1 for them)'],
    ] as const) {
      expect(readBrokenAt(words, broken)).toEqual({ words, read: expect.stringContaining(reading) });
    }
  });

  it('joins a name the lexicon writes with a hyphen, broken after it, with its hyphen: "ITU-" / "T Study Group 16"', () => {
    const compounds = ['ITU-T', 'ITU-D'];
    let broken = 0;
    for (let width = 40; width <= 100; width++) {
      const text = wrapAtWidth(WORD, width, () => 0, { hyphens: HYPHENS, compounds });
      if (!/ITU-\n[TD]/u.test(text)) continue;
      broken++;
      const doc = parse(text);
      // The Sector stays with its study group, and the clauses read the name as written.
      expect({ width, outline: outline(doc) }).toEqual({ width, outline: reference });
      const clauses = doc.clauses.map((c) => c.text).join('\n');
      expect(clauses).not.toMatch(/ITU-\s/u);
      for (const m of doc.clauses.flatMap((c) => c.mentions)) expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
      expect(doc.clauses.flatMap((c) => c.mentions).some((m) => /ITU-\n[TD] Study Group/u.test(m.quote))).toBe(true);
    }
    expect(broken).toBeGreaterThan(0);
  });

  it("tells a warning's line and column in the file, on a heading's line after a word joined at a line end", () => {
    const text = wrapAtWidth(
      WORD.replace(/Director of the Telecommunication Development Bureau, in/u, 'regional offices, in'),
      70,
    ).replace(/^resolves to instruct /mu, 'resolves to in-\nstruct ');
    const doc = parse(text);
    expect(doc.instructions[0]?.kind).toBe(reference.instructions[0]?.kind);
    const warning = doc.diagnostics.find((d) => d.code === 'ADDRESSEE_UNRECOGNISED');
    // Where the words after the heading's marker start: "struct the regional offices", column 8.
    const line = text.split('\n')[(warning?.line ?? 0) - 1] ?? '';
    expect({ line, column: warning?.column }).toEqual({
      line: expect.stringMatching(/^struct the regional offices/u),
      column: 8,
    });
  });

  it('joins such a name on a line a proportional font ended short of the width', () => {
    // "ITU-" ends a line that the next line's first word would have fitted on.
    const text = wrapAtWidth(WORD, 70).replace('through ITU-T Study', 'through ITU-\nT Study');
    expect(text).toMatch(/^.{20,60}ITU-\nT Study Group 16/mu);
    expect(outline(parse(text))).toEqual(reference);
  });
});

/** A Russian resolution in the Word-export layout, naming places and a Sector the lexicon writes with hyphens. */
const RU = [
  'РЕЗОЛЮЦИЯ 65 (Пересм. Буэнос-Айрес, 2017 г.)',
  'Улучшение доступа к услугам здравоохранения с использованием информационно-коммуникационных технологий',
  'Всемирная конференция по развитию электросвязи (Буэнос-Айрес, 2017 г.),',
  'напоминая',
  'a)\tРезолюцию 183 (Пересм. Пусан, 2014 г.) Полномочной конференции и Резолюцию 63 (Пересм. Шарм-эль-Шейх, 2019 г.) Всемирной конференции радиосвязи;',
  'b)\tРезолюцию 78 (Пересм. Хаммамет, 2016 г.) Всемирной ассамблеи по стандартизации электросвязи и Резолюцию 37 (Пересм. Аддис-Абеба, 2020 г.),',
  'учитывая',
  'a)\tработу 2-й Исследовательской комиссии МСЭ-D по Вопросу 2/2 и 16-й Исследовательской комиссии МСЭ-Т по электронному здравоохранению;',
  'b)\tчто Всемирная организация здравоохранения (ВОЗ) играет ключевую роль в координации стандартизации электронного здравоохранения,',
  'решает поручить Директору Бюро развития электросвязи в тесном сотрудничестве с Директорами двух других Бюро',
  '1\tпродолжать оказывать помощь Государствам-Членам в разработке национальных стратегий электронного здравоохранения;',
  '2\tсодействовать сотрудничеству со Всемирной организацией здравоохранения,',
  'предлагает Государствам-Членам и Членам Секторов',
  'участвовать в работе 2-й Исследовательской комиссии МСЭ-D.',
  '',
].join('\n');

describe('names written with hyphens, broken after one at a line end (Russian)', () => {
  const reference = outline(parse(RU));
  /** The places of the resolutions cited, as the citations read them. */
  const places = (doc: ParsedResolution) =>
    doc.citations.map((m) => ('revision' in m.entity ? m.entity.revision?.place : undefined));

  it('reads the Word export with the places and the Sectors (the reference)', () => {
    const doc = parse(RU);
    expect(places(doc)).toEqual(expect.arrayContaining(['Sharm el-Sheikh', 'Addis Ababa']));
    expect(reference.instructions[1]?.addressees).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'member-states' })]),
    );
  });

  it('joins each with its hyphen, before a capital ("Шарм-эль-" / "Шейх") or in lower case ("Шарм-" / "эль-Шейх")', () => {
    const compounds = ['Шарм-эль-Шейх', 'Аддис-Абеба', 'Государствам-Членам', 'МСЭ-D', 'МСЭ-Т'];
    const seen = new Set<string>();
    for (let width = 40; width <= 100; width++) {
      const text = wrapAtWidth(RU, width, () => 0, { compounds });
      const breaks = [...text.matchAll(/(\S+-)\n(\S+)/gu)].map((m) => `${m[1]}/${m[2]}`);
      if (!breaks.length) continue;
      breaks.forEach((b) => seen.add(b.replace(/[,.;]$/u, '')));
      const doc = parse(text);
      expect({ width, breaks, outline: outline(doc) }).toEqual({ width, breaks, outline: reference });
      expect({ width, places: places(doc) }).toEqual({ width, places: places(parse(RU)) });
      const quoted = [...doc.clauses.flatMap((c) => c.mentions), ...doc.citations, ...doc.relations];
      for (const m of quoted) expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
    }
    // Broken after each kind of hyphen: before a capital, before a lower-case letter, in a place and an addressee.
    expect([...seen]).toEqual(
      expect.arrayContaining(['Шарм-эль-/Шейх', 'Шарм-/эль-Шейх', 'Аддис-/Абеба', 'Государствам-/Членам']),
    );
  });
});

describe('tallySpellings', () => {
  it('counts whole words and words joined by one written hyphen, in lower case, not across a line break', () => {
    const { words, compounds } = tallySpellings(
      'Well-being and wellbeing; the WELL\u2011BEING of well\u2010being-based care, well-\nbeing, e--health',
    );
    expect(words.get('wellbeing')).toBe(1);
    expect(words.get('well')).toBe(4);
    expect(compounds.get('well-being')).toBe(3);
    expect(compounds.get('being-based')).toBe(1);
    expect(compounds.get('e-health')).toBeUndefined();
    expect(compounds.get('care-well')).toBeUndefined();
  });
});

describe('carriedWord', () => {
  it("is the line's last word with the rest joined, so that a run of one-word lines does not carry the run", () => {
    expect(carriedWord('b) the work of ITU-', 'T/', true)).toBe('ITU-T/');
    expect(carriedWord('of the Telecom-  ', 'muni-', false)).toBe('Telecommuni-');
    // A word no line holds is carried no further: each line of a run would otherwise be read with the run before it.
    const long = `${'health'.repeat(49)}-`;
    expect(carriedWord(`the ${long}`, 'health-', true)).toBeUndefined();
    expect(carriedWord(`the ${long.slice(7)}`, 'health-', true)).toBe(`${long.slice(7)}health-`);
  });
});

describe('toFilePositions', () => {
  it('rebuilds only what holds an offset inside a moved part, and shares the rest with the document', () => {
    const doc = parse(WORD);
    const clause = doc.clauses.find((c) => c.address === 'preamble/considering/a');
    const who = clause?.mentions.find((m) => 'key' in m.entity && m.entity.key === 'who');
    if (!clause || !who) throw new Error('expected WHO in considering a)');
    // A part moved back 2 inside the name, up to its end: the mention's end maps back, its start does not.
    const join = { at: who.span[1] - 5, shift: 2, length: 5 };
    const text = `${WORD}\n\n`;
    const out = toFilePositions(doc, [join], text);
    const mapped = out.clauses.find((c) => c.address === 'preamble/considering/a');
    const quoted = mapped?.mentions.find((m) => 'key' in m.entity && m.entity.key === 'who');
    expect(quoted?.span).toEqual([who.span[0], who.span[1] + 2]);
    expect(quoted?.quote).toBe(text.slice(who.span[0], who.span[1] + 2));
    // The clause holding it is rebuilt; every other clause, mention and instruction is the document's own.
    expect(mapped).not.toBe(clause);
    for (const c of out.clauses.filter((x) => x !== mapped)) expect(doc.clauses).toContain(c);
    for (const m of mapped?.mentions.filter((x) => x !== quoted) ?? []) expect(clause.mentions).toContain(m);
    for (const i of out.instructions) expect(doc.instructions).toContain(i);
    expect(out.identitySpans).toBe(doc.identitySpans);
    expect(out.sections).toBe(doc.sections);
    // Where no offset is inside a moved part, the document is returned as it is.
    expect(toFilePositions(doc, [{ at: text.length - 1, shift: 1, length: 1 }], text)).toBe(doc);
  });
});
