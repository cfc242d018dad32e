import { intersectMarked, intersectSorted } from './intersect-postings';
import { SearchMemoryIndex, type MemoryDocument } from './search-memory-index';
import { compareLexemes, entryPos } from './ts-rank';

// A small deterministic generator, so the generated documents are the same every run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const WORDS = ['dinas', 'dinasti', 'kabupaten', 'kab', 'kota', 'pelayanan', 'pelayan', 'samsat', 'antrean', 'izin'];
const KINDS = ['SERVICE_UNIT', 'SERVICE', 'INNOVATION', 'AGENCY'];

/** Generated documents: a title (weight A) and a body (weight D) of random words, their vector as PostgreSQL orders it. */
function documents(count: number, seed: number): MemoryDocument[] {
  const next = random(seed);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]);
  return Array.from({ length: count }, (_, n) => {
    const title = words(1 + Math.floor(next() * 4));
    const body = words(Math.floor(next() * 12));
    const positions = new Map<string, number[]>();
    [...title, ...body].forEach((word, at) => {
      positions.set(word, [...(positions.get(word) ?? []), entryPos(at + 1, at < title.length ? 3 : 0)]);
    });
    return {
      kind: KINDS[n % KINDS.length],
      sourceId: `doc-${String(n).padStart(4, '0')}`,
      title: title.join(' '),
      subtitle: null,
      url: `/x/${n}`,
      // Few distinct weights, so that placements tie and kind and id decide, also between a title
      // match (1 + 0.25) and a document placed by its weight alone (1.25).
      rankWeight: [0.25, 0.5, 1.25, 1.5][Math.floor(next() * 4)],
      changeXid: '1',
      vector: [...positions.keys()].sort(compareLexemes).map((lexeme) => ({ lexeme, positions: positions.get(lexeme)! })),
    };
  });
}

const KIND_SET = new Set(KINDS);
const SEARCHES = [
  [{ word: 'dinas', prefix: true }],
  [{ word: 'dinas', prefix: false }],
  [
    { word: 'dinas', prefix: true },
    { word: 'kabupaten', prefix: true },
  ],
  [
    { word: 'kab', prefix: true },
    { word: 'pelayan', prefix: true },
    { word: 'kota', prefix: false },
  ],
  [{ word: 'samsat', prefix: false }],
  [
    { word: 'kota', prefix: true },
    { word: 'izin', prefix: true },
  ],
  [
    { word: 'samsat', prefix: false },
    { word: 'dinas', prefix: false },
    { word: 'antrean', prefix: true },
  ],
];

describe('the copy of the index in memory', () => {
  it('places a document written after the seal exactly where it would be had it been sealed with the others', () => {
    const all = documents(900, 7);
    const sealed = new SearchMemoryIndex();
    for (const document of all) sealed.put(document);
    sealed.seal();
    const later = new SearchMemoryIndex();
    for (const document of all.slice(0, 600)) later.put(document);
    later.seal();
    for (const document of all.slice(600)) later.put(document);
    for (const terms of SEARCHES) {
      for (const [offset, limit, ranked] of [
        [0, 21, 50],
        [40, 21, 50],
        [100, 21, 50],
        [0, 21, 500],
      ]) {
        expect(later.search(terms, KIND_SET, offset, limit, ranked)).toEqual(sealed.search(terms, KIND_SET, offset, limit, ranked));
      }
    }
  });

  it('finds a replaced document by its new text only, and a removed one not at all', () => {
    const index = new SearchMemoryIndex();
    const [first, second] = documents(2, 3);
    index.put({ ...first, title: 'Samsat', vector: [{ lexeme: 'samsat', positions: [entryPos(1, 3)] }] });
    index.put({ ...second, title: 'Samsat', vector: [{ lexeme: 'samsat', positions: [entryPos(1, 3)] }] });
    index.seal();
    index.put({ ...first, changeXid: '2', title: 'Kota', vector: [{ lexeme: 'kota', positions: [entryPos(1, 3)] }] });
    index.remove(second.kind, second.sourceId);
    expect(index.search([{ word: 'samsat', prefix: false }], KIND_SET, 0, 10, 10).hits).toEqual([]);
    expect(index.search([{ word: 'kota', prefix: false }], KIND_SET, 0, 10, 10).hits.map((hit) => hit.sourceId)).toEqual([first.sourceId]);
  });
});

describe('intersecting posting lists (slot * 2 + title)', () => {
  const next = random(11);
  const list = (share: number, titled: number) =>
    Int32Array.from(
      Array.from({ length: 3000 }, (_, slot) => slot)
        .filter(() => next() < share)
        .map((slot) => slot * 2 + (next() < titled ? 1 : 0)),
    );
  const alive = Array.from({ length: 3000 }, (_, slot) => slot % 17 !== 0);
  const expected = (lists: Int32Array[]) => {
    const held = lists.map((one) => new Map([...one].map((value) => [value >>> 1, value & 1])));
    return [...held[0].keys()]
      .filter((slot) => alive[slot] && held.every((map) => map.has(slot)))
      .map((slot) => slot * 2 + (held.every((map) => map.get(slot) === 1) ? 1 : 0));
  };

  // Bit sets of a list's slots below 2,000 (as if the rest came after the seal; the last word only partly theirs).
  const dense = (one: Int32Array) => {
    const bits = new Int32Array(63);
    const titles = new Int32Array(63);
    for (const value of one.filter((value) => value >>> 1 < 2000)) {
      bits[value >>> 6] |= 1 << ((value >>> 1) & 31);
      titles[value >>> 6] |= (value & 1) << ((value >>> 1) & 31);
    }
    return { below: 2000, bits, titles };
  };

  it('finds the live slots in every list, in the title when every list has them there, short against long lists and bit sets too', () => {
    for (const lists of [
      [list(0.5, 0.5), list(0.6, 0.7)],
      [list(0.01, 0.5), list(0.9, 0.9)],
      [list(0.3, 0.9), list(0.4, 0.8), list(0.02, 0.5)],
      [list(0.5, 0.5)],
    ]) {
      for (const withBits of [false, true]) {
        const out = new Int32Array(3000);
        const found = intersectSorted(
          lists.map((one) => ({ list: one, dense: withBits ? dense(one) : null })),
          alive,
          out,
        );
        expect([...out.subarray(0, found)].sort((a, b) => a - b)).toEqual(expected(lists));
      }
    }
  });

  it('counts a slot in two lexemes of one term once, in the title when either lexeme has it there', () => {
    const marks = new Uint32Array(3000);
    const groups = [
      [list(0.3, 0.5), list(0.3, 0.5)],
      [list(0.5, 0.3), list(0.2, 0.6), list(0.1, 0.9)],
    ];
    // A term of several lexemes is their union, titled when any of them is.
    const union = (lists: Int32Array[]) => {
      const slots = new Map<number, number>();
      for (const one of lists) for (const value of one) slots.set(value >>> 1, (slots.get(value >>> 1) ?? 0) | (value & 1));
      return Int32Array.from([...slots].sort(([a], [b]) => a - b).map(([slot, title]) => slot * 2 + title));
    };
    // Two searches on the same marks: the second must not see the first's.
    for (const base of [64, 128]) {
      const out = new Int32Array(3000);
      const found = intersectMarked(groups, alive, marks, base, out);
      expect([...out.subarray(0, found)].sort((a, b) => a - b)).toEqual(expected(groups.map(union)));
    }
  });
});
