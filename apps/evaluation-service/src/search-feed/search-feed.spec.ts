import { HttpSearchFeedSource, type SearchDocument } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

describe('GET /internal/search-documents: published PEKPPP results (and Ombudsman results) for the registry search index', () => {
  let evaluation: EvaluationHarness;
  let feed: HttpSearchFeedSource;
  const readAll = async (limit = 1000) => {
    const documents: SearchDocument[] = [];
    let after: string | null = null;
    do {
      const page = await feed.page({ since: null, after, limit });
      documents.push(...page.documents);
      after = page.next;
    } while (after);
    return documents;
  };
  const sql = <T>(text: string, params: unknown[] = []) => evaluation.app.get(DataSource).query<T[]>(text, params);

  beforeAll(async () => {
    evaluation = await startEvaluation();
    feed = new HttpSearchFeedSource('evaluation', `${evaluation.url}/graphql`);
  });
  afterAll(() => evaluation?.close());

  it('gives one document per lokus with a current result in a published cycle, never one of an unpublished cycle', async () => {
    const published = await sql<{ id: string }>(
      `SELECT l.id FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id JOIN evaluation.cycles c ON c.id = r.cycle_id
       WHERE r.current AND c.published_at IS NOT NULL ORDER BY l.id`,
    );
    expect(published.length).toBeGreaterThan(0);
    const all = await readAll();
    const results = all.filter((document) => document.kind === 'PUBLISHED_RESULT');
    expect(results.map((document) => document.sourceId)).toEqual(published.map((row) => row.id));
    expect(results[0]).toMatchObject({ title: expect.stringMatching(/^IPP \d{4}: /), url: expect.stringMatching(/^\/evaluasi\/units\//) });
    expect(await readAll(5)).toEqual(all);

    // A cycle taken back from publication takes its results out of the feed.
    const [cycle] = await sql<{ cycle_id: string; count: number }>(
      `SELECT r.cycle_id, count(*)::int AS count FROM evaluation.results r JOIN evaluation.cycles c ON c.id = r.cycle_id
       WHERE r.current AND c.published_at IS NOT NULL GROUP BY r.cycle_id ORDER BY count DESC LIMIT 1`,
    );
    await sql(`UPDATE evaluation.cycles SET published_at = NULL WHERE id = $1`, [cycle.cycle_id]);
    const unpublished = await sql<{ id: string }>(`SELECT lokus_id AS id FROM evaluation.results WHERE cycle_id = $1 AND current`, [
      cycle.cycle_id,
    ]);
    const left = new Set((await readAll()).map((document) => document.sourceId));
    expect(unpublished.every((row) => !left.has(row.id))).toBe(true);
    expect(left.size).toBe(all.length - cycle.count);
  });

  it('gives the Ombudsman results when the table is there, each linking to its agency page', async () => {
    const [table] = await sql<{ present: boolean }>(`SELECT to_regclass('evaluation.ombudsman_results') IS NOT NULL AS present`);
    const ombudsman = (await readAll()).filter((document) => document.kind === 'OMBUDSMAN_RESULT');
    if (!table.present) {
      expect(ombudsman).toEqual([]);
      return;
    }
    const [count] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM evaluation.ombudsman_results`);
    expect(ombudsman).toHaveLength(count.count);
    for (const document of ombudsman) expect(document.url).toMatch(/^\/evaluasi\/ombudsman\/instansi\/[0-9a-f-]{36}$/);
  });
});
