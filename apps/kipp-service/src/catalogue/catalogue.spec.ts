import { innovationId } from '../seed/demo-catalogue';
import { unitId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

interface Page {
  innovations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string; title: string; award: string } }[];
  };
}
const SEARCH = `query($filter: InnovationFilter, $first: Int, $after: String) { innovations(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title award } } } }`;

describe('the public innovation catalogue', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  const search = async (filter: Record<string, unknown>, first = 20, after?: string) =>
    dataOf(await kipp.graphql<Page>(SEARCH, { filter, first, after })).innovations;

  it('finds innovations by Indonesian words, word prefixes, accents and typos, without signing in', async () => {
    const floating = await search({ search: 'terapung' });
    expect(floating.edges.map((edge) => edge.node.title)).toEqual(
      expect.arrayContaining(['SAMSAT Terapung: Layanan Pajak Kendaraan di Atas Sungai', 'SAMSAT Terapung Kahayan']),
    );
    expect((await search({ search: 'pérïzinan tanpa' })).edges.map((edge) => edge.node.title)).toContain(
      'Perizinan Berusaha Tanpa Tatap Muka (PERTAMA)',
    );
    expect((await search({ search: 'perizi' })).edges.map((edge) => edge.node.title)).toContain(
      'Perizinan Berusaha Tanpa Tatap Muka (PERTAMA)',
    );
    expect((await search({ search: 'samsat terapnug' })).edges.map((edge) => edge.node.title)).toContain('SAMSAT Terapung Kahayan');
    expect((await search({ search: 'zzzz qqqq' })).totalCount).toBe(0);
  });

  it('reads spelling variants and abbreviations as the rest of the portal does (the shared synonym list)', async () => {
    // "antrian" is the common spelling of the standard "antrean"; "bjm" is Banjarmasin.
    const titles = async (text: string) => (await search({ search: text })).edges.map((edge) => edge.node.title);
    expect(await titles('antrian daring')).toContain('Antrean Daring Terpadu Mal Pelayanan Publik');
    expect(await titles('Antrean daring')).toContain('Antrean Daring Terpadu Mal Pelayanan Publik');
    expect(await titles('antrian bjm')).toContain('Antrean Daring Terpadu Mal Pelayanan Publik');
    expect(await titles('antrian bjm')).toEqual(expect.arrayContaining(await titles('antrean banjarmasin')));
  });

  it('pages a ranked search by keyset: every match exactly once, and the same exact total on every page', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    const totals = new Set<number>();
    for (let pages = 0; pages < 50; pages += 1) {
      const page = await search({ search: 'layanan' }, 4, after);
      totals.add(page.totalCount);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(totals.size).toBe(1);
    const [total] = [...totals];
    expect(total).toBeGreaterThan(8);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // With filters the total is the filtered one, and a page past the last still reports it.
    const filtered = await search({ search: 'layanan', award: 'TOP45' }, 100);
    expect(filtered.totalCount).toBe(filtered.edges.length);
    expect(filtered.totalCount).toBeLessThan(total);
    // Page by page the keyset walks the same order as one big page.
    const one = await search({ search: 'layanan', award: 'TOP45' }, 1);
    const two = await search({ search: 'layanan', award: 'TOP45' }, 1, one.pageInfo.endCursor);
    expect([one.edges[0].node.id, two.edges[0].node.id]).toEqual(filtered.edges.slice(0, 2).map((edge) => edge.node.id));
  });

  it('pages a corrected (typo) search like any other: the second page continues the corrected results', async () => {
    const first = await search({ search: 'samsat terapnug' }, 1);
    expect(first.totalCount).toBeGreaterThanOrEqual(2);
    const second = await search({ search: 'samsat terapnug' }, 1, first.pageInfo.endCursor);
    expect(second.totalCount).toBe(first.totalCount);
    expect(second.edges).toHaveLength(1);
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect([first, second].flatMap((page) => page.edges.map((edge) => edge.node.title))).toEqual(
      expect.arrayContaining([expect.stringMatching(/terapung/i)]),
    );
  });

  it('answers a search with one statement, a typo with two, and the same rows once PostgreSQL reuses the prepared plan', async () => {
    const statements = async (filter: Record<string, unknown>) => {
      kipp.queries.reset();
      const page = await search(filter, 5);
      return { count: kipp.queries.count, ids: page.edges.map((edge) => edge.node.id), total: page.totalCount };
    };
    expect((await statements({ search: 'terapung' })).count).toBe(1);
    expect((await statements({ search: 'samsat terapnug' })).count).toBe(2);
    // After five executions PostgreSQL may switch a prepared statement to a generic plan.
    const runs = [];
    for (let run = 0; run < 8; run += 1) runs.push(await statements({ search: 'perizinan', regionCode: '63' }));
    expect(runs[0].total).toBeGreaterThan(0);
    for (const run of runs) expect({ ids: run.ids, total: run.total }).toEqual({ ids: runs[0].ids, total: runs[0].total });
  });

  it('refuses a search cursor that this search did not hand out', async () => {
    const browse = await search({}, 1);
    const foreign = await kipp.graphql(SEARCH, { filter: { search: 'layanan' }, first: 5, after: browse.pageInfo.endCursor });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const edited = await kipp.graphql(SEARCH, {
      filter: { search: 'layanan' },
      first: 5,
      after: Buffer.from('["r","1; DROP",2020,"x"]').toString('base64url'),
    });
    expect(edited.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by year, award, category, region and agency type, and pages with a cursor', async () => {
    const winners = await search({ year: 2023, award: 'TOP45' }, 30);
    expect(winners.totalCount).toBe(45);
    const next = await search({ year: 2023, award: 'TOP45' }, 30, winners.pageInfo.endCursor);
    expect(next.edges).toHaveLength(15);
    expect(new Set([...winners.edges, ...next.edges].map((edge) => edge.node.id)).size).toBe(45);
    expect((await search({ year: 2023 }, 1)).totalCount).toBe(98);
    const kalsel = await search({ regionCode: '63', agencyType: 'PROVINSI', category: 'Ekonomi dan Investasi' }, 100);
    expect(kalsel.edges.map((edge) => edge.node.title)).toContain('Perizinan Berusaha Tanpa Tatap Muka (PERTAMA)');
    const bad = await kipp.graphql(SEARCH, { first: 101 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows an innovation with its history across competitions and its replication links on both pages', async () => {
    const page = `query($id: ID!) { innovation(id: $id) { title history { year award group } replicates { title } replicatedBy { totalCount edges { node { title } } } } }`;
    const source = dataOf(
      await kipp.graphql<{ innovation: { replicatedBy: { edges: { node: { title: string } }[] } } }>(page, {
        id: innovationId('samsat-terapung-63'),
      }),
    );
    expect(source.innovation.replicatedBy.edges.map((edge) => edge.node.title)).toContain('SAMSAT Terapung Kahayan');
    const copy = dataOf(
      await kipp.graphql<{ innovation: { replicates: { title: string } } }>(page, { id: innovationId('samsat-terapung-kahayan-62') }),
    );
    expect(copy.innovation.replicates.title).toBe('SAMSAT Terapung: Layanan Pajak Kendaraan di Atas Sungai');
    const upgraded = dataOf(
      await kipp.graphql<{ innovation: { history: { year: number; group: string }[] } }>(page, {
        id: innovationId('perizinan-tanpa-tatap-muka-63'),
      }),
    );
    expect(upgraded.innovation.history.map((entry) => entry.year)[0]).toBe(2021);
    const hospital = dataOf(
      await kipp.graphql<{ innovation: { history: { year: number; award: string }[] } }>(page, {
        id: innovationId('rumah-singgah-pasien-62'),
      }),
    );
    expect(hospital.innovation.history).toEqual([
      { year: 2019, award: 'TOP99', group: 'UMUM' },
      { year: 2021, award: 'TOP45', group: 'UMUM' },
    ]);
  });

  it('extends ServiceUnit with its catalogued innovations through federation', async () => {
    const { _entities } = dataOf(
      await kipp.graphql<{ _entities: { innovations: { totalCount: number; edges: { node: { title: string } }[] } }[] }>(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceUnit { innovations(first: 50) { totalCount edges { node { title } } } } } }`,
        { reps: [{ __typename: 'ServiceUnit', id: unitId('samsat-63') }] },
      ),
    );
    expect(_entities[0].innovations.edges.map((edge) => edge.node.title)).toContain(
      'SAMSAT Terapung: Layanan Pajak Kendaraan di Atas Sungai',
    );
  });

  it('asks owners every year whether their innovation still runs and lists the unanswered ones', async () => {
    const opened = dataOf(
      await kipp.graphql<{ openStatusChecks: number }>(`mutation { openStatusChecks(year: 2026) }`, {}, { caller: CALLERS.admin }),
    );
    expect(opened.openStatusChecks).toBeGreaterThan(100);
    const answer = `mutation($id: ID!, $status: InnovationStatus!, $reason: String) { answerStatusCheck(innovationId: $id, year: 2026, status: $status, reason: $reason) { status reason } }`;
    const noReason = await kipp.graphql(
      answer,
      { id: innovationId('samsat-terapung-63'), status: 'STOPPED' },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const notOwner = await kipp.graphql(
      answer,
      { id: innovationId('samsat-terapung-63'), status: 'CONTINUING' },
      { caller: CALLERS.deskDpmptspKalteng },
    );
    expect(notOwner.errors?.[0].extensions.code).toBe('FORBIDDEN');
    dataOf(
      await kipp.graphql(
        answer,
        { id: innovationId('samsat-terapung-63'), status: 'STOPPED', reason: 'Kapal rusak; diganti gerai di dermaga' },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    const { innovation } = dataOf(
      await kipp.graphql<{ innovation: { status: string } }>(`query($id: ID!) { innovation(id: $id) { status } }`, {
        id: innovationId('samsat-terapung-63'),
      }),
    );
    expect(innovation.status).toBe('STOPPED');
    const unanswered = dataOf(
      await kipp.graphql<{ unansweredStatusChecks: { totalCount: number } }>(
        `{ unansweredStatusChecks(year: 2026, first: 5) { totalCount } }`,
        {},
        { caller: CALLERS.admin },
      ),
    );
    expect(unanswered.unansweredStatusChecks.totalCount).toBe(opened.openStatusChecks - 1);
    const last = dataOf(
      await kipp.graphql<{ unansweredStatusChecks: { totalCount: number } }>(
        `{ unansweredStatusChecks(year: 2024, first: 5) { totalCount } }`,
        {},
        { caller: CALLERS.admin },
      ),
    );
    expect(last.unansweredStatusChecks.totalCount).toBeGreaterThan(0);
  });

  it('keeps SQL statements flat as the page grows (DataLoaders, no N+1)', async () => {
    const query = `query($first: Int) { innovations(first: $first) { edges { node { id history { year } replicates { id } } } } }`;
    const statements = async (first: number) => {
      kipp.queries.reset();
      dataOf(await kipp.graphql(query, { first }));
      return kipp.queries.count;
    };
    // The page and its count, then one batched statement per nested list: history, replicated innovations.
    expect(await statements(5)).toBeLessThanOrEqual(4);
    expect(await statements(100)).toBeLessThanOrEqual(4);
    const proposals = `query($first: Int) { proposals(first: $first) { edges { node { id attachments { id } administrativeCheck { passed } assessment { value } competition { year } } } } }`;
    const proposalStatements = async (first: number) => {
      kipp.queries.reset();
      dataOf(await kipp.graphql(proposals, { first }, { caller: CALLERS.admin }));
      return kipp.queries.count;
    };
    const few = await proposalStatements(5);
    expect(await proposalStatements(100)).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
  });
});
