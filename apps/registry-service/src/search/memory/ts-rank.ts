/**
 * PostgreSQL's ts_rank (src/backend/utils/adt/tsrank.c: calc_rank, calc_rank_and, calc_rank_or,
 * word_distance, cnt_length) for a query of operands joined by AND, as the search builds them,
 * with the rounding PostgreSQL does: `float` (float4) where the C code keeps a float, double where it
 * computes in double. `ts-rank.spec.ts` compares it with PostgreSQL's own on real vectors.
 */

/** A position as PostgreSQL stores it (WordEntryPos): the weight (A 3, B 2, C 1, D 0) above 14 bits of position. */
export const positionOf = (entryPos: number) => entryPos & 0x3fff;
export const weightOf = (entryPos: number) => entryPos >>> 14;
export const entryPos = (position: number, weight: number) => (weight << 14) | Math.min(position, MAX_ENTRY_POS - 1);

/** MAXENTRYPOS: positions above it are stored as its value less one. */
export const MAX_ENTRY_POS = 1 << 14;

/** One operand of the query: a word, matched exactly or as a prefix (`'word':*`). */
export interface RankTerm {
  word: string;
  prefix: boolean;
}

/** What the rank reads of a document's tsvector: its lexemes in PostgreSQL's order and their positions. */
export interface RankedVector {
  /** Number of lexemes (tsvector size). */
  readonly size: number;
  /** cnt_length: the positions of every lexeme, a lexeme without positions counting one. */
  readonly length: number;
  lexeme(entry: number): string;
  /**
   * Every entry's positions (WordEntryPos) in one array: entry e's are `positions[positionStart(e)]`
   * up to `positionEnd(e)` (none for a lexeme without positions). One array, not one per entry, so
   * ranking a candidate allocates nothing.
   */
  readonly positions: ArrayLike<number>;
  positionStart(entry: number): number;
  positionEnd(entry: number): number;
}

const f = Math.fround;
/** `{D, C, B, A}` as float4, indexed by weight code: the weights array ts_rank is given. */
export type RankWeights = readonly [number, number, number, number];
export const rankWeights = (d: number, c: number, b: number, a: number): RankWeights => [f(d), f(c), f(b), f(a)];

/**
 * Byte order of UTF-8 text (tsCompareString, memcmp then length): code-point order, which UTF-16
 * code units follow except surrogates against U+E000–U+FFFF.
 */
export function compareLexemes(a: string, b: string): number {
  const common = Math.min(a.length, b.length);
  for (let at = 0; at < common; at += 1) {
    const x = a.charCodeAt(at);
    const y = b.charCodeAt(at);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate) return xSurrogate ? (y >= 0xe000 ? 1 : -1) : x >= 0xe000 ? -1 : 1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * The operands as calc_rank reads them (SortAndUniqItems): sorted by their text, each text once —
 * two operands with the same word are one even if only one is a prefix (PostgreSQL compares the
 * text only; the first after sorting stays).
 */
export function rankItems(terms: readonly RankTerm[]): RankTerm[] {
  const sorted = [...terms].sort((a, b) => compareLexemes(a.word, b.word));
  return sorted.filter((term, at) => at === 0 || sorted[at - 1].word !== term.word);
}

/**
 * ts_rank(weights, vector, query, 1) for `items` (rankItems of the query's operands) joined by AND
 * (`and`; false: a query of one operand), as float4.
 */
export function tsRank(weights: RankWeights, vector: RankedVector, items: readonly RankTerm[], and: boolean): number {
  if (vector.size === 0 || items.length === 0) return 0;
  let rank = and && items.length >= 2 ? rankAnd(weights, vector, items) : rankOr(weights, vector, items);
  if (rank < 0) rank = f(1e-20);
  // RANK_NORM_LOGLENGTH, in double, back to float.
  return f(rank / (Math.log(vector.length + 1) / Math.log(2)));
}

/**
 * The highest ts_rank(…, 1) a vector of `length` (cnt_length) can have for `items` joined by AND,
 * or null when there is no cheap bound (one operand). calc_rank_and's result stays in [0, 1] (each
 * step is 1 − (1 − res)(1 − curw) with both in [0, 1], weights at most 1), and dividing by the
 * length's log and rounding to float4 keep the order, so the rank is at most 1 / log2(length + 1).
 */
export function tsRankBound(length: number, items: readonly RankTerm[], and: boolean): number | null {
  if (!and || items.length < 2) return null;
  return f(1 / (Math.log(length + 1) / Math.log(2)));
}

/**
 * The vector's entries an operand matches (find_wordentry): a binary search in the sorted lexemes,
 * then for a prefix every lexeme starting with it. The first entry in `range[0]`, the end in `range[1]`.
 */
function entriesOf(vector: RankedVector, item: RankTerm, range: [number, number]): void {
  let low = 0;
  let high = vector.size;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareLexemes(vector.lexeme(middle), item.word) < 0) low = middle + 1;
    else high = middle;
  }
  let end = low;
  if (item.prefix) while (end < vector.size && vector.lexeme(end).startsWith(item.word)) end += 1;
  else if (end < vector.size && vector.lexeme(end) === item.word) end += 1;
  range[0] = low;
  range[1] = end;
}

// calc_rank_and's stand-in for a lexeme without positions: one position, MAXENTRYPOS - 1, weight D.
const AND_NO_POSITIONS: readonly number[] = [MAX_ENTRY_POS - 1];
// calc_rank_or's: position 0, weight D.
const OR_NO_POSITIONS: readonly number[] = [0];

/** word_distance: the weight of two words `distance` apart, as float4. */
function wordDistanceOf(distance: number): number {
  if (distance > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(distance) / 1.5 - 2)));
}
// Computed once for the distances up to 100 (every other one is 1e-30).
const WORD_DISTANCES = Array.from({ length: 101 }, (_, distance) => wordDistanceOf(distance));
const WORD_DISTANCE_FAR = wordDistanceOf(101);
const wordDistance = (distance: number) => (distance <= 100 ? WORD_DISTANCES[distance] : WORD_DISTANCE_FAR);

// entriesOf's answer, reused.
const RANGE: [number, number] = [0, 0];
// rankAnd's pos[i] as (array, first, end), kept between calls (a search ranks one candidate at a time).
const posArrays: ArrayLike<number>[] = [];
const posFirsts: number[] = [];
const posEnds: number[] = [];

function rankAnd(w: RankWeights, vector: RankedVector, items: readonly RankTerm[]): number {
  // pos[i]: the positions of the last entry item i matched (the C code overwrites it per entry); none yet: no array.
  for (let i = 0; i < items.length; i += 1) posEnds[i] = -1;
  const range = RANGE;
  const all = vector.positions;
  let res = f(-1.0);
  for (let i = 0; i < items.length; i += 1) {
    entriesOf(vector, items[i], range);
    for (let entry = range[0]; entry < range[1]; entry += 1) {
      let post = all;
      let postFirst = vector.positionStart(entry);
      let postEnd = vector.positionEnd(entry);
      const standIn = postEnd === postFirst;
      if (standIn) {
        post = AND_NO_POSITIONS;
        postFirst = 0;
        postEnd = 1;
      }
      posArrays[i] = post;
      posFirsts[i] = postFirst;
      posEnds[i] = postEnd;
      for (let k = 0; k < i; k += 1) {
        const ctEnd = posEnds[k];
        if (ctEnd < 0) continue;
        const ct = posArrays[k];
        const ctFirst = posFirsts[k];
        const either = standIn || ct === AND_NO_POSITIONS;
        for (let l = postFirst; l < postEnd; l += 1) {
          const at = post[l];
          for (let p = ctFirst; p < ctEnd; p += 1) {
            let dist = Math.abs(positionOf(at) - positionOf(ct[p]));
            if (dist !== 0 || either) {
              if (dist === 0) dist = MAX_ENTRY_POS;
              const curw = f(Math.sqrt(f(f(w[weightOf(at)] * w[weightOf(ct[p])]) * wordDistance(dist))));
              res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
            }
          }
        }
      }
    }
  }
  return res;
}

function rankOr(w: RankWeights, vector: RankedVector, items: readonly RankTerm[]): number {
  let res = f(0.0);
  const range = RANGE;
  for (const item of items) {
    entriesOf(vector, item, range);
    for (let entry = range[0]; entry < range[1]; entry += 1) {
      const first = vector.positionStart(entry);
      const end = vector.positionEnd(entry);
      const post = end > first ? vector.positions : OR_NO_POSITIONS;
      const offset = end > first ? first : 0;
      const count = end > first ? end - first : 1;
      let resj = f(0.0);
      let wjm = f(-1.0);
      let jm = 0;
      for (let j = 0; j < count; j += 1) {
        const weight = w[weightOf(post[offset + j])];
        resj = f(resj + f(weight / ((j + 1) * (j + 1))));
        if (weight > wjm) {
          wjm = weight;
          jm = j;
        }
      }
      // (wjm + resj - wjm / (jm+1)²) in float, then divided by π²/6 and added in double.
      res = f(res + f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
    }
  }
  return items.length > 0 ? f(res / items.length) : res;
}
