import type { IndexedQueryTerm } from '@simpul/service-kit';
import { IntList } from './int-list';

/** One document as the index keeps it: its key, the stored rank weight and its lexemes (those in the title apart). */
export interface MemoryDocument {
  kind: string;
  sourceId: string;
  /** registry.search_documents.rank_weight (a float4), as read. */
  rankWeight: number;
  /** registry.search_documents.change_xid, as text: a re-read of the same version is skipped. */
  changeXid: string;
  /** tsvector_to_array(search_vector): every lexeme. */
  lexemes: readonly string[];
  /** tsvector_to_array(ts_filter(search_vector, '{a}')): the lexemes with a title (weight A) position. */
  titleLexemes: readonly string[];
}

/** A match: its kind, id and placement ((title matches) + rank weight, as the SQL statement places them). */
export interface MemoryMatch {
  kind: string;
  sourceId: string;
  placement: number;
}

/** What a search found: live matches per kind (every kind), and the best placed of the wanted kinds, in order. */
export interface MemoryFound {
  counts: Map<string, number>;
  best: MemoryMatch[];
}

interface Postings {
  all: IntList;
  /** Made at the first document holding the lexeme in its title (most lexemes never are). */
  title: IntList | null;
}

const NO_SLOTS = new IntList();

const keyOf = (kind: string, sourceId: string) => `${kind}\u0000${sourceId}`;
// Kind, then id, in code-unit order: the SQL statements order ties with COLLATE "C", the same for ASCII ids.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An inverted index of registry.search_documents held by one registry process: lexeme → the slots of
 * the documents holding it (and those holding it in the title). It answers what the GIN index and the
 * heap visits answered — which documents match every word, whether their title does, their kind and
 * rank weight — without reading a row per match. A changed document gets a new slot and its old one is
 * marked dead (postings only grow); the owner rebuilds the index when too many are dead.
 */
export class SearchMemoryIndex {
  private readonly kinds: string[] = [];
  /** Each slot's kind as an index into kindNames (counting per kind without a map per match). */
  private readonly kindCodes: number[] = [];
  private readonly kindNames: string[] = [];
  private readonly ids: string[] = [];
  private readonly weights: number[] = [];
  private readonly xids: string[] = [];
  private readonly alive: boolean[] = [];
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
    // rank_weight is a float4: as one here, so placements compare as PostgreSQL's do.
    this.weights.push(Math.fround(document.rankWeight));
    this.xids.push(document.changeXid);
    this.alive.push(true);
    this.slotOf.set(key, slot);
    for (const lexeme of document.lexemes) this.postingsOf(lexeme).all.push(slot);
    for (const lexeme of document.titleLexemes) {
      const postings = this.postingsOf(lexeme);
      (postings.title ??= new IntList()).push(slot);
    }
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
   * Matches every term (a prefix term: any lexeme starting with it): how many live documents of each
   * kind, and the `first` best placed of the `wanted` kinds, in order. A placement is 1 when the
   * title alone holds every term, plus the document's rank weight; ties by kind and id.
   */
  find(terms: readonly IndexedQueryTerm[], wanted: ReadonlySet<string>, first: number): MemoryFound {
    const counts = new Map<string, number>();
    if (terms.length === 0) return { counts, best: [] };
    const lists = terms.map((term) => this.lexemesFor(term).map((lexeme) => this.postings.get(lexeme)!));
    const matched = this.intersect(lists.map((of) => of.map((postings) => postings.all)));
    if (matched.length === 0) return { counts, best: [] };
    const titleMarks = this.marks(lists.map((of) => of.map((postings) => postings.title ?? NO_SLOTS)));
    const placement = (slot: number) => (titleMarks[slot] === terms.length ? 1 : 0) + this.weights[slot];
    const before = (a: number, b: number) => {
      const difference = placement(b) - placement(a);
      if (difference !== 0) return difference;
      const ranks = this.tieRanks;
      if (a < ranks.length && b < ranks.length) return ranks[a] - ranks[b];
      return byCode(this.kinds[a], this.kinds[b]) || byCode(this.ids[a], this.ids[b]);
    };
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
    return { counts, best: heap.map((slot) => ({ kind: this.kinds[slot], sourceId: this.ids[slot], placement: placement(slot) })) };
  }

  private kill(slot: number): void {
    this.alive[slot] = false;
    this.dead += 1;
  }

  private postingsOf(lexeme: string): Postings {
    let postings = this.postings.get(lexeme);
    if (!postings) {
      postings = { all: new IntList(), title: null };
      this.postings.set(lexeme, postings);
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
