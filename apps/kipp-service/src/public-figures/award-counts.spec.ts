import { dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

interface AwardYear {
  year: number;
  top45: number;
  top99: number;
  origin: string;
  source: string | null;
}

describe('kippAwardCounts: KIPP winners per year for the public front door', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  it('signed out, counts each year’s Top 45 and the rest of its Top 99, every catalogue entry of the year once', async () => {
    const { kippAwardCounts, kippAwardYears } = dataOf(
      await kipp.graphql<{ kippAwardCounts: AwardYear[]; kippAwardYears: number[] }>(
        `{ kippAwardCounts { year top45 top99 origin source } kippAwardYears }`,
        {},
        { caller: null },
      ),
    );
    expect(kippAwardCounts.map((row) => row.year)).toEqual([...kippAwardYears].sort((a, b) => a - b));
    for (const row of kippAwardCounts) {
      const { innovations } = dataOf(
        await kipp.graphql<{ innovations: { totalCount: number } }>(
          `query($year: Int!) { innovations(filter: { year: $year }, first: 1) { totalCount } }`,
          { year: row.year },
          { caller: null },
        ),
      );
      // Every catalogue entry of the year is counted once, by the award it got that year.
      expect(row.top45 + row.top99).toBe(innovations.totalCount);
      // Honest data: an official count names its source, a demo one has none.
      expect(row.origin === 'OFFICIAL' ? row.source !== null : row.source === null).toBe(true);
    }
    expect(kippAwardCounts.some((row) => row.top45 + row.top99 > 0)).toBe(true);
  });
});
