/** The most elements {@link inOrder} sorts by insertion: past it, the quadratic number of moves would cost more. */
const MAX_INSERTION_SORT = 16;

/**
 * `list` as a stable sort by `order` leaves it: the list itself where it is in that order already, else a sorted copy.
 * Each call of the built-in sort allocates about a kilobyte of working state whatever the list's length, and the
 * parser sorts many short lists (a clause's mentions), mostly in order already: looking costs less, and a short list
 * is sorted by insertion. Insertion moves an element only past the elements `order` puts after it, so elements it
 * ties keep their order, as in the built-in (stable) sort.
 */
export function inOrder<T>(list: readonly T[], order: (a: T, b: T) => number): readonly T[] {
  let i = 1;
  while (i < list.length && order(list[i - 1] as T, list[i] as T) <= 0) i++;
  if (i >= list.length) return list;
  if (list.length > MAX_INSERTION_SORT) return [...list].sort(order);
  const sorted = list.slice();
  for (; i < sorted.length; i++) {
    const x = sorted[i] as T;
    let k = i;
    for (; k > 0 && order(sorted[k - 1] as T, x) > 0; k--) sorted[k] = sorted[k - 1] as T;
    sorted[k] = x;
  }
  return sorted;
}
