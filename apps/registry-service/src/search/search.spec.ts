import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  encodeCursor,
  HttpSearchFeedSource,
  parseSearchText,
  SEARCH_FEED_PATH,
  stableId,
  SYNONYM_GROUPS,
  toTsQuery,
  type SearchDocument,
} from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { SearchHitKind } from './search-hit.model';
import { SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';
import { SearchMemory } from './memory/search-memory';
import { SearchIndexSync } from './search-index-sync';
import { refreshSearchSynonyms } from './search-synonyms';
import { RANKED_CANDIDATES, SearchService } from './search.service';

const SEARCH = `query($text: String!, $first: Int, $after: String, $kinds: [SearchHitKind!]) {
  search(text: $text, first: $first, after: $after, kinds: $kinds) {
    totalCount correctedText
    facets { kind count }
    edges { cursor node { kind id title subtitle url score } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  subtitle: string | null;
  url: string;
  score: number;
}
interface Result {
  search: {
    totalCount: number;
    correctedText: string | null;
    facets: { kind: string; count: number }[];
    edges: { cursor: string; node: Hit }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * A service's feed over real HTTP, as KIPP or MPP answers GET /internal/search-documents: the test
 * sets what it holds; it pages by id like the real feeds and remembers what it was asked.
 */
async function startFeed(): Promise<{
  url: string;
  documents: SearchDocument[];
  asked: URLSearchParams[];
  down: boolean;
  close(): Promise<void>;
}> {
  const state = { documents: [] as SearchDocument[], asked: [] as URLSearchParams[], down: false };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://feed');
    if (url.pathname !== SEARCH_FEED_PATH || !request.headers['x-simpul-internal'] || state.down) {
      response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'down' }] }));
      return;
    }
    state.asked.push(url.searchParams);
    const limit = Number(url.searchParams.get('limit'));
    const after = url.searchParams.get('after');
    const sorted = [...state.documents].sort((a, b) => a.sourceId.localeCompare(b.sourceId));
    const page = sorted.filter((document) => !after || document.sourceId > after).slice(0, limit);
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ documents: page, next: page.length === limit ? page.at(-1)!.sourceId : null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

const innovation = (key: string, title: string, body: string, agencyKey: string): SearchDocument => ({
  kind: 'INNOVATION',
  sourceId: stableId('innovation', key),
  title,
  subtitle: null,
  body,
  url: `/kipp/inovasi/${stableId('innovation', key)}`,
  regionCode: null,
  agencyId: stableId('agency', agencyKey),
});

describe('cross-module search (registry.search_documents, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  let kipp: Awaited<ReturnType<typeof startFeed>>;
  let mpp: Awaited<ReturnType<typeof startFeed>>;
  let sync: SearchIndexSync;
  const now = new Date('2026-12-07T06:00:00Z');
  const search = async (variables: Record<string, unknown>) => {
    const answer = await registry.graphql<Result>(SEARCH, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!.search;
  };
  const titles = (result: Result['search']) => result.edges.map((edge) => edge.node.title);

  beforeAll(async () => {
    registry = await startRegistry();
    [kipp, mpp] = await Promise.all([startFeed(), startFeed()]);
    kipp.documents.push(
      innovation('antrean', 'Antrean Daring Terpadu Mal Pelayanan Publik', 'Satu aplikasi antrean untuk seluruh gerai MPP', 'pemkot-63.71'),
      innovation(
        'capil',
        'Akta Kelahiran Langsung dari Rumah Sakit',
        'Dinas Kependudukan dan Pencatatan Sipil bersama rumah sakit',
        'pemkot-63.71',
      ),
      // A feed never writes another service's kind: this one is dropped.
      { ...innovation('foreign', 'Unit yang bukan urusan KIPP', '', 'pemkot-63.71'), kind: 'SERVICE_UNIT' },
    );
    mpp.documents.push({
      kind: 'MALL',
      sourceId: stableId('mall', 'mpp-kota-banjarmasin'),
      title: 'MPP Kota Banjarmasin',
      subtitle: null,
      body: 'Mal Pelayanan Publik',
      url: `/mpp/malls/${stableId('mall', 'mpp-kota-banjarmasin')}`,
      regionCode: '63.71',
      agencyId: null,
    });
    sync = registry.app.get(SearchIndexSync);
    await sync.syncRegistry(now);
    await sync.syncSource(new HttpSearchFeedSource('kipp', kipp.url), now);
    await sync.syncSource(new HttpSearchFeedSource('mpp', mpp.url), now);
  });
  afterAll(async () => {
    await registry?.close();
    await Promise.all([kipp?.close(), mpp?.close()]);
  });

  it('"samsat kalsel" finds the SAMSAT Kalimantan Selatan unit first', async () => {
    const result = await search({ text: 'samsat kalsel' });
    expect(result.edges[0].node).toMatchObject({
      kind: 'SERVICE_UNIT',
      id: SAMSAT_KALSEL,
      title: 'SAMSAT Kalimantan Selatan',
      url: `/registry/units/${SAMSAT_KALSEL}`,
    });
    // Not SAMSAT of another province.
    expect(titles(result)).not.toContain('SAMSAT Kalimantan Tengah');
    expect(await search({ text: 'SAMSAT Kalimantan Selatan' }).then((other) => other.edges[0].node.id)).toBe(SAMSAT_KALSEL);
  });

  it('"antrian online" and "antrean online" find the same things, the KIPP innovation among them', async () => {
    const antrian = await search({ text: 'antrian online', first: 50 });
    const antrean = await search({ text: 'antrean online', first: 50 });
    expect(antrian.totalCount).toBeGreaterThan(0);
    expect(titles(antrian)).toEqual(titles(antrean));
    expect(titles(antrian)).toContain('Antrean Daring Terpadu Mal Pelayanan Publik');
  });

  it('"pdam" finds Perumda Air Minum; "disdukcapil" finds the Disdukcapil and what names Dinas Kependudukan dan Pencatatan Sipil', async () => {
    const pdam = await search({ text: 'pdam' });
    expect(pdam.edges[0].node).toMatchObject({ kind: 'SERVICE_UNIT', title: 'Perumda Air Minum Bandarmasih — Gerai MPP' });
    const capil = await search({ text: 'disdukcapil', first: 50 });
    expect(titles(capil)).toEqual(expect.arrayContaining(['Disdukcapil Kota Banjarmasin', 'Akta Kelahiran Langsung dari Rumah Sakit']));
  });

  it('a typo ("banjarmsin") is corrected to a word of the index and says so', async () => {
    const typo = await search({ text: 'mpp banjarmsin' });
    expect(typo.correctedText).toBe('mpp banjarmasin');
    expect(typo.totalCount).toBeGreaterThan(0);
    expect(titles(typo)).toContain('MPP Kota Banjarmasin');
    expect(typo.edges.every((edge) => /banjarmasin/i.test(`${edge.node.title} ${edge.node.subtitle}`))).toBe(true);
    expect((await search({ text: 'banjarmasin' })).correctedText).toBeNull();
  });

  it('pages follow each other without repeats; facets count every kind, kinds filters the hits', async () => {
    const all = await search({ text: 'banjarmasin', first: 100 });
    expect(all.totalCount).toBeGreaterThan(6);
    const first = await search({ text: 'banjarmasin', first: 3 });
    const second = await search({ text: 'banjarmasin', first: 3, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(all.edges.slice(0, 6).map((edge) => edge.node.id));
    const scores = all.edges.map((edge) => edge.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.facets.reduce((sum, facet) => sum + facet.count, 0)).toBe(all.totalCount);
    expect(all.facets.map((facet) => facet.kind)).toEqual(expect.arrayContaining(['SERVICE_UNIT', 'AGENCY', 'MALL', 'INNOVATION']));

    const malls = await search({ text: 'banjarmasin', kinds: ['MALL', 'INNOVATION'] });
    expect(new Set(malls.edges.map((edge) => edge.node.kind))).toEqual(new Set(['MALL', 'INNOVATION']));
    expect(malls.totalCount).toBe(
      all.facets.filter((facet) => ['MALL', 'INNOVATION'].includes(facet.kind)).reduce((s, f) => s + f.count, 0),
    );
    expect(malls.facets).toEqual(all.facets);
  });

  it('tsquery syntax in the text is only a separator: no error', async () => {
    for (const text of [`samsat & | ! ( ) : * ' "`, `'kalsel`, `samsat:*`, `!(pdam)`, `a'b"c`]) {
      const answer = await registry.graphql<Result>(SEARCH, { text });
      expect(answer.errors).toBeUndefined();
    }
    expect((await search({ text: `samsat & kalsel:*` })).edges[0].node.id).toBe(SAMSAT_KALSEL);
  });

  it.each([
    ['empty', '', 'Tulis kata yang dicari.', 'Write what to search for.'],
    ['201 characters', 'x'.repeat(201), 'Tulis paling banyak 200 karakter (ini 201).', 'Write at most 200 characters (this is 201).'],
    [
      'only tsquery operators',
      '&|!():*',
      'Tulis paling sedikit satu huruf atau angka yang dicari.',
      'Write at least one letter or digit to search for.',
    ],
  ])('text that is %s is refused with a typed bilingual error', async (_label, text, id, en) => {
    const answer = await registry.graphql<Result>(SEARCH, { text });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', messages: { id, en } });
  });

  it('only what a feed gives is indexed: a foreign kind is dropped, a withdrawn row goes at the next full read, a source that is down keeps its rows', async () => {
    expect((await search({ text: 'bukan urusan kipp' })).totalCount).toBe(0);

    kipp.documents.splice(
      kipp.documents.findIndex((document) => document.title.startsWith('Akta')),
      1,
    );
    await sync.syncSource(new HttpSearchFeedSource('kipp', kipp.url), now, true);
    expect(titles(await search({ text: 'akta kelahiran', first: 50 }))).not.toContain('Akta Kelahiran Langsung dari Rumah Sakit');

    // The next run of the same process reads only what changed since the last one.
    kipp.asked.length = 0;
    const later = new Date(now.getTime() + 60_000);
    await sync.syncSource(new HttpSearchFeedSource('kipp', kipp.url), later);
    expect(kipp.asked[0].get('since')).toBe(new Date(now.getTime() - 120_000).toISOString());

    kipp.down = true;
    const result = await sync.syncSource(new HttpSearchFeedSource('kipp', kipp.url), later, true);
    expect(result.error).toBeDefined();
    expect(titles(await search({ text: 'antrean daring' }))).toContain('Antrean Daring Terpadu Mal Pelayanan Publik');
    const [state] = await registry.sql<{ last_error: string | null }>(
      `SELECT last_error FROM registry.search_sources WHERE source = 'kipp'`,
    );
    expect(state.last_error).toBe('down');
    kipp.down = false;
  });

  it('synonym groups are tokens in the index: they find exactly what the expanded query finds, the title keeps weight A, and the typo word list holds no token', async () => {
    for (const text of ['samsat kalsel', 'antrian online', 'pdam', 'disdukcapil', 'mpp banjarmasin', 'kab banjar', 'rumah sakit']) {
      const parts = parseSearchText(text);
      const [expanded] = await registry.sql<{ all: number; title: number }>(
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE search_vector @@ to_tsquery('simple', $2))::int AS title
         FROM registry.search_documents WHERE search_vector @@ to_tsquery('simple', $1)`,
        [toTsQuery(parts), toTsQuery(parts, new Map(), 'A')],
      );
      const [tokens] = await registry.sql<{ all: number; title: number }>(
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE search_vector @@ to_tsquery('simple', $2))::int AS title
         FROM registry.search_documents WHERE search_vector @@ to_tsquery('simple', $1)`,
        [toTsQuery(parts, new Map(), '', { indexedSynonyms: true }), toTsQuery(parts, new Map(), 'A', { indexedSynonyms: true })],
      );
      expect({ text, ...tokens }).toEqual({ text, ...expanded });
      expect((await search({ text })).totalCount).toBe(expanded.all);
    }
    const [samsat] = await registry.sql<{ vector: string }>(
      `SELECT search_vector::text AS vector FROM registry.search_documents WHERE kind = 'SERVICE_UNIT' AND source_id = $1`,
      [SAMSAT_KALSEL],
    );
    expect(samsat.vector).toMatch(/'syn0kalsel':\d+A/);
    expect(samsat.vector).toMatch(/'syn0samsat':\d+A/);
    // The word list typos are corrected from holds no token.
    expect(await registry.sql(`SELECT word FROM registry.search_lexicon WHERE word LIKE 'syn0%'`)).toEqual([]);
  });

  it('a changed synonym list re-indexes every document once; the same list again changes nothing', async () => {
    const db = registry.app.get(DataSource);
    const [{ n: documents }] = await registry.sql<{ n: number }>(`SELECT count(*)::int AS n FROM registry.search_documents`);
    const extended = [...SYNONYM_GROUPS, { note: 'test only', terms: ['gerai', 'loket'] }];
    try {
      expect(await db.transaction((tx) => refreshSearchSynonyms(tx, extended))).toBe(documents);
      expect(await db.transaction((tx) => refreshSearchSynonyms(tx, extended))).toBe(0);
      const [carrying] = await registry.sql<{ token: number; terms: number }>(
        `SELECT count(*) FILTER (WHERE search_vector @@ 'syn0gerai'::tsquery)::int AS token,
                count(*) FILTER (WHERE search_vector @@ to_tsquery('simple', 'gerai:* | loket:*'))::int AS terms
         FROM registry.search_documents`,
      );
      expect(carrying.token).toBeGreaterThan(0);
      expect(carrying.token).toBe(carrying.terms);
    } finally {
      await db.transaction((tx) => refreshSearchSynonyms(tx));
    }
    expect(await registry.sql(`SELECT 1 FROM registry.search_documents WHERE search_vector @@ 'syn0gerai'::tsquery`)).toEqual([]);
  });

  it("the process's copy of the index finds, places, counts and pages exactly as the statement on PostgreSQL does", async () => {
    const memory = registry.app.get(SearchMemory);
    expect(memory.size).toBeGreaterThan(0);
    const inMemory = registry.app.get(SearchService);
    const previous = process.env.SEARCH_MEMORY;
    process.env.SEARCH_MEMORY = 'off';
    const onPostgres = new SearchService(registry.app.get(DataSource), new SearchMemory(registry.app.get(DataSource)));
    process.env.SEARCH_MEMORY = previous;
    // More matches than are ranked (RANKED_CANDIDATES), so pages cross from the ranked ones to the placed ones.
    await registry.sql(
      `INSERT INTO registry.search_documents (kind, source_id, source, title, body, url)
       SELECT 'MALL', 'uji-' || n, 'mpp', 'Gerai Uji ' || n, repeat('loket ', n % 7), '/mpp/malls/uji-' || n FROM generate_series(1, ${RANKED_CANDIDATES + 100}) AS n`,
    );
    await memory.refresh();
    try {
      const cases: [string, number, number | null, SearchHitKind[] | null][] = [
        ['samsat kalsel', 20, null, null],
        ['antrian online', 50, null, null],
        ['pdam', 20, null, null],
        ['disdukcapil', 50, null, null],
        ['mpp banjarmsin', 20, null, null],
        ['kota', 100, null, null],
        ['kota', 7, 13, null],
        ['banjarmasin', 5, null, [SearchHitKind.MALL, SearchHitKind.INNOVATION]],
        ['dinas kab', 100, null, null],
        ['pelayanan', 100, null, null],
        ['gerai uji', 20, null, null],
        ['gerai uji', 20, RANKED_CANDIDATES - 11, null],
        ['gerai uji', 20, RANKED_CANDIDATES + 40, null],
        ['tidakadakatasepertiini', 20, null, null],
      ];
      // Documents read as changes, then the same loaded in full (ties then compare precomputed ranks).
      for (const loaded of ['changes', 'full']) {
        if (loaded === 'full') await memory.refresh(true);
        for (const [text, first, position, kinds] of cases) {
          const after = position === null ? null : encodeCursor(position, 'o');
          expect({ loaded, text, position, ...(await inMemory.search(text, first, after, kinds)) }).toEqual({
            loaded,
            text,
            position,
            ...(await onPostgres.search(text, first, after, kinds)),
          });
        }
      }
    } finally {
      await registry.sql(`DELETE FROM registry.search_documents WHERE source_id LIKE 'uji-%'`);
      await memory.refresh();
    }
  });

  it('above SEARCH_MEMORY_MAX_DOCUMENTS a process keeps no copy and searches PostgreSQL', async () => {
    const db = registry.app.get(DataSource);
    const previous = process.env.SEARCH_MEMORY_MAX_DOCUMENTS;
    process.env.SEARCH_MEMORY_MAX_DOCUMENTS = '1';
    const bounded = new SearchMemory(db);
    if (previous === undefined) delete process.env.SEARCH_MEMORY_MAX_DOCUMENTS;
    else process.env.SEARCH_MEMORY_MAX_DOCUMENTS = previous;
    await bounded.refresh(true);
    expect(bounded.size).toBeNull();
    expect(
      bounded.search({ terms: [{ word: 'samsat', prefix: true }], wanted: ['SERVICE_UNIT'], offset: 0, limit: 1, ranked: 1 }),
    ).toBeNull();
    expect((await new SearchService(db, bounded).search('samsat kalsel')).edges[0].node.id).toBe(SAMSAT_KALSEL);
  });

  it('the copy in memory reads what another process wrote and removed, and a transaction that commits after a read is not skipped', async () => {
    const memory = registry.app.get(SearchMemory);
    const write = (id: string, title: string) =>
      `INSERT INTO registry.search_documents (kind, source_id, source, title, url) VALUES ('MALL', '${id}', 'mpp', '${title}', '/mpp/malls/${id}')`;
    await registry.sql(write('memory-1', 'Gerai Zamrud Khatulistiwa'));
    await memory.refresh();
    expect(titles(await search({ text: 'zamrud' }))).toEqual(['Gerai Zamrud Khatulistiwa']);

    const other = registry.app.get(DataSource).createQueryRunner();
    try {
      await other.startTransaction();
      await other.query(write('memory-2', 'Gerai Zamrud Nusantara'));
      await memory.refresh();
      await other.commitTransaction();
    } finally {
      await other.release();
    }
    await memory.refresh();
    expect(titles(await search({ text: 'zamrud' })).sort()).toEqual(['Gerai Zamrud Khatulistiwa', 'Gerai Zamrud Nusantara']);

    await registry.sql(`UPDATE registry.search_documents SET title = 'Gerai Safir' WHERE source_id = 'memory-1'`);
    await registry.sql(`DELETE FROM registry.search_documents WHERE source_id = 'memory-2'`);
    await memory.refresh();
    expect((await search({ text: 'zamrud' })).totalCount).toBe(0);
    expect(titles(await search({ text: 'safir' }))).toEqual(['Gerai Safir']);
    await registry.sql(`DELETE FROM registry.search_documents WHERE source_id = 'memory-1'`);
    await memory.refresh();
  });

  it('an archived unit leaves the index at the next run; a renamed one is found by its new name', async () => {
    const [unit] = await registry.sql<{ id: string }>(`SELECT id FROM registry.service_units WHERE name = 'Kecamatan Banjarmasin Tengah'`);
    await registry.sql(`UPDATE registry.service_units SET archived_at = now(), updated_at = now() WHERE id = $1`, [unit.id]);
    await registry.sql(`UPDATE registry.service_units SET name = 'SAMSAT Kalsel Induk', updated_at = now() WHERE id = $1`, [SAMSAT_KALSEL]);
    await sync.syncRegistry(new Date(now.getTime() + 120_000), true);
    expect(titles(await search({ text: 'kecamatan banjarmasin tengah', first: 50 }))).not.toContain('Kecamatan Banjarmasin Tengah');
    expect((await search({ text: 'samsat induk' })).edges[0].node).toMatchObject({ id: SAMSAT_KALSEL, title: 'SAMSAT Kalsel Induk' });
  });
});
