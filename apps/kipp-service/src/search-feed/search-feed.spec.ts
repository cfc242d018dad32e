import { randomUUID } from 'node:crypto';
import { HttpSearchFeedSource, INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret, type SearchDocument } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { startKipp, type KippHarness } from '../test-support/kipp-test-app';

describe('GET /internal/search-documents: the published catalogue for the registry search index', () => {
  let kipp: KippHarness;
  let feed: HttpSearchFeedSource;
  const sql = <T>(text: string, params: unknown[] = []) => kipp.app.get(DataSource).query<T[]>(text, params);
  const readAll = async (since: Date | null = null, limit = 1000) => {
    const documents: SearchDocument[] = [];
    let after: string | null = null;
    do {
      const page = await feed.page({ since, after, limit });
      documents.push(...page.documents);
      after = page.next;
    } while (after);
    return documents;
  };

  beforeAll(async () => {
    kipp = await startKipp();
    feed = new HttpSearchFeedSource('kipp', `${kipp.url}/graphql`);
  });
  afterAll(() => kipp?.close());

  it('gives every catalogue innovation, paged in id order, and no proposal that is not published', async () => {
    const catalogue = await sql<{ id: string }>(`SELECT id FROM kipp.innovations ORDER BY id`);
    const all = await readAll();
    expect(all.map((document) => document.sourceId)).toEqual(catalogue.map((row) => row.id));
    expect(await readAll(null, 7)).toEqual(all);
    expect(all.every((document) => document.kind === 'INNOVATION' && document.url === `/kipp/inovasi/${document.sourceId}`)).toBe(true);
    expect(all.find((document) => document.title === 'Antrean Daring Terpadu Mal Pelayanan Publik')).toMatchObject({
      agencyId: expect.any(String),
      regionCode: expect.any(String),
    });

    const drafts = await sql<{ title: string }>(`SELECT title FROM kipp.proposals WHERE innovation_id IS NULL`);
    expect(drafts.length).toBeGreaterThan(0);
    const published = new Set(all.map((document) => document.title));
    const catalogueTitles = new Set((await sql<{ title: string }>(`SELECT title FROM kipp.innovations`)).map((row) => row.title));
    for (const draft of drafts) if (!catalogueTitles.has(draft.title)) expect(published.has(draft.title)).toBe(false);
  });

  it('since gives only what was published after it; a bad parameter is a typed 400', async () => {
    const [latest] = await sql<{ at: Date }>(`SELECT max(created_at) AS at FROM kipp.innovations`);
    expect(await readAll(new Date(latest.at.getTime() + 1))).toEqual([]);
    const headers = { [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, readSecret('INTERNAL_SECRET'), randomUUID()) };
    for (const query of ['since=yesterday', 'limit=0', 'limit=5000', 'after=x']) {
      const response = await fetch(`${kipp.url}/internal/search-documents?${query}`, { headers });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await fetch(`${kipp.url}/internal/search-documents`)).status).toBe(401);
  });
});
