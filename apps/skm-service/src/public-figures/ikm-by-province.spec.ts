import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pg from 'pg';
import { roundHalfUp } from '@simpul/scoring';
import { freePort } from '@simpul/service-kit/testing';
import { startSkm, type SkmHarness } from '../test-support/skm-test-app';

const BY_PROVINCE = `query($year: Int) { ikmByProvince(year: $year) { year unitsWithoutProvince provinces { provinceCode units value origin } } }`;
const UNIT = `query($id: ID!) { skmPublicResults(serviceUnitId: $id) { latest { value year } } }`;

/**
 * TEST DOUBLE for the registry subgraph (a separate service this app may not import): a real HTTP
 * GraphQL server answering `serviceUnit(id) { id region { provinceCode } }` from a map, as the
 * registry answers the public; an id it does not know answers null.
 */
async function startFakeRegistry(provinces: ReadonlyMap<string, string>) {
  const asked: string[] = [];
  const server = new ApolloServer({
    typeDefs: `#graphql
      type Region { provinceCode: String! }
      type ServiceUnit { id: ID! region: Region! }
      type Query { serviceUnit(id: ID!): ServiceUnit }`,
    resolvers: {
      Query: {
        serviceUnit: (_: unknown, { id }: { id: string }) => {
          asked.push(id);
          const province = provinces.get(id);
          return province ? { id, region: { provinceCode: province } } : null;
        },
      },
    },
  });
  const port = await freePort();
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { url, asked, close: () => server.stop() };
}

interface Answer {
  ikmByProvince: {
    year: number;
    unitsWithoutProvince: number;
    provinces: { provinceCode: string; units: number; value: number; origin: string }[];
  };
}

describe('ikmByProvince: IKM per province for the front door’s map', () => {
  let skm: SkmHarness;
  let registry: Awaited<ReturnType<typeof startFakeRegistry>>;
  const provinces = new Map<string, string>();
  let unknown = '';
  const previousUrl = process.env.REGISTRY_URL;

  beforeAll(async () => {
    // The map from units to provinces is set once the seeded unit ids are known (below).
    registry = await startFakeRegistry(provinces);
    process.env.REGISTRY_URL = registry.url;
    skm = await startSkm();
    const db = new pg.Client({ connectionString: skm.database.url });
    await db.connect();
    const units = await db.query<{ id: string }>(
      `SELECT DISTINCT service_unit_id AS id FROM skm.surveys WHERE service_unit_id IS NOT NULL ORDER BY 1`,
    );
    await db.end();
    units.rows.forEach((row, index) => provinces.set(row.id, index % 2 === 0 ? '63' : '62'));
    // One unit the registry does not know: its IKM stays off the map, and is counted as such.
    unknown = units.rows[0].id;
    provinces.delete(unknown);
  });
  afterAll(async () => {
    await skm?.close();
    await registry?.close();
    process.env.REGISTRY_URL = previousUrl;
  });

  it('signed out, averages each province’s units’ headline IKM, with the regions asked of the registry', async () => {
    const answer = await skm.graphql<Answer>(BY_PROVINCE, { year: null }, { caller: null });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    const { ikmByProvince } = answer.data;
    expect(ikmByProvince.year).toBe(2026);
    expect(ikmByProvince.provinces.map((row) => row.provinceCode)).toEqual(['62', '63']);
    const distribution = await skm.graphql<{ ikmDistribution: { units: number } }>(`{ ikmDistribution { units } }`, {}, { caller: null });
    const counted = ikmByProvince.provinces.reduce((sum, row) => sum + row.units, 0) + ikmByProvince.unitsWithoutProvince;
    expect(counted).toBe(distribution.data?.ikmDistribution.units);
    // Each province's value is the mean of its units' headline IKM, as each unit's public page shows it.
    for (const province of ikmByProvince.provinces) {
      const values: number[] = [];
      for (const [id, code] of provinces) {
        if (code !== province.provinceCode) continue;
        const unit = await skm.graphql<{ skmPublicResults: { latest: { value: number; year: number } | null } }>(
          UNIT,
          { id },
          { caller: null },
        );
        const latest = unit.data?.skmPublicResults.latest;
        if (latest?.year === 2026) values.push(latest.value);
      }
      expect(province.units).toBe(values.length);
      expect(province.value).toBe(roundHalfUp(values.reduce((sum, value) => sum + value, 0) / values.length, 2));
      expect(province.origin).toBe('DEMO');
    }
    // Only the units with a headline IKM were asked about, never a unit twice.
    expect(new Set(registry.asked).size).toBe(registry.asked.length);
  });
});
