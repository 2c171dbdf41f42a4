/**
 * Property-based tests: ITU-style resolutions built from generated parts (header, title, history line, opening,
 * a random choice and order of preamble sections with lettered items, operative sections naming study groups,
 * offices and stakeholders with numbered items or a body) parse to exactly what was generated; and changing only
 * the numbers in a text changes only the numbers in its graph.
 */
import fc from 'fast-check';
import { buildDocumentGraph } from '../graph';
import { LEXICONS, parseDocument } from '../loaders';
import type { Mention, ParsedResolution } from '../loaders';
import { wrapAtWidth } from './support/pdf-text';

const en = LEXICONS.find((l) => l.language === 'en');
if (!en) throw new Error('no English lexicon');

// ---------------------------------------------------------------------------------------------------------------
// Generators.

/** Plain words that name no entity, section or citation. */
const WORDS = [
  'the',
  'importance',
  'of',
  'digital',
  'health',
  'services',
  'for',
  'rural',
  'and',
  'remote',
  'areas',
  'standards',
  'interoperability',
  'data',
  'privacy',
  'patients',
  'care',
  'systems',
  'developing',
  'countries',
  'ongoing',
  'secure',
  'access',
  'improved',
  'networks',
  'telemedicine',
  'records',
  'training',
  'capacity',
];
const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((ws) => ws.join(' '));

const REAL_PLACES = ['Dubai', 'Hammamet', 'Geneva', 'New Delhi', 'Busan', 'Johannesburg', 'Buenos Aires', 'Kigali'];
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Places no lexicon knows: one or two invented words. */
const inventedPlace = fc
  .array(
    fc
      .array(fc.constantFrom('ba', 'ka', 'lo', 'mi', 'ne', 'ra', 'su', 'ti', 'vo', 'ze', 'dor', 'len', 'mar'), {
        minLength: 2,
        maxLength: 4,
      })
      .map((s) => capitalised(s.join(''))),
    { minLength: 1, maxLength: 2 },
  )
  .chain((ws) => fc.constantFrom(' ', '-').map((sep) => ws.join(sep)));
const place = fc.oneof(fc.constantFrom(...REAL_PLACES), inventedPlace);

/**
 * The size of a resolution: its items' length in words (`min`–`max`), and how many preamble and operative
 * sections it has at least.
 */
interface Lengths {
  readonly min: number;
  readonly max: number;
  readonly sections: number;
}
/** Any resolution, down to one short item under each of two headings. */
const SHORT: Lengths = { min: 3, max: 12, sections: 1 };
/** The size of a real resolution: several sections, items from a line to a paragraph. */
const REAL: Lengths = { min: 10, max: 40, sections: 2 };

/** A random choice and order of English preamble sections, one of each kind's phrases as heading, 1–5 items. */
const preamble = (length: Lengths) =>
  fc.shuffledSubarray([...en.preamble], { minLength: length.sections, maxLength: 6 }).chain((kinds) =>
    fc.tuple(
      ...kinds.map((k) =>
        fc.record({
          key: fc.constant(k.key),
          phrase: fc.constantFrom(...k.phrases),
          items: fc.array(words(length.min, length.max), { minLength: 1, maxLength: 5 }),
        }),
      ),
    ),
  );

const STAKEHOLDERS = [
  ['Member States', 'member-states'],
  ['Sector Members', 'sector-members'],
  ['Associates', 'associates'],
  ['Academia', 'academia'],
] as const;
const OFFICES = [
  ['the Director of the Telecommunication Standardization Bureau', 'director-tsb'],
  ['the Director of the Telecommunication Development Bureau', 'director-bdt'],
  ['the Secretary-General', 'secretary-general'],
] as const;

/** An operative section as generated: its heading, its items or body, and what the parse must find in it. */
interface Operative {
  readonly marker: 'instructs' | 'invites' | 'encourages' | 'requests' | 'resolves';
  readonly kind: string;
  readonly heading: string;
  readonly items: readonly string[];
  readonly body: string | null;
  readonly addressees: readonly string[];
  readonly collaborators: readonly string[];
}

/** "Study Group 5", "Study Groups 5 and 7", "Study Groups 5, 7 and 9", "Study Groups 5, 7, and 9". */
const groups = (numbers: readonly number[], oxford: boolean): string => {
  if (numbers.length === 1) return `Study Group ${numbers[0]}`;
  const last = numbers.at(-1);
  return `Study Groups ${numbers.slice(0, -1).join(', ')}${oxford && numbers.length > 2 ? ',' : ''} and ${last}`;
};
const joinNames = (names: readonly string[]): string =>
  names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const items = (length: Lengths) => fc.array(words(length.min, length.max), { minLength: 1, maxLength: 7 });

/** The shape of an operative section, without its study-group numbers (those are filled in later). */
type OperativeShape =
  | { readonly marker: 'instructs'; addressees: number; collaborators: number; collab: string; oxford: boolean }
  | { readonly marker: 'invites' | 'encourages'; readonly who: readonly (typeof STAKEHOLDERS)[number][] }
  | { readonly marker: 'requests'; readonly who: (typeof OFFICES)[number] }
  | { readonly marker: 'resolves' };

const operativeShape = (length: Lengths): fc.Arbitrary<{ shape: OperativeShape; items: string[]; body: boolean }> =>
  fc.oneof(
    fc.record({
      shape: fc.record({
        marker: fc.constant('instructs' as const),
        addressees: fc.integer({ min: 1, max: 3 }),
        collaborators: fc.integer({ min: 1, max: 2 }),
        collab: fc.constantFrom(...en.collaboration.map((c) => c.phrase)),
        oxford: fc.boolean(),
      }),
      items: items(length),
      body: fc.constant(false),
    }),
    fc.record({
      shape: fc.record({
        marker: fc.constantFrom('invites' as const, 'encourages' as const),
        who: fc.shuffledSubarray([...STAKEHOLDERS], { minLength: 1 }),
      }),
      items: items(length),
      body: fc.boolean(),
    }),
    fc.record({
      shape: fc.record({ marker: fc.constant('requests' as const), who: fc.constantFrom(...OFFICES) }),
      items: items(length),
      body: fc.boolean(),
    }),
    fc.record({
      shape: fc.record({ marker: fc.constant('resolves' as const) }),
      items: items(length),
      body: fc.constant(false),
    }),
  );

const KIND = { instructs: 'INSTRUCTS', invites: 'INVITES', encourages: 'ENCOURAGES', requests: 'REQUESTS' } as const;

/** Fills in study-group numbers, taking them in order from `numbers`. */
function operative(
  s: { shape: OperativeShape; items: string[]; body: boolean },
  numbers: readonly number[],
): { section: Operative; used: number } {
  const shape = s.shape;
  const withItems = { items: s.body ? [] : s.items, body: s.body ? (s.items[0] ?? 'the work') : null };
  switch (shape.marker) {
    case 'instructs': {
      const to = numbers.slice(0, shape.addressees);
      const withGroups = numbers.slice(shape.addressees, shape.addressees + shape.collaborators);
      const heading =
        `instructs ${groups(to, shape.oxford)} of the ITU Telecommunication Standardization Sector, ` +
        `${shape.collab} ${groups(withGroups, shape.oxford)}`;
      return {
        section: {
          marker: 'instructs',
          kind: 'INSTRUCTS',
          heading,
          ...withItems,
          addressees: to.map((n) => `sg:${n}`),
          collaborators: withGroups.map((n) => `sg:${n}`),
        },
        used: to.length + withGroups.length,
      };
    }
    case 'invites':
    case 'encourages':
      return {
        section: {
          marker: shape.marker,
          kind: KIND[shape.marker],
          heading: `${shape.marker} ${joinNames(shape.who.map(([name]) => name))}`,
          ...withItems,
          addressees: shape.who.map(([, key]) => `Stakeholder:${key}`),
          collaborators: [],
        },
        used: 0,
      };
    case 'requests':
      return {
        section: {
          marker: 'requests',
          kind: 'REQUESTS',
          heading: `requests ${shape.who[0]}`,
          ...withItems,
          addressees: [`Office:${shape.who[1]}`],
          collaborators: [],
        },
        used: 0,
      };
    case 'resolves':
      return {
        section: {
          marker: 'resolves',
          kind: 'RESOLVES',
          heading: 'resolves',
          ...withItems,
          addressees: [],
          collaborators: [],
        },
        used: 0,
      };
  }
}

interface Numbers {
  readonly resolution: number;
  readonly year: number;
  /** Study-group numbers, all different, used in order by the operative sections. */
  readonly groups: readonly number[];
}

interface Spec {
  readonly place: string;
  readonly revised: boolean;
  readonly title: string;
  readonly history: readonly { readonly place: string; readonly year: number }[];
  readonly preamble: readonly { readonly key: string; readonly phrase: string; readonly items: readonly string[] }[];
  readonly operative: readonly { shape: OperativeShape; items: string[]; body: boolean }[];
}

/** A resolution whose items have `length` words. */
const specOf = (length: Lengths): fc.Arbitrary<Spec> =>
  fc.record({
    place,
    revised: fc.boolean(),
    title: words(3, 10).map((t) => `Telecommunication applications for ${t}`),
    // Earlier versions, all before any year the numbers below can take.
    history: fc.uniqueArray(fc.record({ place, year: fc.integer({ min: 1988, max: 1999 }) }), {
      maxLength: 3,
      selector: (h) => h.year,
    }),
    preamble: preamble(length),
    operative: fc.array(operativeShape(length), { minLength: length.sections, maxLength: 4 }),
  });
const spec = specOf(SHORT);

const MAX_GROUPS = 4 * 5;
const numbers: fc.Arbitrary<Numbers> = fc.record({
  resolution: fc.integer({ min: 1, max: 999 }),
  year: fc.integer({ min: 2000, max: 2030 }),
  groups: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: MAX_GROUPS, maxLength: MAX_GROUPS }),
});

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The resolution's text, and the operative sections as filled in. */
function resolutionText(s: Spec, n: Numbers): { text: string; operative: Operative[] } {
  let used = 0;
  const ops = s.operative.map((o) => {
    const r = operative(o, n.groups.slice(used));
    used += r.used;
    return r.section;
  });
  const lines: string[] = [`RESOLUTION ${n.resolution} (${s.revised ? 'Rev. ' : ''}${s.place}, ${n.year})`, s.title];
  if (s.history.length) {
    const entries = [...[...s.history].sort((a, b) => a.year - b.year), { place: s.place, year: n.year }];
    lines.push(`(${entries.map((h) => `${h.place}, ${h.year}`).join('; ')})`);
  }
  lines.push(`The World Telecommunication Standardization Assembly (${s.place}, ${n.year}),`);
  for (const p of s.preamble) {
    lines.push(p.phrase);
    p.items.forEach((item, i) => lines.push(`${LETTERS[i]})\t${item}${i === p.items.length - 1 ? ',' : ';'}`));
  }
  ops.forEach((o, k) => {
    const end = k === ops.length - 1 ? '.' : ';';
    lines.push(o.heading);
    if (o.body !== null) lines.push(`to ${o.body}${end}`);
    o.items.forEach((item, i) => lines.push(`${i + 1}\tto ${item}${i === o.items.length - 1 ? end : ';'}`));
  });
  return { text: `${lines.join('\n')}\n`, operative: ops };
}

const parse = (text: string): ParsedResolution => {
  const doc = parseDocument({ file: 'generated.txt', content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`parsed as ${doc.kind}`);
  return doc;
};

const party = (m: Mention): string => {
  const e = m.entity;
  if (e.type === 'StudyGroup') return e.sector === 'ITU-T' ? `sg:${e.number}` : `sg:${e.sector}:${e.number}`;
  return 'key' in e ? `${e.type}:${e.key}` : e.type;
};

const RUNS = { numRuns: Number(process.env.PROP_RUNS ?? 100) };

// ---------------------------------------------------------------------------------------------------------------

describe('a generated resolution parses to what was generated', () => {
  it('identity: number, year, place, revision and history', () => {
    fc.assert(
      fc.property(spec, numbers, (s, n) => {
        const doc = parse(resolutionText(s, n).text);
        expect(doc.language).toBe('en');
        expect(doc.body).toEqual({ value: 'WTSA', source: 'text' });
        expect(doc.number).toEqual({ value: String(n.resolution), source: 'text' });
        expect(doc.year).toEqual({ value: n.year, source: 'text' });
        expect(doc.place).toEqual({ value: s.place, source: 'text' });
        expect(doc.revisionLabel).toBe(`${s.revised ? 'Rev. ' : ''}${s.place}, ${n.year}`);
        expect(doc.title?.value).toBe(s.title);
        const history = s.history.length
          ? [...[...s.history].sort((a, b) => a.year - b.year), { place: s.place, year: n.year }]
          : [{ place: s.place, year: n.year }];
        expect(doc.history).toEqual(history);
      }),
      RUNS,
    );
  });

  it('sections in the generated order, with the generated item counts', () => {
    fc.assert(
      fc.property(spec, numbers, (s, n) => {
        const { text, operative: ops } = resolutionText(s, n);
        const doc = parse(text);
        const ordinal = new Map<string, number>();
        const expected = [
          ...s.preamble.map((p) => [p.key, 'preamble', p.items.length, false]),
          ...ops.map((o) => {
            const k = (ordinal.get(o.marker) ?? 0) + 1;
            ordinal.set(o.marker, k);
            return [`${o.marker}-${k}`, 'operative', o.items.length, o.body !== null];
          }),
        ];
        expect(doc.sections.map((x) => [x.key, x.part, x.itemCount, x.hasBody])).toEqual(expected);
        expect(doc.diagnostics).toEqual([]);
      }),
      RUNS,
    );
  });

  it('each instruction with its kind, addressees, collaborators and items', () => {
    fc.assert(
      fc.property(spec, numbers, (s, n) => {
        const { text, operative: ops } = resolutionText(s, n);
        const doc = parse(text);
        expect(
          doc.instructions.map((i) => ({
            kind: i.kind,
            addressees: i.addressees.map(party),
            collaborators: i.collaborators.map(party),
            items: i.items.map((x) => x.text),
          })),
        ).toEqual(
          ops.map((o, k) => {
            const end = k === ops.length - 1 ? '.' : ';';
            return {
              kind: o.kind,
              addressees: o.addressees,
              collaborators: o.collaborators,
              items:
                o.body !== null
                  ? [`to ${o.body}${end}`]
                  : o.items.map((item, i) => `to ${item}${i === o.items.length - 1 ? end : ';'}`),
            };
          }),
        );
      }),
      RUNS,
    );
  });
});

describe("a generated resolution taken from a PDF, its lines broken at the page's width", () => {
  it('reads the same sections, instructions and items as the text whose lines are paragraphs', () => {
    const outline = (doc: ParsedResolution) => ({
      identity: [doc.number.value, doc.year.value, doc.place.value, doc.revisionLabel, doc.title?.value],
      history: doc.history,
      sections: doc.sections.map((x) => [x.key, x.itemCount, x.hasBody]),
      instructions: doc.instructions.map((i) => ({
        kind: i.kind,
        addressees: i.addressees.map(party),
        collaborators: i.collaborators.map(party),
        items: i.items.map((x) => [x.label, x.text.replace(/\s+/g, ' ')]),
      })),
      diagnostics: doc.diagnostics,
    });
    fc.assert(
      fc.property(specOf(REAL), numbers, fc.integer({ min: 40, max: 100 }), (s, n, width) => {
        const { text } = resolutionText(s, n);
        expect(outline(parse(wrapAtWidth(text, width)))).toEqual(outline(parse(text)));
      }),
      RUNS,
    );
  });
});

describe('numbers are only numbers', () => {
  const digitless = (id: string): string => id.replace(/\d+/g, '#');

  it('changing only the numbers of a text changes only the numbers in its graph', () => {
    fc.assert(
      fc.property(spec, numbers, numbers, (s, a, b) => {
        const ga = buildDocumentGraph(parse(resolutionText(s, a).text));
        const gb = buildDocumentGraph(parse(resolutionText(s, b).text));
        // The same nodes and edges, once numbers are blanked out ...
        expect(gb.nodes.map((x) => digitless(x.id)).sort()).toEqual(ga.nodes.map((x) => digitless(x.id)).sort());
        const edges = (g: typeof ga): string[] =>
          g.edges.map((e) => `${e.type} ${digitless(e.from)} ${digitless(e.to)}`).sort();
        expect(edges(gb)).toEqual(edges(ga));
        // ... the ids without numbers are the very same ...
        const plain = (g: typeof ga): string[] => g.nodes.map((x) => x.id).filter((id) => !/\d/.test(id));
        expect(plain(gb).sort()).toEqual(plain(ga).sort());
        // ... and the numbered ones carry the new numbers.
        for (const [g, n] of [
          [ga, a],
          [gb, b],
        ] as const) {
          const ids = new Set(g.nodes.map((x) => x.id));
          expect(ids.has(`resolution:wtsa-${n.resolution}`)).toBe(true);
          expect(ids.has(`version:wtsa-${n.resolution}:${n.year}`)).toBe(true);
          expect(g.document.id).toBe(`document:wtsa-${n.resolution}:${n.year}:en`);
          const groupsUsed = resolutionText(s, n)
            .operative.flatMap((o) => [...o.addressees, ...o.collaborators])
            .filter((p) => p.startsWith('sg:'))
            .map((p) => `sg:itu-t:${p.slice(3)}`)
            .sort();
          expect([...ids].filter((id) => id.startsWith('sg:')).sort()).toEqual([...new Set(groupsUsed)].sort());
        }
      }),
      RUNS,
    );
  });
});
