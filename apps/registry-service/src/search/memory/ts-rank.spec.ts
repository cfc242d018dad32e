import { indexedQueryTerms, parseSearchText, rows, toTsQuery } from '@simpul/service-kit';
import { createTestDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { DataSource } from 'typeorm';
import { registryDataSourceOptions } from '../../registry-database';
import { SEEDED_REGISTRY } from '../../test-support/registry-test-app';
import { UPSERT_REGISTRY_DOCUMENTS } from '../registry-documents-sql';
import { RANK_WEIGHTS } from '../search-score';
import { refreshSearchSynonyms } from '../search-synonyms';
import { compareLexemes, rankItems, rankWeights, tsRank, tsRankBound, type RankedVector, type RankTerm } from './ts-rank';
import { parseTsVector } from './tsvector-text';

const vectorOf = (text: string): RankedVector => {
  const entries = parseTsVector(text);
  const starts = [0];
  for (const entry of entries) starts.push(starts[starts.length - 1] + entry.positions.length);
  return {
    size: entries.length,
    length: entries.reduce((sum, entry) => sum + Math.max(1, entry.positions.length), 0),
    lexeme: (entry) => entries[entry].lexeme,
    positions: entries.flatMap((entry) => entry.positions),
    positionStart: (entry) => starts[entry],
    positionEnd: (entry) => starts[entry + 1],
  };
};
const queryText = (terms: readonly RankTerm[]) => terms.map((term) => `'${term.word}'${term.prefix ? ':*' : ''}`).join(' & ');
const rank = (weights: typeof RANK_WEIGHTS, vector: string, terms: readonly RankTerm[]) =>
  tsRank(weights, vectorOf(vector), rankItems(terms), terms.length > 1);
const exact = (word: string): RankTerm => ({ word, prefix: false });
const prefix = (word: string): RankTerm => ({ word, prefix: true });

// A small deterministic generator, so the generated documents are the same every run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("ts_rank in TypeScript gives PostgreSQL's ts_rank(weights, vector, query, 1) to the bit, never above its bound", () => {
  let database: TestDatabase;
  let db: DataSource;
  // PostgreSQL's rank, and the vector as PostgreSQL stores and prints it (sorted, positions merged).
  const postgresRank = async (vector: string, query: string, weights = '{0.05, 0.2, 0.5, 1.0}') => {
    const [row] = await rows<{ rank: number; stored: string }>(
      db,
      `SELECT ts_rank($3::real[], $1::tsvector, to_tsquery('simple', $2), 1)::float8 AS rank, $1::tsvector::text AS stored`,
      [vector, query, weights],
    );
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_REGISTRY);
    db = await new DataSource(registryDataSourceOptions(database.url)).initialize();
    // The real vectors: the seeded units, services and agencies as the index job writes them (with synonym tokens)…
    await db.transaction(async (tx) => {
      await refreshSearchSynonyms(tx);
      await tx.query(UPSERT_REGISTRY_DOCUMENTS, [new Date(), null]);
    });
    // …and generated ones: long bodies (words far apart, positions past 16,383), words repeated
    // hundreds of times, shared prefixes, every field.
    const next = random(16);
    const words = [
      'kota',
      'kantor',
      'kab',
      'kabupaten',
      'banjar',
      'banjarmasin',
      'pelayanan',
      'pelayan',
      'samsat',
      'selatan',
      'antrean',
      'izin',
    ];
    const text = (count: number) => Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
    const generated = Array.from({ length: 160 }, (_, n) => ({
      title: text(1 + Math.floor(next() * 6)),
      subtitle: n % 3 === 0 ? null : text(Math.floor(next() * 8)),
      body: n % 20 === 0 ? `${text(40)} ${'lorem '.repeat(17000)} ${text(40)}` : text(Math.floor(next() * (n % 4 === 0 ? 600 : 40))),
    }));
    await db.query(
      `INSERT INTO registry.search_documents (kind, source_id, source, title, subtitle, body, url)
       SELECT 'MALL', 'rank-' || g.n, 'mpp', g.title, g.subtitle, g.body, '/mpp/malls/rank-' || g.n
       FROM jsonb_to_recordset($1::jsonb) AS g(n int, title text, subtitle text, body text)`,
      [JSON.stringify(generated.map((document, n) => ({ n, ...document })))],
    );
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it.each<[string, string, RankTerm[]]>([
    ['one word, one position', `'kota':1A`, [prefix('kota')]],
    ['one word, several positions of several weights', `'kota':1A,4B,9,12C`, [exact('kota')]],
    ['two words next to each other', `'kantor':2A 'kota':1A`, [prefix('kota'), prefix('kantor')]],
    ['two words far apart (word_distance past 100)', `'a':1A 'b':300C`, [exact('a'), exact('b')]],
    ['the same position (skipped)', `'a':1A 'b':1A`, [exact('a'), exact('b')]],
    ['a lexeme without positions (AND)', `'a' 'b':3`, [exact('a'), exact('b')]],
    ['a lexeme without positions (one word)', `'a' 'b':3`, [exact('a')]],
    [
      'a prefix matching several lexemes, the last one pairing',
      `'ban':1 'banjar':5A 'banjarmasin':2B,9 'kota':3C`,
      [prefix('ban'), exact('kota')],
    ],
    ['one word twice in the query', `'kota':1A,7`, [prefix('kota'), prefix('kota')]],
    ['a word in the query the vector lacks', `'kota':1A`, [prefix('kota'), exact('desa')]],
    ['three words', `'a':1A 'b':2B 'c':40C,41`, [exact('c'), exact('a'), exact('b')]],
    ['position 16,383 (capped)', `'a':16383 'b':1A`, [exact('a'), exact('b')]],
  ])('%s', async (_case, vector, terms) => {
    const postgres = await postgresRank(vector, queryText(terms));
    expect(rank(RANK_WEIGHTS, postgres.stored, terms)).toBe(postgres.rank);
  });

  it('with other weights too', async () => {
    const vector = `'antrean':3B,8 'kota':1A,5C 'online':2A,44`;
    for (const weights of [
      [0.1, 0.2, 0.4, 1.0],
      [0.3, 0.3, 0.3, 0.3],
      [0.01, 0.7, 0.9, 0.95],
    ]) {
      const [d, c, b, a] = weights;
      for (const terms of [[prefix('kota')], [prefix('kota'), exact('online')], [prefix('antrean'), prefix('kota'), exact('online')]]) {
        const postgres = await postgresRank(vector, queryText(terms), `{${weights.join(',')}}`);
        expect(rank(rankWeights(d, c, b, a), postgres.stored, terms)).toBe(postgres.rank);
      }
    }
  });

  it('on every indexed document a query matches, for every kind of query the search builds', async () => {
    const documents = await rows<{ vector: string }>(db, `SELECT search_vector::text AS vector FROM registry.search_documents`);
    // Words as the search types them: letters and digits only (searchWords), each one operand of the tsquery.
    const lexemes = [...new Set(documents.flatMap((document) => parseTsVector(document.vector).map((entry) => entry.lexeme)))]
      .filter((lexeme) => /^[\p{L}\p{N}]+$/u.test(lexeme))
      .sort(compareLexemes);
    const pick = random(7);
    const any = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)];
    const termOf = (): RankTerm => {
      const lexeme = any(lexemes);
      if (lexeme.startsWith('syn0')) return exact(lexeme);
      return prefix(lexeme.slice(0, 1 + Math.floor(pick() * lexeme.length)));
    };
    // What people type (synonyms become tokens, words prefixes), and random terms of one to three words.
    const queries: RankTerm[][] = [
      'samsat kalsel',
      'antrian online',
      'pdam',
      'disdukcapil',
      'banjarmasin',
      'dinas kabupaten',
      'pelayanan',
      'kota kota',
      'kab banjar',
      'ban banjarmasin',
    ].map((phrase) => indexedQueryTerms(parseSearchText(phrase)));
    for (let n = 0; n < 250; n += 1) queries.push(Array.from({ length: 1 + (n % 3) }, termOf));

    let compared = 0;
    const differing: { query: string; vector: string; typescript: number; postgres: number }[] = [];
    const aboveBound: { query: string; vector: string; bound: number; postgres: number }[] = [];
    for (const terms of queries) {
      const found = await rows<{ vector: string; rank: number }>(
        db,
        `SELECT d.search_vector::text AS vector, ts_rank('{0.05, 0.2, 0.5, 1.0}', d.search_vector, q, 1)::float8 AS rank
         FROM registry.search_documents d, to_tsquery('simple', $1) AS q WHERE d.search_vector @@ q`,
        [queryText(terms)],
      );
      for (const { vector, rank: postgres } of found) {
        const typescript = rank(RANK_WEIGHTS, vector, terms);
        if (typescript !== postgres) differing.push({ query: queryText(terms), vector, typescript, postgres });
        // The bound the search skips candidates by is never below a rank.
        const bound = tsRankBound(vectorOf(vector).length, rankItems(terms), terms.length > 1);
        if (bound !== null && postgres > bound) aboveBound.push({ query: queryText(terms), vector, bound, postgres });
      }
      compared += found.length;
    }
    expect({ differing: differing.length, first: differing.slice(0, 3) }).toEqual({ differing: 0, first: [] });
    expect(aboveBound.slice(0, 3)).toEqual([]);
    expect(compared).toBeGreaterThan(10000);
  });

  it("the search's own tsquery text has the operands the rank reads", async () => {
    for (const phrase of ['samsat kalsel', 'antrian online', 'dinas kab', 'pdam']) {
      const parts = parseSearchText(phrase);
      const [{ operands }] = await rows<{ operands: string }>(db, `SELECT querytree(to_tsquery('simple', $1)) AS operands`, [
        toTsQuery(parts, new Map(), '', { indexedSynonyms: true }),
      ]);
      expect(operands).toBe(queryText(indexedQueryTerms(parts)));
    }
  });
});
