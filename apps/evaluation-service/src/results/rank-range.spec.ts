import { getInstrument } from '@simpul/scoring';
import { CacheInvalidation } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { evaluationDataSourceOptions } from '../evaluation-database';
import { cycleId as demoCycleId } from '../seed/demo-data';
import { CALENDAR_2027, Q } from '../test-support/fixtures';
import { CALLERS, errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';
import { RANKING_TOPIC } from './ranking-cache';

const RANKING = `query($cycleId: ID!, $cohort: String!, $first: Int, $after: String) {
  cohortRanking(cycleId: $cycleId, cohort: $cohort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { unitName index basis rank rankRange { best worst } rankIsUncertain indexMargin respondents minRespondents sampleBelowMinimum } }
  } }`;
const PEERS = `query($lokusId: ID!) { peerComparison(lokusId: $lokusId) {
  unitName index groups { kind label labelEn count mean min max unitPosition points { unitName index isUnit } } } }`;

interface Entry {
  unitName: string;
  basis: string;
  index: number;
  rank: number;
  rankRange: { best: number; worst: number } | null;
  rankIsUncertain: boolean | null;
  indexMargin: number | null;
  respondents: number;
  minRespondents: number;
  sampleBelowMinimum: boolean | null;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Entry }[];
}

const codes = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
const answers = (level: number) => Array.from({ length: 14 }, () => level);

/**
 * Every F-02 indicator at one level gives that F-02 index; F-03 respondents each answer all 14 items
 * alike. IPP = 0,75 × F-02 + 0,25 × F-03 (minimum 10 respondents).
 *   A  F-02 5, 12 × 5                 → 5,00, spread 0: margin 0,005                 [4,995; 5,005]
 *   B  F-02 4, 6 × 4 and 6 × 5 (4,5)  → 4,13 (4,125 half up), s = √(3/11) = 0,5222:
 *      0,25 × t(11) 2,201 × 0,5222 / √12 = 0,0830, + 0,005 = 0,088                  [4,042; 4,218]
 *   C  F-02 4, 6 × 3 and 6 × 5 (4,0)  → 4,00, s = √(12/11) = 1,0445: 0,1659 + 0,005 = 0,171  [3,829; 4,171]
 *   D  F-02 4, 3 respondents (< 10)   → 4,00 from F-02 alone, flagged: 0,005         [3,995; 4,005]
 *   E  F-02 2, no survey              → 2,00, flagged
 * Ranges: A 1–1; B: A surely ahead, D and E surely behind → 2–3; C: only A ahead, only E behind → 2–4;
 * D: A and B ahead (4,042 ≥ 4,005), E behind → 3–4; E 5–5.
 */
const PROVINCES: Record<string, string> = {
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
};

const SAMSAT = [
  { name: 'A Samsat Kalsel', f02: 5, survey: [...Array(12).fill(5)], province: '63', level: 'PROVINCE' },
  { name: 'B Samsat Kalteng', f02: 4, survey: [...Array(6).fill(4), ...Array(6).fill(5)], province: '62', level: 'PROVINCE' },
  { name: 'C Samsat Kaltim', f02: 4, survey: [...Array(6).fill(3), ...Array(6).fill(5)], province: '64', level: 'PROVINCE' },
  { name: 'D Samsat Kalbar', f02: 4, survey: [4, 4, 4], province: '61', level: 'PROVINCE' },
  { name: 'E Samsat Kaltara', f02: 2, survey: [], province: '65', level: 'PROVINCE' },
  // Peers of B outside its cohort: a DPMPTSP in its province, a regency Samsat elsewhere.
  { name: 'F DPMPTSP Kalteng', f02: 3, survey: [], province: '62', level: 'PROVINCE', kind: 'DPMPTSP' },
  { name: 'G Samsat Banjarmasin', f02: 1, survey: [], province: '63', level: 'REGENCY' },
];

describe('cohortRanking shows how exact each rank is', () => {
  let evaluation: EvaluationHarness;
  let cycleId: string;
  let lokusB: string;

  beforeAll(async () => {
    evaluation = await startEvaluation(new Date('2027-01-10T00:00:00Z'));
    cycleId = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string } }>(
        Q.createCycle,
        { input: { year: 2027, name: 'Rentang peringkat', scheme: 'MANDIRI', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 } },
        { caller: CALLERS.admin },
      ),
    ).createEvaluationCycle.id;
    const db = new DataSource(evaluationDataSourceOptions(evaluation.database.url));
    await db.initialize();
    try {
      const added: { id: string; name: string }[] = await db.query(
        `INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, province_code, province_name,
           government_level, cohort, instrument_id, added_at)
         SELECT gen_random_uuid(), $1, gen_random_uuid(), s.name, s.kind, 'ADMINISTRASI', gen_random_uuid(), s.province, s.province_name,
           s.level, s.level || ':' || s.kind, 'pekppp-2024-a', now()
         FROM jsonb_to_recordset($2::jsonb) AS s(name text, kind text, province text, province_name text, level text)
         RETURNING id, unit_name AS name`,
        [cycleId, JSON.stringify(SAMSAT.map((row) => ({ ...row, kind: row.kind ?? 'SAMSAT', province_name: PROVINCES[row.province] })))],
      );
      const idOf = new Map<string, string>(added.map((row) => [row.name, row.id]));
      lokusB = idOf.get('B Samsat Kalteng') ?? '';
      for (const row of SAMSAT) {
        const id = idOf.get(row.name);
        await db.query(
          `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, updated_at) SELECT $1, code, $3, 1, now() FROM unnest($2::text[]) AS code`,
          [id, codes, row.f02],
        );
        await db.query(
          `INSERT INTO evaluation.survey_responses (id, lokus_id, answers, submitted_at)
           SELECT gen_random_uuid(), $1, ARRAY(SELECT jsonb_array_elements_text(a)::smallint), now() + make_interval(secs => n)
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS r(a, n)`,
          [id, JSON.stringify(row.survey.map((level: number) => answers(level)))],
        );
      }
    } finally {
      await db.destroy();
    }
    evaluation.clock.set('2027-05-20T00:00:00Z');
    ok(await evaluation.graphql(Q.recompute, { cycleId }, { caller: CALLERS.admin }));
  }, 120_000);
  afterAll(() => evaluation?.close());

  const page = async (first: number, after: string | null = null, cohort = 'PROVINCE:SAMSAT', id = cycleId) =>
    ok(await evaluation.graphql<{ cohortRanking: Page }>(RANKING, { cycleId: id, cohort, first, after }, { caller: CALLERS.admin }))
      .cohortRanking;

  it('gives each result the range of places its figures support, and flags samples under the minimum', async () => {
    const ranking = (await page(10)).edges.map(({ node }) => [
      node.unitName,
      node.index,
      node.rank,
      node.rankRange && `${node.rankRange.best}–${node.rankRange.worst}`,
      node.rankIsUncertain,
      node.indexMargin,
      node.respondents,
      node.sampleBelowMinimum,
    ]);
    expect(ranking).toEqual([
      ['A Samsat Kalsel', 5, 1, '1–1', false, 0.005, 12, false],
      ['B Samsat Kalteng', 4.13, 2, '2–3', true, 0.088, 12, false],
      ['C Samsat Kaltim', 4, 3, '2–4', true, 0.171, 12, false],
      ['D Samsat Kalbar', 4, 3, '3–4', true, 0.005, 3, true],
      ['E Samsat Kaltara', 2, 5, '5–5', false, 0.005, 0, true],
    ]);
  });

  it('ranges come from the whole cohort whatever the page, in one statement for the cohort, then from memory', async () => {
    // The recompute's announcement comes back through PostgreSQL (LISTEN/NOTIFY) and clears the kept
    // ranges whenever it arrives: wait for it, so it cannot land between the pages counted below.
    const bus = evaluation.app.get(CacheInvalidation, { strict: false });
    const heard = new Promise<void>((resolve) => {
      const off = bus.subscribe(RANKING_TOPIC, (key) => {
        if (key !== cycleId) return;
        off();
        resolve();
      });
    });
    ok(await evaluation.graphql(Q.recompute, { cycleId }, { caller: CALLERS.admin }));
    await heard;
    evaluation.queries.reset();
    const first = await page(2);
    const firstCount = evaluation.queries.count;
    evaluation.queries.reset();
    const second = await page(2, first.pageInfo.endCursor);
    const secondCount = evaluation.queries.count;
    evaluation.queries.reset();
    const whole = await page(10);
    // Cycle, page, count, and the cohort's ranges (one statement more than a ranking without them); the
    // next pages find the cohort's ranges kept (a recompute or a correction clears them).
    expect([firstCount, secondCount, evaluation.queries.count]).toEqual([4, 3, 3]);
    expect(second.edges.map(({ node }) => [node.unitName, node.rankRange])).toEqual([
      ['C Samsat Kaltim', { best: 2, worst: 4 }],
      ['D Samsat Kalbar', { best: 3, worst: 4 }],
    ]);
    expect(whole.totalCount).toBe(5);
  });

  it('compares a unit with its cohort, its province and its kind on one set of figures', async () => {
    const peers = ok(
      await evaluation.graphql<{
        peerComparison: {
          unitName: string;
          index: number;
          groups: {
            kind: string;
            label: string;
            count: number;
            mean: number;
            min: number;
            max: number;
            unitPosition: number;
            points: unknown[];
          }[];
        };
      }>(PEERS, { lokusId: lokusB }, { caller: CALLERS.admin }),
    ).peerComparison;
    expect(peers).toMatchObject({ unitName: 'B Samsat Kalteng', index: 4.13 });
    expect(
      peers.groups.map(({ kind, label, count, mean, min, max, unitPosition }) => [kind, label, count, mean, min, max, unitPosition]),
    ).toEqual([
      // (5 + 4,13 + 4 + 4 + 2) / 5 = 3,826
      ['COHORT', 'Samsat tingkat provinsi', 5, 3.83, 2, 5, 2],
      // B 4,13 and F 3,00 in province 62: 3,565 → 3,57
      ['PROVINCE', 'Provinsi Kalimantan Tengah', 2, 3.57, 3, 4.13, 1],
      // The five provincial Samsat and G 1,00: 20,13 / 6 = 3,355 → 3,36
      ['UNIT_KIND', 'Semua Samsat', 6, 3.36, 1, 5, 2],
    ]);
    expect(peers.groups[0].points).toContainEqual({ unitName: 'B Samsat Kalteng', index: 4.13, isUnit: true });
  });

  it('keeps ranges and peers to the admin until the cycle is published', async () => {
    const other = await evaluation.graphql(RANKING, { cycleId, cohort: 'PROVINCE:SAMSAT', first: 5 }, { caller: CALLERS.evaluator });
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(PEERS, { lokusId: lokusB }, { caller: CALLERS.evaluator }))).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(PEERS, { lokusId: 'not-an-id' }, { caller: CALLERS.admin }))).toBe('NOT_FOUND');
  });

  it('a published cohort without surveys reads ties as ranges and is served again from memory', async () => {
    const published2022 = demoCycleId('pekppp-2022');
    const read = async () =>
      ok(
        await evaluation.graphql<{ cohortRanking: Page }>(RANKING, { cycleId: published2022, cohort: 'PROVINCE:SAMSAT', first: 100 }),
      ).cohortRanking.edges.map(({ node }) => node);
    const ranking = await read();
    // The 2022 demo cycle holds only published aggregates: none has a survey to judge (no flag), and only
    // equal reported values share a range.
    expect(ranking.length).toBeGreaterThan(1);
    for (const entry of ranking) {
      expect([entry.basis, entry.sampleBelowMinimum, entry.indexMargin]).toEqual(['PUBLISHED_AGGREGATE', null, 0.005]);
    }
    for (const entry of ranking) {
      const level = ranking.filter((other) => other.index === entry.index).length;
      expect(entry.rankRange).toEqual({ best: entry.rank, worst: entry.rank + level - 1 });
    }
    evaluation.queries.reset();
    expect(await read()).toEqual(ranking);
    expect(evaluation.queries.count).toBe(0);
  });

  it('a recompute clears the kept ranges: the ranking reads the new figures at once', async () => {
    await page(10);
    // Seven more D respondents answering 0: 10 respondents (3 × 4, 7 × 0), F-03 = 1,2, IPP = 3 + 0,3 = 3,30; spread
    // s = √(33,6 / 9) = 1,932: 0,25 × t(9) 2,262 × 1,932 / √10 = 0,3455, + 0,005 = 0,351 → [2,950; 3,651].
    // C [3,829; 4,171] now lies wholly above D, B too: A 1; B and C 2–3; D 4; E 5.
    const db = new DataSource(evaluationDataSourceOptions(evaluation.database.url));
    await db.initialize();
    try {
      await db.query(
        `INSERT INTO evaluation.survey_responses (id, lokus_id, answers, submitted_at)
         SELECT gen_random_uuid(), l.id, array_fill(0, ARRAY[14])::smallint[], now() + make_interval(secs => n)
         FROM evaluation.lokus l CROSS JOIN generate_series(1, 7) AS n WHERE l.cycle_id = $1 AND l.unit_name = 'D Samsat Kalbar'`,
        [cycleId],
      );
    } finally {
      await db.destroy();
    }
    ok(await evaluation.graphql(Q.recompute, { cycleId }, { caller: CALLERS.admin }));
    const ranking = (await page(10)).edges.map(({ node }) => [
      node.unitName,
      node.index,
      node.rankRange && `${node.rankRange.best}–${node.rankRange.worst}`,
      node.indexMargin,
      node.sampleBelowMinimum,
    ]);
    expect(ranking).toEqual([
      ['A Samsat Kalsel', 5, '1–1', 0.005, false],
      ['B Samsat Kalteng', 4.13, '2–3', 0.088, false],
      ['C Samsat Kaltim', 4, '2–3', 0.171, false],
      ['D Samsat Kalbar', 3.3, '4–4', 0.351, false],
      ['E Samsat Kaltara', 2, '5–5', 0.005, true],
    ]);
  });
});
