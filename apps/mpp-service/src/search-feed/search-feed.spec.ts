import { HttpSearchFeedSource } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { startMpp, type MppHarness } from '../test-support/mpp-test-app';

describe('GET /internal/search-documents: the active malls for the registry search index', () => {
  let mpp: MppHarness;
  let feed: HttpSearchFeedSource;
  const sql = <T>(text: string, params: unknown[] = []) => mpp.app.get(DataSource).query<T[]>(text, params);

  beforeAll(async () => {
    mpp = await startMpp();
    feed = new HttpSearchFeedSource('mpp', `${mpp.url}/graphql`);
  });
  afterAll(() => mpp?.close());

  it('gives the active malls only, in id order; a mall that is suspended leaves the feed', async () => {
    const active = await sql<{ id: string; name: string }>(`SELECT id, name FROM mpp.malls WHERE status = 'ACTIVE' ORDER BY id`);
    const inactive = await sql<{ name: string }>(`SELECT name FROM mpp.malls WHERE status <> 'ACTIVE'`);
    expect(inactive.length).toBeGreaterThan(0);
    const page = await feed.page({ since: null, after: null, limit: 1000 });
    expect(page.next).toBeNull();
    expect(page.documents.map((document) => document.sourceId)).toEqual(active.map((row) => row.id));
    expect(page.documents[0]).toMatchObject({
      kind: 'MALL',
      url: `/mpp/malls/${active[0].id}`,
      regionCode: expect.stringMatching(/^\d\d\.\d\d$/),
    });
    for (const mall of inactive) expect(page.documents.map((document) => document.title)).not.toContain(mall.name);

    const [first, second] = [
      await feed.page({ since: null, after: null, limit: 1 }),
      await feed.page({ since: null, after: active[0].id, limit: 1 }),
    ];
    expect(first.next).toBe(active[0].id);
    expect(second.documents[0].sourceId).toBe(active[1].id);

    await sql(`UPDATE mpp.malls SET status = 'SUSPENDED', updated_at = now() WHERE id = $1`, [active[0].id]);
    const after = await feed.page({ since: new Date(Date.now() - 60_000), after: null, limit: 1000 });
    expect(after.documents.map((document) => document.sourceId)).not.toContain(active[0].id);
  });
});
