/**
 * Intersections of posting lists whose values are `slot * 2 + title` (title 1: the lexeme is in the
 * document's title), ascending by slot. Both write each live slot in every group once to `out` as
 * `slot * 2 + 1` when every group holds it in the title, `slot * 2` when not, and return how many.
 */

/**
 * A posting list, and for a common lexeme the same as bit sets over the slots below `below` (those
 * sealed when they were made): `bits` every such slot in the list, `titles` those with the title bit.
 */
export interface PostingList {
  list: Int32Array;
  dense: { below: number; bits: Int32Array; titles: Int32Array } | null;
}

/**
 * The lists intersected (one lexeme per term, the common case): the shortest list is walked and
 * each of its slots looked up in the others — in a common lexeme's bit sets, which is one load, or
 * else from where the last lookup stopped, by galloping (1, 2, 4… ahead, then a binary search) — so
 * a short list against a long one costs about its own length, not theirs.
 */
export function intersectSorted(postings: readonly PostingList[], alive: readonly boolean[], out: Int32Array): number {
  const sorted = [...postings].sort((a, b) => a.list.length - b.list.length);
  const driver = sorted[0].list;
  const cursors = new Int32Array(sorted.length);
  let found = 0;
  walk: for (let index = 0; index < driver.length; index += 1) {
    const value = driver[index];
    const slot = value >>> 1;
    let title = value & 1;
    for (let other = 1; other < sorted.length; other += 1) {
      const { list, dense } = sorted[other];
      if (dense !== null && slot < dense.below) {
        if (((dense.bits[slot >>> 5] >>> (slot & 31)) & 1) === 0) continue walk;
        title &= dense.titles[slot >>> 5] >>> (slot & 31);
        continue;
      }
      let cursor = cursors[other];
      if (cursor < list.length && list[cursor] >>> 1 < slot) {
        // list[low] is below the slot; find the first at or above it.
        let low = cursor;
        let step = 1;
        while (low + step < list.length && list[low + step] >>> 1 < slot) {
          low += step;
          step *= 2;
        }
        let high = Math.min(low + step, list.length);
        low += 1;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (list[middle] >>> 1 < slot) low = middle + 1;
          else high = middle;
        }
        cursor = low;
      }
      cursors[other] = cursor;
      if (cursor >= list.length) break walk;
      const held = list[cursor];
      if (held >>> 1 !== slot) continue walk;
      title &= held;
    }
    if (alive[slot]) out[found++] = slot * 2 + title;
  }
  return found;
}

/**
 * The same for groups of lists (a prefix term: any of its lexemes), with marks: one array kept
 * between searches, this search's values from `base` up (at most base + 3 × groups + 3), so nothing
 * is cleared. After group g a slot holding every group so far is marked base + 3(g + 1) + s: s = 1
 * when every group so far has it in the title, 2 while this group's lexemes so far had it but not
 * in the title (a later lexeme of the group still may), 0 when an earlier group had it outside the
 * title only. A slot in two lexemes of one group counts once.
 */
export function intersectMarked(
  groups: readonly (readonly Int32Array[])[],
  alive: readonly boolean[],
  marks: Uint32Array,
  base: number,
  out: Int32Array,
): number {
  for (let at = 0; at < groups.length; at += 1) {
    const before = base + 3 * at;
    const now = before + 3;
    for (const list of groups[at]) {
      for (let index = 0; index < list.length; index += 1) {
        const value = list[index];
        const slot = value >>> 1;
        const mark = marks[slot];
        if (at === 0 ? mark < base : mark >= before && mark < now) {
          const titled = at === 0 || mark === before + 1;
          marks[slot] = now + (titled ? (value & 1 ? 1 : 2) : 0);
        } else if (mark === now + 2 && value & 1) marks[slot] = now + 1;
      }
    }
  }
  const all = base + 3 * groups.length;
  const done = all + 3;
  let found = 0;
  for (const list of groups[groups.length - 1]) {
    for (let index = 0; index < list.length; index += 1) {
      const slot = list[index] >>> 1;
      const mark = marks[slot];
      if (mark < all || mark >= done) continue;
      if (alive[slot]) out[found++] = slot * 2 + (mark === all + 1 ? 1 : 0);
      marks[slot] = done;
    }
  }
  return found;
}
