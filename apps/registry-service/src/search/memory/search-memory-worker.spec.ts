import { encodeCursor, INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret } from '@simpul/service-kit';
import { createEmptyDatabase, startRegistryProcess, type RegistryProcess, type TestDatabase } from '@simpul/service-kit/testing';
import { DataSource } from 'typeorm';
import { registryDataSourceOptions } from '../../registry-database';
import { UPSERT_REGISTRY_DOCUMENTS } from '../registry-documents-sql';
import { SearchHitKind } from '../search-hit.model';
import { refreshSearchSynonyms } from '../search-synonyms';
import { RANKED_CANDIDATES, SearchService } from '../search.service';
import { SearchMemory } from './search-memory';

const SEARCH = `query($text: String!, $first: Int, $after: String, $kinds: [SearchHitKind!]) {
  search(text: $text, first: $first, after: $after, kinds: $kinds) {
    totalCount correctedText facets { kind count }
    edges { cursor node { kind id title subtitle url score } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/**
 * The built registry (its bundle, as `npm start` runs it) keeps its copy of the index in a worker
 * thread; Jest runs the sources, whose copy stays in the main thread (search.spec.ts). Here the
 * worker's answers are compared with the statement on PostgreSQL.
 */
describe("the built registry's copy of the index in a worker thread", () => {
  let database: TestDatabase;
  let registry: RegistryProcess;
  let db: DataSource;

  beforeAll(async () => {
    database = await createEmptyDatabase('search_worker');
    registry = await startRegistryProcess(database.url);
    db = await new DataSource(registryDataSourceOptions(database.url)).initialize();
    await db.transaction(async (tx) => {
      await refreshSearchSynonyms(tx);
      await tx.query(UPSERT_REGISTRY_DOCUMENTS, [new Date(), null]);
    });
    await db.query(
      `INSERT INTO registry.search_documents (kind, source_id, source, title, body, url)
       SELECT 'MALL', 'uji-' || n, 'mpp', 'Gerai Uji ' || n, repeat('loket ', n % 7), '/mpp/malls/uji-' || n FROM generate_series(1, ${RANKED_CANDIDATES + 100}) AS n`,
    );
  }, 180_000);
  afterAll(async () => {
    await db?.destroy();
    await registry?.close();
    await database?.drop();
  });

  it('answers every kind of search as the statement on PostgreSQL does, once it has read the documents', async () => {
    const search = async (text: string, first: number, after: string | null, kinds: SearchHitKind[] | null) => {
      // Signed out, as the gateway passes a public query on.
      const response = await fetch(registry.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, readSecret('INTERNAL_SECRET'), 'search'),
        },
        body: JSON.stringify({ query: SEARCH, variables: { text, first, after, kinds } }),
      });
      const answer = (await response.json()) as { data?: { search: unknown }; errors?: unknown[] };
      expect(answer.errors).toBeUndefined();
      return answer.data!.search;
    };
    // The process reads what changed every second.
    const deadline = Date.now() + 60_000;
    while (((await search('gerai uji', 1, null, null)) as { totalCount: number }).totalCount < RANKED_CANDIDATES + 100) {
      if (Date.now() > deadline) throw new Error('the registry did not read the documents');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const previous = process.env.SEARCH_MEMORY;
    process.env.SEARCH_MEMORY = 'off';
    const onPostgres = new SearchService(db, new SearchMemory(db));
    process.env.SEARCH_MEMORY = previous;
    const cases: [string, number, number | null, SearchHitKind[] | null][] = [
      ['samsat kalsel', 20, null, null],
      ['antrian online', 50, null, null],
      ['pdam', 20, null, null],
      ['mpp banjarmsin', 20, null, null],
      ['kota', 7, 13, null],
      ['banjarmasin', 5, null, [SearchHitKind.MALL, SearchHitKind.SERVICE_UNIT]],
      ['dinas kab', 100, null, null],
      ['gerai uji', 20, null, null],
      ['gerai uji', 20, RANKED_CANDIDATES - 11, null],
      ['gerai uji', 20, RANKED_CANDIDATES + 40, null],
      ['tidakadakatasepertiini', 20, null, null],
    ];
    for (const [text, first, position, kinds] of cases) {
      const after = position === null ? null : encodeCursor(position, 'o');
      const expected = JSON.parse(JSON.stringify(await onPostgres.search(text, first, after, kinds))) as unknown;
      expect({ text, position, answer: await search(text, first, after, kinds) }).toEqual({ text, position, answer: expected });
    }
  });
});
