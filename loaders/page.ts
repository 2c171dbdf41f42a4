/**
 * Pages about ITU groups (a focus group's or study group's web page): every paragraph is a clause; the page's
 * subject is the group it names most often; relationships come from the lexicon's relation patterns.
 */
import type { EntityRef, Mention } from './types';

/** Entities a page can be about. */
export function isGroupEntity(e: EntityRef): boolean {
  return e.type === 'StudyGroup' || (e.type === 'Organization' && (e.kind === 'itu-group' || e.kind === 'initiative'));
}

function keyOf(e: EntityRef): string {
  return JSON.stringify(e);
}

/**
 * The group most often named on the page (the earliest among equals), or null. Groups the page names as another
 * group's parent (`parents`: "… reports to Study Group 16") come last: a page names its subject's parent often,
 * and is seldom about it.
 */
export function pageSubject(mentions: readonly Mention[], parents: readonly EntityRef[] = []): EntityRef | null {
  const parent = new Set(parents.map(keyOf));
  const counts = new Map<string, { entity: EntityRef; count: number; first: number }>();
  for (const m of mentions) {
    if (!isGroupEntity(m.entity)) continue;
    const k = keyOf(m.entity);
    const c = counts.get(k);
    if (c) c.count++;
    else counts.set(k, { entity: m.entity, count: 1, first: m.span[0] });
  }
  const isParent = (e: EntityRef): number => (parent.has(keyOf(e)) ? 1 : 0);
  const ranked = [...counts.values()].sort(
    (a, b) => isParent(a.entity) - isParent(b.entity) || b.count - a.count || a.first - b.first,
  );
  return ranked[0]?.entity ?? null;
}
