import type { IndexedQueryTerm } from '@simpul/service-kit';
import { scoreOf, RANK_WEIGHTS } from '../search-score';
import { intersectMarked, intersectSorted, type PostingList } from './intersect-postings';
import { IntList, Uint16List } from './int-list';
import { SetBits } from './set-bits';
import { TopPlaced } from './top-placed';
import { rankItems, tsRank, tsRankBound, weightOf, type RankedVector } from './ts-rank';
import type { VectorEntry } from './tsvector-text';

/** One document as the index keeps it: its key, what a hit shows, the stored rank weight and its vector. */
export interface MemoryDocument {
  kind: string;
  sourceId: string;
  title: string;
  subtitle: string | null;
  url: string;
  /** registry.search_documents.rank_weight (a float4), as read. */
  rankWeight: number;
  /** registry.search_documents.change_xid, as text: a re-read of the same version is skipped. */
  changeXid: string;
  /** search_vector: every lexeme in PostgreSQL's order, with its positions and weights. */
  vector: readonly VectorEntry[];
}

/** A hit of a page: tier 0 the ranked candidates (by score), tier 1 the placed rest (by placement), as SEARCH_SQL's two tiers. */
export interface MemoryHit {
  kind: string;
  sourceId: string;
  title: string;
  subtitle: string | null;
  url: string;
  tier: 0 | 1;
  score: number;
  placement: number;
}

/** What a search found: live matches per kind (every kind), and the page's hits in order. */
export interface MemoryPage {
  counts: Map<string, number>;
  hits: MemoryHit[];
}

interface Postings {
  id: number;
  /**
   * The documents holding the lexeme, in slot order, each as `slot * 2 + 1` when the lexeme is in
   * its title (weight A) and `slot * 2` when not: intersecting the lists tells at once which
   * matches hold every word in the title.
   */
  all: IntList;
  /** For a lexeme common at the seal, its sealed slots as bit sets (intersect-postings.ts). */
  dense: PostingList['dense'];
}

/** A lexeme in at least this share of the sealed documents gets bit sets: they take no more room than its list. */
const DENSE_SHARE = 1 / 32;

/** A search's marks count up to three per term (at most SEARCH_MAX_WORDS, 12) above its base (see `markGroups`). */
const MARK_SPAN = 64;
const MAX_EPOCH = Math.floor(0xffffffff / MARK_SPAN) - 1;
const TITLE_WEIGHT = 3;

/** Where `value` goes in an ascending list. */
function sortedIndex(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const keyOf = (kind: string, sourceId: string) => `${kind}\u0000${sourceId}`;
// Kind, then id, in code-unit order: the SQL statements order ties with COLLATE "C", the same for ASCII ids.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// A lexeme as a string of its own: a slice of the vector's text would keep all of that text alive.
const ownCopy = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/**
 * An inverted index of registry.search_documents held by one registry process: lexeme → the slots of
 * the documents holding it (each marked when in the title), and each document's vector (lexemes
 * and positions, as PostgreSQL stores them) and what its hit shows. It answers a whole search page as
 * SEARCH_SQL does — which documents match every word, whether their title does, the best placed
 * ranked with PostgreSQL's ts_rank (ts-rank.ts), the page's rows — without asking PostgreSQL. A
 * changed document gets a new slot and its old one is marked dead (everything only grows); the
 * owner rebuilds the index when too many are dead.
 */
export class SearchMemoryIndex {
  private readonly kinds: string[] = [];
  /** Each slot's kind as an index into kindNames (counting per kind without a map per match). */
  private readonly kindCodes: number[] = [];
  private readonly kindNames: string[] = [];
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private readonly subtitles: (string | null)[] = [];
  private readonly urls: string[] = [];
  private readonly weights: number[] = [];
  private readonly xids: string[] = [];
  private readonly alive: boolean[] = [];
  /** cnt_length of each slot's vector (ts_rank's length normalisation). */
  private readonly lengths = new IntList();
  /** Each slot's first entry in entryLexemes; its entries end where the next slot's begin. */
  private readonly entryStarts = new IntList();
  /** Every slot's lexemes (ids into lexemeNames), in its vector's order. */
  private readonly entryLexemes = new IntList();
  /** Each entry's first position in `positions`; its positions end where the next entry's begin. */
  private readonly entryPositionStarts = new IntList();
  private readonly positions = new Uint16List();
  private readonly lexemeNames: string[] = [];
  /** Each sealed slot's place in kind-then-id order (seal); slots added later are past its end. */
  private tieRanks = new Int32Array(0);
  /**
   * The sealed slots in placement order without a title match (rank weight, then kind and id) and
   * with one (1 + rank weight, then kind and id), and each slot's place in both: a search sets its
   * matches' places in two bit sets and reads the best placed off them in order (`placed`).
   */
  private plainOrder = new Int32Array(0);
  private plainRanks = new Int32Array(0);
  private titleOrder = new Int32Array(0);
  private titleRanks = new Int32Array(0);
  private plainBits = new Int32Array(0);
  private titleBits = new Int32Array(0);
  /** A search's matches (intersect-postings.ts), kept between searches. */
  private matches = new Int32Array(0);
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  /** Every lexeme sorted, for prefix ranges; rebuilt when a new lexeme came in. */
  private sortedLexemes: string[] | null = null;
  private dead = 0;
  /** The marks of the last search (intersectMarked), and how many searches marked. */
  private scratch = new Uint32Array(0);
  private epoch = 0;

  /** Live documents. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Dead slots over all slots: the owner rebuilds above a limit. */
  get deadRatio(): number {
    return this.kinds.length === 0 ? 0 : this.dead / this.kinds.length;
  }

  /** Adds or replaces a document; the same version (change_xid) again changes nothing. */
  put(document: MemoryDocument): void {
    const key = keyOf(document.kind, document.sourceId);
    const current = this.slotOf.get(key);
    if (current !== undefined && this.xids[current] === document.changeXid) return;
    if (current !== undefined) this.kill(current);
    const slot = this.kinds.length;
    this.kinds.push(document.kind);
    let code = this.kindNames.indexOf(document.kind);
    if (code < 0) code = this.kindNames.push(document.kind) - 1;
    this.kindCodes.push(code);
    this.ids.push(document.sourceId);
    this.titles.push(document.title);
    this.subtitles.push(document.subtitle);
    this.urls.push(document.url);
    // rank_weight is a float4: as one here, so placements compare as PostgreSQL's do.
    this.weights.push(Math.fround(document.rankWeight));
    this.xids.push(document.changeXid);
    this.alive.push(true);
    this.slotOf.set(key, slot);
    this.entryStarts.push(this.entryLexemes.length);
    let length = 0;
    for (const { lexeme, positions } of document.vector) {
      const postings = this.postingsOf(lexeme);
      postings.all.push(slot * 2 + (positions.some((position) => weightOf(position) === TITLE_WEIGHT) ? 1 : 0));
      this.entryLexemes.push(postings.id);
      this.entryPositionStarts.push(this.positions.length);
      for (const position of positions) this.positions.push(position);
      length += Math.max(1, positions.length);
    }
    this.lengths.push(length);
  }

  remove(kind: string, sourceId: string): void {
    const key = keyOf(kind, sourceId);
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.slotOf.delete(key);
    this.kill(slot);
  }

  /**
   * Orders the documents loaded so far by kind and id once (after a full load), so ties are broken
   * by comparing two numbers; documents added later compare their strings.
   */
  seal(): void {
    const slots = this.kinds.map((_, slot) => slot);
    slots.sort((a, b) => byCode(this.kinds[a], this.kinds[b]) || byCode(this.ids[a], this.ids[b]));
    this.tieRanks = new Int32Array(slots.length);
    slots.forEach((slot, rank) => (this.tieRanks[slot] = rank));
    const ordered = (placement: (slot: number) => number) => {
      const order = Int32Array.from(slots);
      order.sort((a, b) => placement(b) - placement(a) || this.tieRanks[a] - this.tieRanks[b]);
      const ranks = new Int32Array(slots.length);
      order.forEach((slot, rank) => (ranks[slot] = rank));
      return [order, ranks];
    };
    // Placements as `find` computes them (0 or 1 plus the weight, in double), so the order is theirs.
    [this.plainOrder, this.plainRanks] = ordered((slot) => this.weights[slot]);
    [this.titleOrder, this.titleRanks] = ordered((slot) => 1 + this.weights[slot]);
    this.plainBits = new Int32Array((slots.length + 31) >>> 5);
    this.titleBits = new Int32Array((slots.length + 31) >>> 5);
    for (const postings of this.postings.values()) {
      const list = postings.all.view();
      postings.dense = null;
      if (list.length < slots.length * DENSE_SHARE) continue;
      const bits = new Int32Array((slots.length + 31) >>> 5);
      const titles = new Int32Array(bits.length);
      for (const value of list) {
        const slot = value >>> 1;
        bits[slot >>> 5] |= 1 << (slot & 31);
        if (value & 1) titles[slot >>> 5] |= 1 << (slot & 31);
      }
      postings.dense = { below: slots.length, bits, titles };
    }
  }

  /**
   * The page `offset`…`offset + limit` of a search for every term (a prefix term: any lexeme
   * starting with it) among the `wanted` kinds, and how many live documents of each kind match.
   * As SEARCH_SQL: matches are placed (1 when the title alone holds every term, plus the rank
   * weight; ties by kind and id), the best `ranked` of them are scored (ts_rank + kind bonus; ties
   * by kind and id) and come first (tier 0), the rest follow in placement order (tier 1).
   */
  search(terms: readonly IndexedQueryTerm[], wanted: ReadonlySet<string>, offset: number, limit: number, ranked: number): MemoryPage {
    // A page within the ranked candidates needs them as a set (they are ordered by score); one past them, in placement order.
    const { counts, best, placements } = this.find(terms, wanted, Math.max(ranked, offset + limit), offset + limit > ranked);
    const hits: MemoryHit[] = [];
    if (offset < ranked && best.length > offset) {
      const candidates = best.slice(0, ranked);
      const { scored, scores } = this.scoreBest(terms, candidates, offset + limit);
      scored.sort((a, b) => scores[b] - scores[a] || this.tieOrder(candidates[a], candidates[b]));
      for (const at of scored.slice(offset, offset + limit)) hits.push(this.hit(candidates[at], 0, scores[at], 0));
    }
    for (let at = Math.max(offset, ranked); at < Math.min(best.length, offset + limit); at += 1) {
      hits.push(this.hit(best[at], 1, 0, placements[at]));
    }
    return { counts, hits };
  }

  /**
   * The scores (by index into `candidates`) of at least the `needed` best scored candidates, and
   * which were scored. For a query of several words each candidate has a highest possible score
   * (tsRankBound: its length alone) that a title match nearly reaches: candidates are scored from
   * the highest bound down, and once a bound is below the `needed`-th best score found, no
   * candidate left can be among the best (equal scores are still scored: the tie is decided by
   * kind and id).
   */
  private scoreBest(
    terms: readonly IndexedQueryTerm[],
    candidates: readonly number[],
    needed: number,
  ): { scored: number[]; scores: Float64Array } {
    const items = rankItems(terms);
    const and = terms.length > 1;
    const vector = this.vectorView();
    const lengths = this.lengths.view();
    const scores = new Float64Array(candidates.length);
    const scored: number[] = [];
    const score = (at: number) => {
      scores[at] = scoreOf(this.kinds[candidates[at]], tsRank(RANK_WEIGHTS, vector.of(candidates[at]), items, and));
      scored.push(at);
      return scores[at];
    };
    if (tsRankBound(1, items, and) === null) {
      candidates.forEach((_, at) => score(at));
      return { scored, scores };
    }
    const bounds = candidates.map((slot) => scoreOf(this.kinds[slot], tsRankBound(lengths[slot], items, and)!));
    const order = candidates.map((_, at) => at).sort((a, b) => bounds[b] - bounds[a]);
    // The `needed` best scores so far, ascending: best[0] is the one a candidate must reach.
    const best: number[] = [];
    for (const at of order) {
      if (best.length >= needed && bounds[at] < best[0]) break;
      const value = score(at);
      if (best.length < needed) best.splice(sortedIndex(best, value), 0, value);
      else if (value > best[0]) {
        best.shift();
        best.splice(sortedIndex(best, value), 0, value);
      }
    }
    return { scored, scores };
  }

  private hit(slot: number, tier: 0 | 1, score: number, placement: number): MemoryHit {
    return {
      kind: this.kinds[slot],
      sourceId: this.ids[slot],
      title: this.titles[slot],
      subtitle: this.subtitles[slot],
      url: this.urls[slot],
      tier,
      score,
      placement,
    };
  }

  /** Kind, then id, as `COLLATE "C"` orders them. */
  private tieOrder(a: number, b: number): number {
    const ranks = this.tieRanks;
    if (a < ranks.length && b < ranks.length) return ranks[a] - ranks[b];
    return byCode(this.kinds[a], this.kinds[b]) || byCode(this.ids[a], this.ids[b]);
  }

  /** One reusable view of a slot's vector for ts_rank (the typed arrays read once per search). */
  private vectorView(): RankedVector & { of(slot: number): RankedVector } {
    const starts = this.entryStarts.view();
    const lexemes = this.entryLexemes.view();
    const positionStarts = this.entryPositionStarts.view();
    const positions = this.positions.view();
    const lengths = this.lengths.view();
    const names = this.lexemeNames;
    let first = 0;
    let end = 0;
    let length = 0;
    return {
      of(slot: number) {
        first = starts[slot];
        end = slot + 1 < starts.length ? starts[slot + 1] : lexemes.length;
        length = lengths[slot];
        return this;
      },
      get size() {
        return end - first;
      },
      get length() {
        return length;
      },
      lexeme: (entry: number) => names[lexemes[first + entry]],
      positions,
      positionStart: (entry: number) => positionStarts[first + entry],
      positionEnd: (entry: number) => {
        const at = first + entry;
        return at + 1 < positionStarts.length ? positionStarts[at + 1] : positions.length;
      },
    };
  }

  /**
   * The live matches counted per kind, and the `first` best placed of the wanted kinds with their
   * placements, in order when `ordered`.
   */
  private find(
    terms: readonly IndexedQueryTerm[],
    wanted: ReadonlySet<string>,
    first: number,
    ordered: boolean,
  ): { counts: Map<string, number>; best: number[]; placements: number[] } {
    const counts = new Map<string, number>();
    const none = { counts, best: [], placements: [] };
    if (terms.length === 0) return none;
    const groups = terms.map((term) => this.lexemesFor(term).map((lexeme) => this.postings.get(lexeme)!));
    if (groups.some((group) => group.length === 0)) return none;
    const found = groups.every((group) => group.length === 1)
      ? this.intersectLists(groups.map(([{ all, dense }]) => ({ list: all.view(), dense })))
      : this.intersectGroups(groups.map((group) => group.map(({ all }) => all.view())));
    if (found === 0) return none;
    const perCode = new Int32Array(this.kindNames.length);
    const later: number[] = [];
    this.setPlaces(
      found,
      Uint8Array.from(this.kindNames, (kind) => (wanted.has(kind) ? 1 : 0)),
      perCode,
      later,
    );
    perCode.forEach((count, code) => {
      if (count > 0) counts.set(this.kindNames[code], count);
    });
    const { best, placements } = this.placed(first);
    if (later.length === 0) return { counts, best, placements };
    // Documents added since the seal have no place in the orders: they and the sealed best go through a heap.
    const heap = new TopPlaced(first, (a, b) => this.tieOrder(a, b));
    const placementOf = new Map<number, number>();
    best.forEach((slot, at) => {
      heap.offer(slot, placements[at]);
      placementOf.set(slot, placements[at]);
    });
    for (const match of later) {
      const slot = match >>> 1;
      const placement = (match & 1) + this.weights[slot];
      heap.offer(slot, placement);
      placementOf.set(slot, placement);
    }
    const kept = ordered ? heap.sorted() : heap.kept();
    return { counts, best: kept, placements: kept.map((slot) => placementOf.get(slot)!) };
  }

  /**
   * Counts the `found` matches per kind code and sets the wanted ones in the bit set of their
   * placement; those added since the seal go to `later`.
   */
  private setPlaces(found: number, wantedCodes: Uint8Array, perCode: Int32Array, later: number[]): void {
    const matches = this.matches;
    const kindCodes = this.kindCodes;
    const sealed = this.tieRanks.length;
    const plainBits = this.plainBits.fill(0);
    const titleBits = this.titleBits.fill(0);
    const plainRanks = this.plainRanks;
    const titleRanks = this.titleRanks;
    for (let at = 0; at < found; at += 1) {
      const match = matches[at];
      const slot = match >>> 1;
      const code = kindCodes[slot];
      perCode[code] += 1;
      if (wantedCodes[code] === 0) continue;
      if (slot >= sealed) later.push(match);
      else if (match & 1) {
        const rank = titleRanks[slot];
        titleBits[rank >>> 5] |= 1 << (rank & 31);
      } else {
        const rank = plainRanks[slot];
        plainBits[rank >>> 5] |= 1 << (rank & 31);
      }
    }
  }

  /**
   * The `first` best placed of the slots set in the two bit sets, best first: each set read in its
   * order, the two merged by placement (a title match 1 + weight, the others their weight), ties by
   * kind and id.
   */
  private placed(first: number): { best: number[]; placements: number[] } {
    const weights = this.weights;
    const ranks = this.tieRanks;
    const titles = new SetBits(this.titleBits);
    const plains = new SetBits(this.plainBits);
    const best: number[] = [];
    const placements: number[] = [];
    let title = titles.next();
    let plain = plains.next();
    while (best.length < first && (title >= 0 || plain >= 0)) {
      const titleSlot = title >= 0 ? this.titleOrder[title] : -1;
      const plainSlot = plain >= 0 ? this.plainOrder[plain] : -1;
      const titlePlacement = titleSlot >= 0 ? 1 + weights[titleSlot] : -Infinity;
      const plainPlacement = plainSlot >= 0 ? weights[plainSlot] : -Infinity;
      if (
        plainSlot < 0 ||
        (titleSlot >= 0 && (titlePlacement > plainPlacement || (titlePlacement === plainPlacement && ranks[titleSlot] < ranks[plainSlot])))
      ) {
        best.push(titleSlot);
        placements.push(titlePlacement);
        title = titles.next();
      } else {
        best.push(plainSlot);
        placements.push(plainPlacement);
        plain = plains.next();
      }
    }
    return { best, placements };
  }

  /** intersectSorted into `matches`. */
  private intersectLists(lists: readonly PostingList[]): number {
    const shortest = Math.min(...lists.map(({ list }) => list.length));
    if (this.matches.length < shortest) this.matches = new Int32Array(Math.max(shortest, 2 * this.matches.length));
    return intersectSorted(lists, this.alive, this.matches);
  }

  /** intersectMarked into `matches`, its marks above every earlier search's. */
  private intersectGroups(groups: readonly (readonly Int32Array[])[]): number {
    if (this.scratch.length < this.kinds.length) this.scratch = new Uint32Array(Math.max(this.kinds.length, 2 * this.scratch.length));
    if (this.epoch >= MAX_EPOCH) {
      this.scratch.fill(0);
      this.epoch = 0;
    }
    this.epoch += 1;
    const most = groups[groups.length - 1].reduce((sum, list) => sum + list.length, 0);
    if (this.matches.length < most) this.matches = new Int32Array(Math.max(most, 2 * this.matches.length));
    return intersectMarked(groups, this.alive, this.scratch, this.epoch * MARK_SPAN, this.matches);
  }

  private kill(slot: number): void {
    this.alive[slot] = false;
    this.dead += 1;
  }

  private postingsOf(lexeme: string): Postings {
    let postings = this.postings.get(lexeme);
    if (!postings) {
      const name = ownCopy(lexeme);
      postings = { id: this.lexemeNames.push(name) - 1, all: new IntList(), dense: null };
      this.postings.set(name, postings);
      this.sortedLexemes = null;
    }
    return postings;
  }

  private lexemesFor(term: IndexedQueryTerm): string[] {
    if (!term.prefix) return this.postings.has(term.word) ? [term.word] : [];
    const sorted = (this.sortedLexemes ??= [...this.postings.keys()].sort(byCode));
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < term.word) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let at = low; at < sorted.length && sorted[at].startsWith(term.word); at += 1) found.push(sorted[at]);
    return found;
  }
}
