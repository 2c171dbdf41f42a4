/**
 * Layouts of ITU texts other than the Word export of the corpus, written for these tests: the Final Acts of a
 * conference (a margin symbol beside the header, "REV." in capitals), a text taken from a PDF or a web page, whose
 * tabs after item numbers became spaces, a PDF's lines broken at the page's width, a web page's lists (bullets
 * before headings and items, the assembly named in the header), a web page saved as Markdown and a Chinese text
 * whose numbers are set off by spaces, as PDF converters write them. The same resolution must read the same
 * whatever the layout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { prepareText, wrapWidth } from './text';
import { wrapAtWidth } from '../test/support/pdf-text';
import { WTDC } from '../test/support/wtdc-texts';
import { parseLines, WTDC_HEAD } from '../test/support/resolution-lines';

const parse = (text: string): ParsedResolution => {
  const doc = parseDocument({ file: 'layout.txt', content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
};

/** A resolution in the Word-export layout; `header` and `items` vary it. */
function resolution(header: string, items: (n: number, text: string) => string): string {
  return [
    header,
    'Telehealth services for remote communities',
    'The World Telecommunication Development Conference (Kigali, 2022),',
    'recalling',
    'a)\tResolution 7 (Rev. Dubai, 2014) of the World Telecommunication Development Conference;',
    'b)\tthe work of ITU-D Study Group 2 on telehealth,',
    'resolves to instruct the Director of the Telecommunication Development Bureau',
    items(1, 'to assist Member States in planning telehealth networks, taking into account the results'),
    'of pilot projects;',
    items(2, 'to report to the next conference on the progress made,'),
    'invites Member States',
    'to share their experience in telehealth with ITU-D Study Group 2.',
    '',
  ].join('\n');
}

const WORD = resolution('RESOLUTION 12 (Rev. Kigali, 2022)', (n, text) => `${n}\t${text}`);

/** What a reader of the resolution cares about, independent of the layout. */
function outline(doc: ParsedResolution) {
  return {
    identity: [doc.body.value, doc.number.value, doc.year.value, doc.place.value, doc.revisionLabel],
    foreword: doc.foreword,
    sections: doc.sections.map((s) => [s.key, s.itemCount, s.hasBody]),
    instructions: doc.instructions.map((i) => ({
      kind: i.kind,
      addressees: i.addressees.map((m) => m.entity),
      items: i.items.map((item) => [item.label, item.text]),
    })),
    citations: doc.citations.map((c) => c.entity),
  };
}

describe('layouts of the same resolution', () => {
  const word = outline(parse(WORD));

  it('reads the Word-export layout (the reference for the others)', () => {
    expect(word.identity).toEqual(['WTDC', '12', 2022, 'Kigali', 'Rev. Kigali, 2022']);
    expect(word.sections).toEqual([
      ['recalling', 2, false],
      ['resolves-to-instruct-1', 2, false],
      ['invites-1', 0, true],
    ]);
    expect(word.citations).toEqual([
      expect.objectContaining({
        type: 'ItuResolution',
        body: 'WTDC',
        number: '7',
        revision: { year: 2014, place: 'Dubai', revised: true },
      }),
    ]);
  });

  it('reads the Final Acts layout: a margin symbol beside the header, REV. in capitals', () => {
    for (const symbol of ['MOD', 'ADD']) {
      const text = resolution(`${symbol}\tRESOLUTION 12 (REV. KIGALI, 2022)`, (n, t) => `${n}\t${t}`).replace(
        '(Rev. Dubai, 2014)',
        '(REV. DUBAI, 2014)',
      );
      expect(outline(parse(text))).toEqual(word);
    }
  });

  it('keeps a margin symbol on its own line above the header out of the foreword', () => {
    const doc = parse(`MOD\n\n${WORD}`);
    expect(doc.foreword).toBeNull();
    expect(outline(doc)).toEqual(word);
    // Any other line above the header is a foreword, kept apart.
    expect(parse(`Foreword text of the edition\n${WORD}`).foreword).toBe('Foreword text of the edition');
  });

  it('reads items whose label is followed by spaces instead of a tab (PDF and web exports)', () => {
    const spaced = outline(parse(resolution('RESOLUTION 12 (Rev. Kigali, 2022)', (n, t) => `${n} ${t}`)));
    expect(spaced).toEqual(word);
  });

  it("reads a web page's layout: list bullets before headings and items, the assembly named in the header", () => {
    const web = resolution('WTDC RESOLUTION 12 (Rev. Kigali, 2022)', (n, t) => `    \u2022 ${n} ${t}`)
      .split('\n')
      .map((line) => (/^(recalling|resolves|invites)/.test(line) ? `  \u2022 ${line}` : line))
      .map((line) => line.replace(/^([ab])\)\t/, '    \u2022 $1) '))
      .join('\n');
    expect(web).toContain('  \u2022 recalling\n    \u2022 a) Resolution 7');
    expect(outline(parse(web))).toEqual(word);
  });

  it('reads a web page saved as Markdown: heading marks, emphasis, list markers, labels in brackets', () => {
    const markdown = resolution('# **RESOLUTION 12 (Rev. Kigali, 2022)**', (n, t) => `- ${n}. ${t}`)
      .replace('Telehealth services', '## Telehealth services')
      .replace(/^(recalling)$/m, '*$1*')
      .replace(/^(resolves to instruct)/m, '__$1__')
      .replace(/^(invites)/m, '_$1_')
      .replace(/^([ab])\)\t/gm, '- ($1) ');
    expect(markdown).toContain('*recalling*\n- (a) Resolution 7');
    const doc = parse(markdown);
    expect(outline(doc)).toEqual(word);
    expect(doc.title?.value).toBe('Telehealth services for remote communities');
    // The marks are left out of what is read, not out of the text: quotes are the file's words.
    const heading = doc.clauses.find((c) => c.address === 'resolves-to-instruct-1');
    expect(heading?.text).toMatch(/^resolves to instruct {3}the Director/);
    for (const m of doc.clauses.flatMap((c) => c.mentions)) expect(markdown.slice(...m.span)).toBe(m.quote);
  });

  it('keeps asterisks and underscores that are not emphasis', () => {
    const text = WORD.replace(
      'to share their experience in telehealth with ITU-D Study Group 2.',
      'to share their experience in telehealth* with ITU-D Study Group 2 (see file tele_health_plan).',
    );
    const doc = parse(text);
    expect(doc.instructions[1]?.items[0]?.text).toContain(
      'telehealth* with ITU-D Study Group 2 (see file tele_health_plan).',
    );
  });

  it("reads a web page's short heading above the full header as one header, not as the title", () => {
    const web = `WTDC Resolution 12\n\n${WORD.replace('RESOLUTION 12 (Rev. Kigali, 2022)', 'WTDC RESOLUTION 12 (Rev. Kigali, 2022)')}`;
    const doc = parse(web);
    expect(outline(doc)).toEqual(word);
    expect(doc.title?.value).toBe('Telehealth services for remote communities');
    // A header for another resolution is not merged: the second line is then the title, as before.
    const other = parse(`WTDC Resolution 13\n${WORD}`);
    expect(other.number.value).toBe('13');
  });

  it('takes the assembly from the header when no opening line names it', () => {
    const text = WORD.replace('RESOLUTION 12', 'WTDC RESOLUTION 12').replace(
      'The World Telecommunication Development Conference (Kigali, 2022),\n',
      '',
    );
    expect(outline(parse(text)).identity).toEqual(word.identity);
    expect(() =>
      parse(WORD.replace('The World Telecommunication Development Conference (Kigali, 2022),\n', '')),
    ).toThrow(expect.objectContaining({ code: 'IDENTITY_MISSING' }));
  });

  it('takes a line starting with a number for an item only where that item is due', () => {
    // A wrapped line that starts with a number, inside an item and inside an unnumbered body, stays text.
    const text = resolution('RESOLUTION 12 (Rev. Kigali, 2022)', (n, t) => `${n} ${t}`)
      .replace('of pilot projects;', '3 pilot projects per region;')
      .replace(
        'to share their experience in telehealth with ITU-D Study Group 2.',
        'to share their experience in telehealth, as set out in paragraph\n1 of the annex, with ITU-D Study Group 2.',
      );
    const doc = parse(text);
    expect(doc.sections.map((s) => [s.key, s.itemCount, s.hasBody])).toEqual(word.sections);
    expect(doc.instructions[0]?.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(doc.instructions[0]?.items[0]?.text).toMatch(/results\n3 pilot projects per region;$/);
    // Item 2 cannot follow a line that does not end a clause: "2 to …" after "…, taking into account" is text.
    const cut = resolution('RESOLUTION 12 (Rev. Kigali, 2022)', (n, t) => `${n} ${t}`).replace(
      'of pilot projects;',
      'of pilot projects and of',
    );
    expect(parse(cut).instructions[0]?.items.map((i) => i.label)).toEqual(['1']);
  });

  describe("a PDF's text, every paragraph broken at the page's width", () => {
    /** A longer resolution: a PDF's page holds many full lines, which is how its width is known. */
    const LONG = WORD.replace(
      'resolves to instruct',
      [
        'considering',
        'a)\tthat telehealth services depend on broadband networks that reach remote and rural communities, and on the skills of the health workers who use them;',
        'b)\tthat the World Health Organization (WHO) and ITU cooperate on standards for telehealth, in particular through ITU-T Study Group 16 and ITU-D Study Group 2;',
        'c)\tthat many developing countries lack national telehealth strategies that take account of the costs of connecting remote health facilities,',
        'resolves to instruct',
      ].join('\n'),
    ).replace(
      'to share their experience in telehealth with ITU-D Study Group 2.',
      'to share their experience in telehealth with ITU-D Study Group 2, and to include telehealth in their national broadband plans and in the training of health workers.',
    );
    /** The outline with the white space in item texts folded (a joined line break reads as a space). */
    const folded = (doc: ParsedResolution) => {
      const o = outline(doc);
      return {
        ...o,
        instructions: o.instructions.map((i) => ({
          ...i,
          items: i.items.map(([label, text]) => [label, text?.replace(/\s+/g, ' ')]),
        })),
      };
    };
    const reference = folded(parse(LONG));
    const WIDTHS = [40, 52, 64, 76];

    it('reads the same resolution at any width', () => {
      expect(reference.sections.map(([key]) => key)).toEqual([
        'recalling',
        'considering',
        'resolves-to-instruct-1',
        'invites-1',
      ]);
      for (const width of WIDTHS) {
        const text = wrapAtWidth(LONG, width);
        expect(wrapWidth(prepareText(text).lines)).toBeLessThanOrEqual(width);
        expect({ width, outline: folded(parse(text)) }).toEqual({ width, outline: reference });
      }
    });

    it('reads a heading on, over lines a proportional font filled unevenly, where a line ends "…, in"', () => {
      const heading = 'resolves to instruct the Director of the Telecommunication Development Bureau';
      const LONGER = LONG.replace(
        heading,
        `${heading}, in close collaboration with the Director of the Telecommunication Standardization Bureau ` +
          'and with the World Health Organization',
      );
      const expected = folded(parse(LONGER));
      expect(expected.instructions[0]?.items).toHaveLength(2);
      let openEnded = 0;
      for (const width of [64, 76, 82, 90]) {
        // Each broken line up to 10 characters short of the width, in a fixed pattern.
        const text = wrapAtWidth(LONGER, width, (n) => (n * 7) % 11);
        if (/(?:in|with|and|the)\n/.test(text)) openEnded++;
        const doc = parse(text);
        expect({ width, outline: folded(doc) }).toEqual({ width, outline: expected });
        expect(doc.instructions[0]?.collaborators.map((m) => m.entity)).toEqual([
          expect.objectContaining({ key: 'director-tsb' }),
          expect.objectContaining({ key: 'who' }),
        ]);
      }
      expect(openEnded).toBeGreaterThan(0);
    });

    it('ends a paragraph before a heading, after a line ending like an open word ("Annex A")', () => {
      const text = wrapAtWidth(
        LONG.replace(/c\)\tthat many developing countries.*/, 'c)\tthat telehealth guidelines are given in Annex A'),
        64,
      );
      expect(text).toMatch(/Annex A\nresolves to instruct/);
      expect(folded(parse(text)).sections.map(([key]) => key)).toEqual(reference.sections.map(([key]) => key));
    });

    it('finds names broken over two lines, quoting them as the document has them', () => {
      let broken = 0;
      for (const width of WIDTHS) {
        const text = wrapAtWidth(LONG, width);
        const doc = parse(text);
        expect(doc.instructions[0]?.addressees.map((m) => m.entity)).toEqual([
          expect.objectContaining({ type: 'Office', key: 'director-bdt' }),
        ]);
        for (const clause of doc.clauses) {
          for (const m of clause.mentions) {
            expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
            if (m.quote.includes('\n')) broken++;
          }
        }
      }
      expect(broken).toBeGreaterThan(0);
    });

    it('numbers each clause with the line it starts on', () => {
      const text = wrapAtWidth(LONG, 52);
      const lines = text.split('\n');
      for (const clause of parse(text).clauses) {
        // The clause's first words are on that line (after the item's label, if it has one).
        const firstWords = text.slice(clause.span[0]).split('\n')[0] ?? '';
        expect(firstWords.length).toBeGreaterThan(0);
        expect(lines[clause.line - 1]?.endsWith(firstWords)).toBe(true);
      }
    });

    it('starts item 1 after a heading whose last line is full', () => {
      const text = wrapAtWidth(LONG, 52).replace(
        /\n1 to assist/,
        ' and the\nDirector of the Radiocommunication Bureau, all\n1 to assist',
      );
      expect(text).toMatch(/Bureau, all\n1 to assist/);
      expect(parse(text).instructions[0]?.items.map((i) => i.label)).toEqual(['1', '2']);
    });

    it("reads across page breaks, leaving the page's number and running header out", () => {
      const pages = (text: string, every: number, furniture: (page: number) => string): string =>
        text
          .split('\n')
          .map((line, i) => (i > 0 && i % every === 0 ? `${line}\n${furniture(i / every + 1)}` : line))
          .join('\n');
      const styles = [
        (page: number) => `\f- ${page} -\nRes. 12`, // a form feed, the number, the running header
        (page: number) => `\n${page}\n\nResolution 12\n`, // blank lines around them; the header's own words
        // A running header that carries the page number, set apart by spaces to the right margin (a page's right
        // margin is the width its lines are broken at).
        (page: number, width: number) => `\f${'WTDC-22 – Final Report'.padEnd(width - 3)}${482 + page}`,
        // Facing pages: the number on the outer side, no other page break.
        (page: number, width: number) =>
          page % 2
            ? `\n${'PP-22'.padEnd(width - 3)}${456 + page}\n`
            : `\n${String(456 + page).padEnd(width - 5)}PP-22\n`,
      ];
      for (const width of WIDTHS) {
        for (const style of styles) {
          const text = pages(wrapAtWidth(LONG, width), 7, (page) => style(page, width));
          const doc = parse(text);
          expect({ width, outline: folded(doc) }).toEqual({ width, outline: reference });
          for (const clause of doc.clauses) {
            expect(clause.text).not.toMatch(/Res\. 12|Resolution 12|^\d+$|- \d+ -|Final Report|PP-22/m);
          }
        }
      }
    });

    it('reads a list the width broke after a comma, the next line starting with a number', () => {
      const listed = LONG.replace(
        'b)\tthe work of ITU-D Study Group 2 on telehealth,',
        'b)\tthe work of ITU-D Study Group 2 on telehealth, and Resolutions 3, 9 and 17 (Rev. Dubai, 2018) of ' +
          'the Plenipotentiary Conference, and the Sustainable Development Goals, in particular Goals 3, 9 and 17,',
      );
      const cited = (doc: ParsedResolution) =>
        doc.citations.map((c) =>
          'key' in c.entity ? c.entity.key : `${c.entity.type} ${'number' in c.entity ? c.entity.number : ''}`,
        );
      const reference = cited(parse(listed));
      expect(reference).toEqual(
        expect.arrayContaining(['sdg-3', 'sdg-9', 'sdg-17', 'ItuResolution 9', 'ItuResolution 17']),
      );
      let broken = 0;
      for (let width = 40; width <= 90; width++) {
        const text = wrapAtWidth(listed, width);
        if (!/(?:Resolutions|Goals) 3,\n9 and 17/u.test(text)) continue;
        broken++;
        expect({ width, cited: cited(parse(text)) }).toEqual({ width, cited: reference });
      }
      expect(broken).toBeGreaterThan(0);
    });

    it('keeps numbered headings that are no page furniture ("ANNEX 1", "ANNEX 2"), each a line of its own', () => {
      const annexes = [
        'ANNEX 1',
        'Member States and Sector Members are invited to share their national experience in telehealth, in ' +
          'particular in rural and remote areas of Africa and of Asia and the Pacific, with ITU-D Study Group 2.',
        'The Telecommunication Development Bureau will organize regional workshops on the planning of telehealth ' +
          'networks for the least developed countries and for small island developing States.',
        'ANNEX 2',
        'Developing countries will be assisted in drafting national telehealth strategies that take account of ' +
          'the costs of connecting remote health facilities.',
      ].join('\n');
      for (const width of WIDTHS) {
        const doc = parse(wrapAtWidth(`${LONG}${annexes}\n`, width));
        expect({ width, annexes: doc.clauses.map((c) => c.address).filter((a) => /^annex-\d+$/u.test(a)) }).toEqual({
          width,
          annexes: ['annex-1', 'annex-2'],
        });
      }
    });

    it('keeps a long history line broken over four lines apart from the title and the opening', () => {
      const history =
        '(Buenos Aires, 1994; Valletta, 1998; Istanbul, 2002; Doha, 2006; Hyderabad, 2010; Dubai, 2014; Buenos Aires, 2017; Kigali, 2022)';
      const text = LONG.replace(
        'Telehealth services for remote communities\n',
        // The title's last line is long: the history's first word would not have fit after it.
        `Telehealth services for remote and rural communities in developing countries\n${history}\n`,
      );
      const unwrapped = parse(text);
      expect(unwrapped.history.map((h) => h.year)).toEqual([1994, 1998, 2002, 2006, 2010, 2014, 2017, 2022]);
      const wrapped = wrapAtWidth(text, 40);
      const lines = wrapped.split('\n');
      expect(lines).toContain('communities in developing countries');
      expect(lines.indexOf('Kigali, 2022)') - lines.findIndex((l) => l.startsWith('(Buenos Aires'))).toBe(3);
      const doc = parse(wrapped);
      expect(doc.title?.value).toBe(unwrapped.title?.value);
      expect(doc.history).toEqual(unwrapped.history);
    });

    it("keeps a study group's number that the width pushed onto a line of its own, though two such count like pages", () => {
      // Two headings end with a number; where the width leaves each alone on its line, the two (41, 42) count up a
      // page's length apart, as page numbers would.
      const text = LONG.replace(
        'resolves to instruct the Director of the Telecommunication Development Bureau',
        'resolves to instruct the Director of the Telecommunication Development Bureau, in collaboration with ITU-D Study Groups 1 and 41',
      )
        .replace(
          '2\tto report to the next conference on the progress made,',
          [
            '2\tto help Member States assess the costs and benefits of telehealth services for remote and rural communities, including the costs of connecting health facilities and of training the health workers who use them;',
            '3\tto collect and share the experience of Member States that have deployed telehealth networks, in particular in developing countries and in small island developing States;',
            '4\tto report to the next conference on the progress made,',
          ].join('\n'),
        )
        .replace(
          'invites Member States',
          'invites Member States and Academia, in collaboration with ITU-D Study Groups 2 and 42',
        );
      const numbers = (doc: ParsedResolution) => doc.instructions.map((i) => i.collaborators.map((m) => m.entity));
      const unwrapped = parse(text);
      expect(numbers(unwrapped)).toEqual([
        [expect.objectContaining({ number: 1 }), expect.objectContaining({ number: 41 })],
        [expect.objectContaining({ number: 2 }), expect.objectContaining({ number: 42 })],
      ]);
      let alone = 0;
      for (let width = 40; width <= 100; width++) {
        const wrapped = wrapAtWidth(text, width);
        const lines = wrapped.split('\n');
        const at41 = lines.indexOf('41');
        const at42 = lines.indexOf('42');
        if (at41 < 0 || at42 - at41 < 20) continue;
        alone++;
        expect({ width, numbers: numbers(parse(wrapped)) }).toEqual({ width, numbers: numbers(unwrapped) });
      }
      expect(alone).toBeGreaterThan(0);
    });

    it('ends a heading whose last line is full where its body starts', () => {
      const heading = 'invites Member States, Sector Members, Associates and Academia';
      const text = LONG.replace('invites Member States', heading);
      // At the heading's own length, the body's first word would not have fit after it.
      const wrapped = wrapAtWidth(text, heading.length);
      expect(wrapped).toContain(`\n${heading}\nto share`);
      const invites = parse(wrapped).instructions[1];
      expect(invites?.kind).toBe('INVITES');
      expect(invites?.addressees.map((m) => m.quote)).toEqual([
        'Member States',
        'Sector Members',
        'Associates',
        'Academia',
      ]);
      expect(invites?.items.map((i) => i.text.replace(/\s+/g, ' '))).toEqual([
        'to share their experience in telehealth with ITU-D Study Group 2, and to include telehealth in their national broadband plans and in the training of health workers.',
      ]);
    });

    it('leaves a short text whose lines are paragraphs as it is, though many end near one width', () => {
      // Most lines end a clause: the lengths gather by chance, not at a page's width.
      const text = [
        'RESOLUTION 1 (Baba, 2000)',
        'Telecommunication applications for the the the',
        'The World Telecommunication Standardization Assembly (Baba, 2000),',
        'recalling',
        'a)\tthe capacity records the;',
        'b)\tinteroperability the the capacity countries improved;',
        'c)\tthe the the,',
        'requests the Director of the Telecommunication Standardization Bureau',
        'to countries the the data data digital rural training;',
        'invites Associates and Sector Members',
        '1\tto the the health the networks patients training the;',
        'invites Associates',
        '1\tto remote the importance;',
        '2\tto the the the.',
        '',
      ].join('\n');
      expect(wrapWidth(prepareText(text).lines)).toBeNull();
      expect(parse(text).sections.map((s) => [s.key, s.itemCount, s.hasBody])).toEqual([
        ['recalling', 3, false],
        ['requests-1', 0, true],
        ['invites-1', 1, false],
        ['invites-2', 2, false],
      ]);
    });

    it('leaves a text whose lines are paragraphs as it is', () => {
      expect(wrapWidth(prepareText(WORD).lines)).toBeNull();
      // The Word layout's own line break inside item 1 stays a line break.
      expect(parse(WORD).instructions[0]?.items[0]?.text).toMatch(/the results\nof pilot projects;$/);
    });
  });
});

describe('a Chinese text whose numbers are set off by spaces', () => {
  const original = readFileSync(path.join(__dirname, 'fixtures', 'zh-pp-resolution.txt'), 'utf8');
  // "第183号决议（2018年，迪拜）" as a PDF's text gives it: "第 183 号决议（2018 年，迪拜）".
  const spaced = original
    .replace(/(?<=\p{Script=Han})(\d+(?:[/.-]\d+)*)/gu, ' $1')
    .replace(/(\d)(?=\p{Script=Han})/gu, '$1 ');
  /** The outline with every entity mentioned in each clause; texts and quotes differ by the spaces only. */
  const read = (text: string) => {
    const doc = parse(text);
    const o = outline(doc);
    return {
      ...o,
      instructions: o.instructions.map((i) => ({
        ...i,
        items: i.items.map(([label, t]) => [label, t?.replace(/ /g, '')]),
      })),
      mentions: doc.clauses.map((c) => [c.address, c.mentions.map((m) => m.entity)]),
    };
  };

  it('reads the same header, history, study groups, Questions and citations as the text without the spaces', () => {
    expect(spaced).not.toEqual(original);
    expect(spaced).toContain('第 183 号决议（2018 年，迪拜');
    const expected = read(original);
    expect(expected.citations.length).toBeGreaterThan(0);
    expect(read(spaced)).toEqual(expected);
  });
});

describe('Arabic item labels', () => {
  it('reads the fifth letter drawn out by a tatweel ("هـ)") as the item after "د)"', () => {
    const items = ['أ', 'ب', 'ج', 'د', 'هـ', 'و'].map(
      (l, i) => `${l})\tالعمل ${i + 1} للجنة الدراسات 2 لقطاع تنمية الاتصالات؛`,
    );
    const doc = parse(WTDC.ar(items.join('\n')));
    const recalling = doc.clauses.filter((c) => c.role === 'item' && c.address.startsWith('preamble/'));
    expect(recalling.map((c) => c.label)).toEqual(['أ', 'ب', 'ج', 'د', 'ه', 'و']);
    expect(recalling[4]?.text).toMatch(/العمل 5/u);
    expect(recalling[3]?.text).not.toMatch(/العمل 5/u);
    expect(doc.diagnostics.map((d) => d.code)).toEqual([]);
  });
});

describe('a Chinese text taken from a PDF', () => {
  const TEXT = [
    '第65号决议（2022年，基加利，修订版）',
    '人人享有远程医疗服务',
    '世界电信发展大会（2022年，基加利），',
    '考虑到',
    'a)\t远程医疗服务依赖于能够覆盖偏远和农村社区的宽带网络，也依赖于使用这些网络的卫生工作者的技能；',
    'b)\t世界卫生组织（世卫组织）与国际电联在远程医疗标准方面开展合作，特别是通过ITU-T第16研究组和ITU-D第2研究组；',
    'c)\t许多发展中国家缺乏国家远程医疗战略，这些战略应考虑到连接偏远卫生设施的成本，',
    '做出决议',
    '1\t继续推动国际电联三个部门之间在远程医疗方面的协调，并与世卫组织密切合作开展相关工作；',
    '2\t支持成员国制定国家远程医疗战略，并将远程医疗纳入国家宽带计划和卫生工作者培训之中，',
    '责成电信发展局主任',
    '1\t继续协助各成员国，特别是发展中国家，在现有资源范围内制定远程医疗战略并开展能力建设；',
    '2\t促进与世卫组织、世界银行和联合国开发计划署（UNDP）的合作，以调动资源支持远程医疗项目。',
  ].join('\n');
  /** Every line cut after `width` characters, its tab printed as a space, and page furniture every `every` lines. */
  const asPdf = (width: number, every: number): string => {
    const lines = TEXT.replace(/\t/g, ' ')
      .split('\n')
      .flatMap((line) => line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []);
    return lines.map((l, i) => (i > 0 && i % every === 0 ? `${l}\n\n${i / every}\n第 65 号决议\n` : l)).join('\n');
  };
  const outline = (doc: ParsedResolution) => doc.instructions.map((i) => [i.address, i.items.map((x) => x.label)]);

  it.each([30, 36])('reads its items, and leaves the page numbers and running header out (width %i)', (width) => {
    const reference = parse(TEXT);
    const text = asPdf(width, 6);
    expect(text).toMatch(/\n1 继续/u);
    const doc = parse(text);
    expect(outline(doc)).toEqual(outline(reference));
    expect(outline(doc)).toEqual([
      ['resolves-1', ['1', '2']],
      ['instructs-1', ['1', '2']],
    ]);
    for (const clause of doc.clauses) expect(clause.text).not.toMatch(/^\d+$|第 65 号决议/mu);
    expect(doc.diagnostics.map((d) => d.code)).toEqual([]);
  });
});

describe('an Arabic text whose item numbers are followed by spaces', () => {
  it('does not take a list the width broke ("9 و17") for an item', () => {
    const text = [
      'القرار 65 (المراجَع في كيغالي، 2022)',
      'تحسين النفاذ إلى خدمات الرعاية الصحية باستعمال تكنولوجيا المعلومات والاتصالات',
      'إن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،',
      'إذ يذكّر',
      'أ )\tبالقرار 183 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين بشأن تطبيقات الاتصالات وتكنولوجيا المعلومات والاتصالات في مجال الصحة الإلكترونية؛',
      'ب )\tبالأعمال الجارية في لجنتي الدراسات 1 و2 لقطاع تنمية الاتصالات بشأن الصحة الإلكترونية وفي إطار المسألة 2/2 المتعلقة بالصحة الإلكترونية؛',
      'ج )\tبأهداف التنمية المستدامة، ولا سيما الأهداف 3، 9 و17، وبالقرارات 3، 9 و17 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين،',
      'يقرر أن يكلف مدير مكتب تنمية الاتصالات، بالتعاون الوثيق مع مديري المكتبين الآخرين',
      '1\tبمواصلة مساعدة الدول الأعضاء في وضع استراتيجيات وطنية للصحة الإلكترونية وتنفيذها بالتعاون مع منظمة الصحة العالمية؛',
      '2\tبتعزيز التعاون مع منظمة الصحة العالمية والاتحاد الدولي للاتصالات في إطار لجنتي الدراسات 1 و2 لقطاع تنمية الاتصالات،',
      'يدعو الدول الأعضاء وأعضاء القطاعات',
      'إلى المشاركة بنشاط في أعمال لجنة الدراسات 2 لقطاع تنمية الاتصالات.',
    ].join('\n');
    let broken = 0;
    for (let width = 30; width <= 60; width++) {
      const wrapped = wrapAtWidth(text, width);
      if (!/،\n\d و\d/u.test(wrapped)) continue;
      broken++;
      const doc = parse(wrapped);
      const numbers = doc.citations.flatMap((c) => (c.entity.type === 'ItuResolution' ? [c.entity.number] : []));
      expect({ width, numbers }).toEqual({ width, numbers: ['183', '3', '9', '17'] });
      // "لجنتي الدراسات 1 و2" twice, "لجنة الدراسات 2" once.
      const groups = doc.clauses.flatMap((c) => c.mentions).filter((m) => m.entity.type === 'StudyGroup');
      expect(groups.length).toBe(5);
    }
    expect(broken).toBeGreaterThan(0);
  });

  it('reads them as items where they are due', () => {
    const text = WTDC.ar('أ )\tالقرار 7؛', '2 تقديم تقرير إلى المجلس.')
      .replace('يقرر\nمواصلة هذا العمل.', 'يقرر\n1 مواصلة هذا العمل؛\n2 تعزيز التعاون مع منظمة الصحة العالمية؛')
      .replace('2 تقديم', 'يكلف مدير مكتب تنمية الاتصالات\n1 دعم الدول الأعضاء؛\n2 تقديم');
    const doc = parse(text);
    expect(doc.instructions.map((i) => [i.address, i.items.map((x) => x.label)])).toEqual([
      ['resolves-1', ['1', '2']],
      ['instructs-1', ['1', '2']],
    ]);
  });
});

describe('item labels written with white space', () => {
  it('reads "1 bis" and "a\u00A0bis" as the labels "1bis" and "abis", the plain ones as written', () => {
    const doc = parseLines([
      ...WTDC_HEAD,
      'recalling',
      'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
      'a\u00A0bis)\tthe work of ITU-D Study Group 2 on telehealth,',
      'resolves',
      '1\tto continue the work on telehealth;',
      '1 bis\tto report on the progress made;',
      '2\tto report again.',
    ]);
    expect(doc.clauses.filter((c) => c.role === 'item').map((c) => c.label)).toEqual(['a', 'abis', '1', '1bis', '2']);
  });
});
