/**
 * `inOrder` looks before it sorts, and sorts short lists by insertion: it must give what the built-in stable sort
 * gives, element for element (ties in their first order), for lists in order, out of order, short and long.
 */
import fc from 'fast-check';
import { inOrder } from './in-order';

interface Item {
  readonly start: number;
  readonly end: number;
  readonly id: number;
}
/** Few distinct positions, so that many items tie. */
const items = fc
  .array(fc.record({ start: fc.integer({ min: 0, max: 5 }), end: fc.integer({ min: 0, max: 5 }) }), { maxLength: 40 })
  .map((xs) => xs.map((x, id): Item => ({ ...x, id })));
const byStart = (a: Item, b: Item): number => a.start - b.start;
const byStartLongerFirst = (a: Item, b: Item): number => a.start - b.start || b.end - a.end;

describe('inOrder', () => {
  it.each([
    ['by start', byStart],
    ['by start, the longer first', byStartLongerFirst],
  ])('orders as the built-in stable sort does (%s)', (_, order) => {
    fc.assert(
      fc.property(items, (list) => {
        expect(inOrder(list, order).map((x) => x.id)).toEqual([...list].sort(order).map((x) => x.id));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders lists that are in order but for one element, short and long', () => {
    fc.assert(
      fc.property(items, fc.nat(), (list, k) => {
        const sorted = [...list].sort(byStart);
        const moved = sorted.slice();
        if (moved.length) moved.push(...moved.splice(k % moved.length, 1));
        expect(inOrder(moved, byStart).map((x) => x.id)).toEqual([...moved].sort(byStart).map((x) => x.id));
      }),
      { numRuns: 2000 },
    );
  });

  it('hands back a list in order itself, and leaves a list out of order as it was', () => {
    const inOrderAlready = [1, 2, 2, 3];
    expect(inOrder(inOrderAlready, (a, b) => a - b)).toBe(inOrderAlready);
    const outOfOrder = [3, 1, 2];
    expect(inOrder(outOfOrder, (a, b) => a - b)).toEqual([1, 2, 3]);
    expect(outOfOrder).toEqual([3, 1, 2]);
  });
});
