/**
 * Pages about ITU groups written for loader tests: parsing one, and reading its entities and relations as an analyst
 * reads them.
 */
import { parseDocument } from '../../loaders';
import type { EntityRef, ManifestEntry, ParsedGroupPage } from '../../loaders';

/** Parses a text that must be read as a group page. */
export function parsePage(text: string, manifest?: ManifestEntry): ParsedGroupPage {
  const doc = parseDocument({ file: 'page.txt', content: Buffer.from(text, 'utf8'), manifest });
  if (doc.kind !== 'group-page') throw new Error(`expected a group page, got ${doc.kind}`);
  return doc;
}

/** A page: its title line, then one paragraph per sentence given. */
export const pageOf = (title: string, ...paragraphs: string[]): ParsedGroupPage =>
  parsePage([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));

/** An entity as an analyst reads it: "FG-AI4H", "ITU-T SG16"; any other by its type. */
export function entityLabel(e: EntityRef | null): string {
  if (!e) return 'nobody';
  if (e.type === 'StudyGroup') return `${e.sector} SG${e.number}`;
  if (e.type === 'Organization') return e.acronym ?? e.name;
  return e.type;
}

/** An entity with Questions and keyed entities told apart: "ITU-T Q1/20", "member-states". */
export function entityKeyLabel(e: EntityRef | null): string {
  if (!e) return 'nobody';
  switch (e.type) {
    case 'StudyGroup':
      return `${e.sector} SG${e.number}`;
    case 'Question':
      return `${e.sector} Q${e.code ?? e.title ?? '?'}`;
    case 'Organization':
      return e.acronym ?? e.name;
    default:
      return 'key' in e ? e.key : e.type;
  }
}

/** A page's relations but its Questions' STUDIED_BY, as "FROM TYPE TO". */
export const pageRelations = (doc: ParsedGroupPage): string[] =>
  doc.relations
    .filter((r) => r.type !== 'STUDIED_BY')
    .map((r) => `${entityLabel(r.from)} ${r.type} ${entityLabel(r.to)}`);
