/**
 * The corpus manifest (`manifest.json` beside the documents): facts a text does not state about itself, keyed by
 * file name. Validated strictly; a bad manifest is a typed error naming the entry and field.
 */
import { LoaderError } from './errors';
import type { AssemblyBody } from './lexicon';
import type { Language, ManifestEntry } from './types';

export const MANIFEST_FILE = 'manifest.json';

const BODIES: readonly AssemblyBody[] = ['WTSA', 'PP', 'WTDC', 'RA', 'COUNCIL', 'WCIT', 'WRC'];
const LANGUAGES: readonly Language[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses and validates a manifest's text. */
export function parseManifest(text: string, file = MANIFEST_FILE): ReadonlyMap<string, ManifestEntry> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const at = /position (\d+)/.exec(String(cause))?.[1];
    const pos = lineColumn(text, at ? Number(at) : 0);
    throw new LoaderError({
      code: 'MANIFEST_INVALID',
      file,
      ...pos,
      expected: 'valid JSON',
      found: String((cause as Error).message),
      cause,
    });
  }
  const fail = (keys: readonly string[], expected: string, found: unknown): never => {
    // Point at the offending key: each key of its path is looked for after the one before (file names hold dots,
    // and the same key appears in every entry).
    let offset = 0;
    for (const key of keys) {
      const at = text.indexOf(JSON.stringify(key), offset);
      if (at < 0) break;
      offset = at;
    }
    throw new LoaderError({
      code: 'MANIFEST_INVALID',
      file,
      ...lineColumn(text, offset),
      expected: `${keys.length ? keys.join('.') : 'the manifest'} to be ${expected}`,
      found: JSON.stringify(found) ?? 'nothing',
    });
  };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(json)) return fail([], 'an object', json);
  const documents = json.documents ?? {};
  if (!isObject(documents)) return fail(['documents'], 'an object keyed by file name', documents);
  const out = new Map<string, ManifestEntry>();
  for (const [name, raw] of Object.entries(documents)) {
    if (!isObject(raw)) fail(['documents', name], 'an object', raw);
    const entry = raw as Record<string, unknown>;
    const res = entry.resolution;
    const ver = entry.version;
    if (entry.kind !== undefined && entry.kind !== 'resolution' && entry.kind !== 'group-page') {
      fail(['documents', name, 'kind'], '"resolution" or "group-page"', entry.kind);
    }
    if (entry.language !== undefined && !LANGUAGES.includes(entry.language as Language)) {
      fail(['documents', name, 'language'], `one of ${LANGUAGES.join(', ')}`, entry.language);
    }
    if (res !== undefined) {
      if (!isObject(res)) fail(['documents', name, 'resolution'], 'an object', res);
      const r = res as Record<string, unknown>;
      if (r.body !== undefined && !BODIES.includes(r.body as AssemblyBody))
        fail(['documents', name, 'resolution', 'body'], `one of ${BODIES.join(', ')}`, r.body);
      if (r.number !== undefined && (typeof r.number !== 'string' || !/^\d{1,4}[A-Z]?$/.test(r.number))) {
        fail(['documents', name, 'resolution', 'number'], 'a resolution number as a string, e.g. "78"', r.number);
      }
      if (r.title !== undefined && typeof r.title !== 'string')
        fail(['documents', name, 'resolution', 'title'], 'a string', r.title);
      if (r.series !== undefined && r.series !== 'resolution' && r.series !== 'decision')
        fail(['documents', name, 'resolution', 'series'], '"resolution" or "decision"', r.series);
    }
    if (ver !== undefined) {
      if (!isObject(ver)) fail(['documents', name, 'version'], 'an object', ver);
      const v = ver as Record<string, unknown>;
      if (
        v.year !== undefined &&
        (typeof v.year !== 'number' || !Number.isInteger(v.year) || v.year < 1865 || v.year > 2100)
      ) {
        fail(['documents', name, 'version', 'year'], 'a year', v.year);
      }
      if (v.place !== undefined && typeof v.place !== 'string')
        fail(['documents', name, 'version', 'place'], 'a string', v.place);
    }
    out.set(name, entry as ManifestEntry);
  }
  return out;
}
