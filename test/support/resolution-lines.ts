/**
 * Resolution texts for the loaders' tests, as lines: parsed as a resolution (anything else fails the test), or
 * taken from the fixtures (`loaders/fixtures/`) to start a text written for a test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../loaders';
import type { ManifestEntry, ParsedInstruction, ParsedPart, ParsedResolution } from '../../loaders';

/** The identity of a WTDC resolution written for the tests: header, title and opening. */
export const WTDC_HEAD: readonly string[] = [
  'RESOLUTION 40 (Rev. Kigali, 2022)',
  'Digital health services for remote communities',
  'The World Telecommunication Development Conference (Kigali, 2022),',
];

/** {@link WTDC_HEAD} and a preamble of two lettered items, for tests of the operative part. */
export const WTDC_PREAMBLE: readonly string[] = [
  ...WTDC_HEAD,
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
  'b)\tthe work of ITU-D Study Group 2 on telehealth,',
];

/** A WTDC resolution's opening and its instruction's first items, up to an item that ends with a comma. */
export const WTDC_65_START: readonly string[] = [
  'RESOLUTION 65 (Rev. Buenos Aires, 2017)',
  'Improving access to health-care services by using ICTs',
  'The World Telecommunication Development Conference (Buenos Aires, 2017),',
  'instructs the Director of the Telecommunication Development Bureau',
  '1\tto assist Member States in developing national e-health strategies;',
  '2\tto organize regional workshops on e-health,',
];

/** Lines as a file's content (UTF-8, each line ended), for `parseDocuments`. */
export const fileOfLines = (...lines: string[]): Buffer => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

/** The resolutions `parseDocuments` read from a file, in order (failed parts and pages left out). */
export const resolutionsOf = (parts: readonly ParsedPart[]): ParsedResolution[] =>
  parts.flatMap((p) => (p.ok && p.document.kind === 'resolution' ? [p.document] : []));

/** A document's instructions, each as its kind and address ("INVITES resolves-to-invite-1"). */
export const instructionAddresses = (doc: ParsedResolution): string[] =>
  doc.instructions.map((i) => `${i.kind} ${i.address}`);

/** The lines as one text, parsed; throws unless it is a resolution. */
export function parseLines(lines: readonly string[], manifest?: ManifestEntry): ParsedResolution {
  const content = Buffer.from([...lines, ''].join('\n'), 'utf8');
  const doc = parseDocument({ file: 'test.txt', content, ...(manifest ? { manifest } : {}) });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
}

/** A fixture's lines. */
export function fixtureLines(file: string): string[] {
  return readFileSync(path.join(__dirname, '..', '..', 'loaders', 'fixtures', file), 'utf8').split('\n');
}

/** A fixture's lines before the first that `first` matches (its first operative heading, say). */
export function fixtureBefore(file: string, first: RegExp): string[] {
  const lines = fixtureLines(file);
  const at = lines.findIndex((l) => first.test(l));
  if (at < 0) throw new Error(`${file}: no line matches ${String(first)}`);
  return lines.slice(0, at);
}

/** An instruction's addressees or collaborators as keys (or types, for entities without one), sorted. */
export function partyKeys(i: ParsedInstruction | undefined, side: 'addressees' | 'collaborators'): string[] {
  return (i?.[side] ?? []).map((m) => ('key' in m.entity ? m.entity.key : m.entity.type)).sort();
}

/** The Arabic fixture's preamble, then a resolves section of two items: lines under test follow it. */
export function arabicStart(): string[] {
  return [
    ...fixtureBefore('ar-resolution.txt', /^تقرر/),
    'تقرر',
    '1\tأن تواصل العمل في مجال الصحة الإلكترونية؛',
    '2\tأن تقدم تقريراً عن التقدم المحرز،',
  ];
}

/** The first instruction of a kind: its addressees and collaborators (see {@link partyKeys}) and item texts. */
export function instructionParts(doc: ParsedResolution, kind: string): [string[], string[], string[] | undefined] {
  const i = doc.instructions.find((x) => x.kind === kind);
  return [partyKeys(i, 'addressees'), partyKeys(i, 'collaborators'), i?.items.map((x) => x.text)];
}
