import { DataSource } from 'typeorm';
import { competitionId } from '../seed/demo-competition';
import { kippDataSourceOptions } from '../kipp-database';
import { dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

const SHORTLIST = `query($id: ID!, $tier: ShortlistTier!) { shortlist(competitionId: $id, tier: $tier, first: 100) { totalCount edges { node { proposalId origin } } } }`;

interface Shortlist {
  shortlist: { totalCount: number; edges: { node: { proposalId: string; origin: string } }[] };
}

describe('a Top 99 / Top 45 entry says where it came from', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  const origins = async (tier: 'TOP99' | 'TOP45') =>
    dataOf(await kipp.graphql<Shortlist>(SHORTLIST, { id: competitionId(2023), tier })).shortlist.edges.map((edge) => edge.node.origin);

  it('rule: the demo competition lists DEMO entries in its public Top 99 and Top 45', async () => {
    const top99 = await origins('TOP99');
    expect(top99).toHaveLength(99);
    expect(new Set(top99)).toEqual(new Set(['DEMO']));
    const top45 = await origins('TOP45');
    expect(top45).toHaveLength(45);
    expect(new Set(top45)).toEqual(new Set(['DEMO']));
  });

  it("rule: an entry takes its competition's origin — a competition run in this system lists OFFICIAL entries", async () => {
    const db = new DataSource(kippDataSourceOptions(kipp.database.url));
    await db.initialize();
    try {
      // The 2023 competition, as if an admin had run it rather than the demo seed.
      await db.query(`UPDATE kipp.competitions SET origin = 'OFFICIAL' WHERE id = $1`, [competitionId(2023)]);
    } finally {
      await db.destroy();
    }
    expect(new Set(await origins('TOP99'))).toEqual(new Set(['OFFICIAL']));
  });
});
