import { DataSource } from 'typeorm';
import { publishToCatalogue } from '../catalogue/catalogue-publisher';
import type { ProposalRow } from '../proposals/proposal.row';
import { innovationId } from '../seed/demo-catalogue';
import { competitionId, proposalId } from '../seed/demo-competition';
import { kippDataSourceOptions } from '../kipp-database';
import { dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

const CATALOGUE = `query($after: String) { innovations(first: 100, after: $after) { totalCount edges { node { id title origin source } } pageInfo { hasNextPage endCursor } } }`;

interface Page {
  innovations: {
    totalCount: number;
    edges: { node: { id: string; title: string; origin: string; source: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('KIPP winners say where they came from', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  async function everyInnovation(): Promise<Page['innovations']['edges'][number]['node'][]> {
    const found: Page['innovations']['edges'][number]['node'][] = [];
    let after: string | null = null;
    do {
      const page: Page['innovations'] = dataOf(await kipp.graphql<Page>(CATALOGUE, { after })).innovations;
      found.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return found;
  }

  it('rule: the demo catalogue and the demo competitions publish DEMO winners', async () => {
    const all = await everyInnovation();
    expect(all.length).toBeGreaterThan(12);
    expect(new Set(all.map((node) => node.origin))).toEqual(new Set(['DEMO']));
    expect(all.find((node) => node.id === innovationId('samsat-terapung-63'))).toMatchObject({ origin: 'DEMO', source: null });
  });

  it("rule: a winner takes its competition's origin — a competition run in this system publishes OFFICIAL winners", async () => {
    const db = new DataSource(kippDataSourceOptions(kipp.database.url));
    await db.initialize();
    try {
      // The 2026 competition, as if it had been created by an admin rather than the demo seed.
      await db.query(`UPDATE kipp.competitions SET origin = 'OFFICIAL' WHERE id = $1`, [competitionId(2026)]);
      const proposals = await db.query<ProposalRow[]>(`SELECT * FROM kipp.proposals WHERE id = $1`, [proposalId(2026, 0)]);
      await db.transaction((manager) => publishToCatalogue(manager, 2026, proposals, 'TOP99'));
    } finally {
      await db.destroy();
    }
    const official = (await everyInnovation()).filter((node) => node.origin === 'OFFICIAL');
    expect(official.map((node) => node.title)).toEqual(['E-SAMSAT Banua: Pengesahan STNK Tahunan dari Rumah']);
  });
});
