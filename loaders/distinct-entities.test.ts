/**
 * An instruction's addressees and collaborators name each entity once (`distinctEntities`): the first mention of
 * each entity as it serialises, told apart by type and key before serialising. The same as comparing serialised.
 */
import fc from 'fast-check';
import { distinctEntities } from './parse';
import type { EntityRef, Mention } from './types';

/** Entities that share types, keys or numbers, and some that are equal but not the same object. */
const ENTITY_POOL: readonly EntityRef[] = [
  { type: 'Organization', key: 'who', name: 'World Health Organization', acronym: 'WHO', kind: 'un-agency' },
  { type: 'Organization', key: 'who', name: 'World Health Organization', acronym: 'WHO', kind: 'un-agency' },
  { type: 'Organization', key: 'who', name: 'WHO', acronym: null, kind: 'un-agency' },
  { type: 'Organization', key: 'itu', name: 'International Telecommunication Union', acronym: 'ITU', kind: 'itu' },
  { type: 'Office', key: 'who', name: 'World Health Organization' },
  { type: 'Office', key: 'tsb-director', name: 'Director of TSB' },
  { type: 'Stakeholder', key: 'member-states', name: 'Member States' },
  { type: 'StudyGroup', sector: 'ITU-T', number: 16 },
  { type: 'StudyGroup', sector: 'ITU-T', number: 16 },
  { type: 'StudyGroup', sector: 'ITU-D', number: 16 },
  { type: 'StudyGroup', sector: 'ITU-T', number: 2 },
];

const mentionOf = (entity: EntityRef, at: number): Mention => ({
  entity,
  clause: 'operative/instructs',
  span: [at, at + 3],
  quote: 'xyz',
});

/** The plain reading: the first mention of each serialised entity. */
function reference(ms: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = JSON.stringify(m.entity);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

describe('distinctEntities', () => {
  it('keeps the first mention of each entity as it serialises', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(ENTITY_POOL.length - 1), { maxLength: 12 }), (picks) => {
        const ms = picks.map((k, i) => mentionOf(ENTITY_POOL[k] as EntityRef, i * 10));
        expect(distinctEntities(ms)).toEqual(reference(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('drops an entity equal to one before it, not one of the same key that differs', () => {
    const [a, b, c, , officeWho] = ENTITY_POOL as EntityRef[];
    const ms = [a, b, c, officeWho].map((e, i) => mentionOf(e as EntityRef, i));
    expect(distinctEntities(ms).map((m) => m.span[0])).toEqual([0, 2, 3]);
  });
});
