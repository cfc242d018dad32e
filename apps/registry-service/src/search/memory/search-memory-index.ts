import type { IndexedQueryTerm } from '@simpul/service-kit';
import { scoreOf, RANK_WEIGHTS } from '../search-score';
import { IntList, Uint16List } from './int-list';
import { rankItems, tsRank, weightOf, type RankedVector } from './ts-rank';
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
  all: IntList;
  /** Made at the first document holding the lexeme in its title (most lexemes never are). */
  title: IntList | null;
}

const NO_SLOTS = new IntList();
const TITLE_WEIGHT = 3;

const keyOf = (kind: string, sourceId: string) => `${kind}\u0000${sourceId}`;
// Kind, then id, in code-unit order: the SQL statements order ties with COLLATE "C", the same for ASCII ids.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// A lexeme as a string of its own: a slice of the vector's text would keep all of that text alive.
const ownCopy = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/**
 * An inverted index of registry.search_documents held by one registry process: lexeme → the slots of
 * the documents holding it (and those holding it in the title), and each document's vector (lexemes
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
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  /** Every lexeme sorted, for prefix ranges; rebuilt when a new lexeme came in. */
  private sortedLexemes: string[] | null = null;
  private dead = 0;

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
      postings.all.push(slot);
      if (positions.some((position) => weightOf(position) === TITLE_WEIGHT)) (postings.title ??= new IntList()).push(slot);
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
  }

  /**
   * The page `offset`…`offset + limit` of a search for every term (a prefix term: any lexeme
   * starting with it) among the `wanted` kinds, and how many live documents of each kind match.
   * As SEARCH_SQL: matches are placed (1 when the title alone holds every term, plus the rank
   * weight; ties by kind and id), the best `ranked` of them are scored (ts_rank + kind bonus; ties
   * by kind and id) and come first (tier 0), the rest follow in placement order (tier 1).
   */
  search(terms: readonly IndexedQueryTerm[], wanted: ReadonlySet<string>, offset: number, limit: number, ranked: number): MemoryPage {
    const { counts, best, placement } = this.find(terms, wanted, Math.max(ranked, offset + limit));
    const hits: MemoryHit[] = [];
    if (offset < ranked && best.length > offset) {
      const items = rankItems(terms);
      const vector = this.vectorView();
      const candidates = best.slice(0, ranked);
      const scores = new Map<number, number>();
      for (const slot of candidates)
        scores.set(slot, scoreOf(this.kinds[slot], tsRank(RANK_WEIGHTS, vector.of(slot), items, terms.length > 1)));
      candidates.sort((a, b) => scores.get(b)! - scores.get(a)! || this.tieOrder(a, b));
      for (const slot of candidates.slice(offset, offset + limit)) hits.push(this.hit(slot, 0, scores.get(slot)!, 0));
    }
    for (const slot of best.slice(Math.max(offset, ranked), offset + limit)) hits.push(this.hit(slot, 1, 0, placement(slot)));
    return { counts, hits };
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
      positions: (entry: number) => {
        const at = first + entry;
        return positions.subarray(positionStarts[at], at + 1 < positionStarts.length ? positionStarts[at + 1] : positions.length);
      },
    };
  }

  /** The live matches counted per kind, and the `first` best placed of the wanted kinds, in order. */
  private find(
    terms: readonly IndexedQueryTerm[],
    wanted: ReadonlySet<string>,
    first: number,
  ): { counts: Map<string, number>; best: number[]; placement: (slot: number) => number } {
    const counts = new Map<string, number>();
    const none = { counts, best: [], placement: () => 0 };
    if (terms.length === 0) return none;
    const lists = terms.map((term) => this.lexemesFor(term).map((lexeme) => this.postings.get(lexeme)!));
    const matched = this.intersect(lists.map((of) => of.map((postings) => postings.all)));
    if (matched.length === 0) return none;
    const titleMarks = this.marks(lists.map((of) => of.map((postings) => postings.title ?? NO_SLOTS)));
    const placement = (slot: number) => (titleMarks[slot] === terms.length ? 1 : 0) + this.weights[slot];
    const before = (a: number, b: number) => placement(b) - placement(a) || this.tieOrder(a, b);
    // Counted per kind code; the best `first` in a heap whose root is the worst kept, so most
    // matches lose to it at once.
    const perCode = new Int32Array(this.kindNames.length);
    const wantedCodes = this.kindNames.map((kind) => wanted.has(kind));
    const heap: number[] = [];
    for (const slot of matched) {
      const code = this.kindCodes[slot];
      perCode[code] += 1;
      if (!wantedCodes[code] || first <= 0) continue;
      if (heap.length < first) pushHeap(heap, slot, before);
      else if (before(slot, heap[0]) < 0) replaceRoot(heap, slot, before);
    }
    perCode.forEach((count, code) => {
      if (count > 0) counts.set(this.kindNames[code], count);
    });
    heap.sort(before);
    return { counts, best: heap, placement };
  }

  private kill(slot: number): void {
    this.alive[slot] = false;
    this.dead += 1;
  }

  private postingsOf(lexeme: string): Postings {
    let postings = this.postings.get(lexeme);
    if (!postings) {
      const name = ownCopy(lexeme);
      postings = { id: this.lexemeNames.push(name) - 1, all: new IntList(), title: null };
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

  /**
   * A mark per slot counting the groups passed (a group: the postings of one term's lexemes, any of
   * them): a slot is marked g+1 only when group g holds it and it was g, so a slot in two lexemes of
   * one group counts once. Slots in every group end marked with the number of groups.
   */
  private marks(groups: readonly (readonly IntList[])[]): Uint8Array {
    const marks = new Uint8Array(this.kinds.length);
    groups.forEach((group, at) => {
      for (const list of group) for (const slot of list.view()) if (marks[slot] === at) marks[slot] = at + 1;
    });
    return marks;
  }

  /** The live slots in every group, each once. */
  private intersect(groups: readonly (readonly IntList[])[]): number[] {
    const marks = this.marks(groups);
    const found: number[] = [];
    const last = groups.length;
    for (const list of groups[last - 1]) {
      for (const slot of list.view()) {
        if (marks[slot] === last && this.alive[slot]) {
          found.push(slot);
          marks[slot] = 0;
        }
      }
    }
    return found;
  }
}

type Before = (a: number, b: number) => number;

function swap(heap: number[], a: number, b: number): void {
  const kept = heap[a];
  heap[a] = heap[b];
  heap[b] = kept;
}

// A binary heap of slots with the worst (the one every other comes before) at the root.
function pushHeap(heap: number[], slot: number, before: Before): void {
  heap.push(slot);
  let at = heap.length - 1;
  while (at > 0) {
    const parent = (at - 1) >>> 1;
    if (before(heap[parent], heap[at]) >= 0) break;
    swap(heap, parent, at);
    at = parent;
  }
}

function replaceRoot(heap: number[], slot: number, before: Before): void {
  heap[0] = slot;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let worst = at;
    if (left < heap.length && before(heap[left], heap[worst]) > 0) worst = left;
    if (right < heap.length && before(heap[right], heap[worst]) > 0) worst = right;
    if (worst === at) return;
    swap(heap, worst, at);
    at = worst;
  }
}
