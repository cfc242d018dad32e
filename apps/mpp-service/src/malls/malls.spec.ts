import { stableId } from '@simpul/service-kit';
import { BANJARMASIN_MALL_ID, unitId } from '../seed/demo-registry';
import { CALLERS, dataOf, nodesOf, startMpp, type MppHarness, type Page } from '../test-support/mpp-test-app';

const admin = { caller: CALLERS.admin };
const operator = { caller: CALLERS.operator };
const MALL = `query($id: ID!) { mall(id: $id) { id name status regency { code } province { code } managingUnit { id } openedOn
  openingHours { weekday opensAt closesAt } documents { kind title number } desks { number } } }`;

describe('malls', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it('holds several malls per kab/kota and lists the ones the caller may see', async () => {
    const publicList = dataOf(
      await mpp.graphql<{ malls: Page<{ name: string; status: string }> }>(
        `{ malls(filter: { regencyCode: "63.71" }) { totalCount edges { node { name status } } } }`,
      ),
    );
    expect(nodesOf(publicList.malls)).toEqual([{ name: 'Mal Pelayanan Publik Kota Banjarmasin', status: 'ACTIVE' }]);
    expect(publicList.malls.totalCount).toBe(1);
    const adminList = dataOf(
      await mpp.graphql<{ malls: Page<{ status: string }> }>(
        `{ malls(filter: { regencyCode: "63.71" }) { edges { node { status } } } }`,
        {},
        admin,
      ),
    );
    expect(
      nodesOf(adminList.malls)
        .map((mall) => mall.status)
        .sort(),
    ).toEqual(['ACTIVE', 'PROPOSED']);
    const searched = dataOf(
      await mpp.graphql<{ malls: Page<{ name: string }> }>(`{ malls(filter: { search: "banjar" }) { edges { node { name } } } }`),
    );
    expect(nodesOf(searched.malls).map((mall) => mall.name)).toEqual([
      'Mal Pelayanan Publik Kabupaten Banjar',
      'Mal Pelayanan Publik Kota Banjarbaru',
      'Mal Pelayanan Publik Kota Banjarmasin',
    ]);
  });

  describe('sorted by name, province or opening date', () => {
    type Row = { name: string; openedOn: string | null; province: { code: string } };
    const SORTED = `query($first: Int, $after: String, $sort: MallSort) {
      malls(first: $first, after: $after, sort: $sort) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { name openedOn province { code } } } } }`;
    /** Every page of `size` rows, in order, and how many pages it took. */
    async function walk(sort: { field: string; direction?: string } | null, size: number, options = {}) {
      const rows: Row[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { malls }: { malls: Page<Row> } = dataOf(await mpp.graphql(SORTED, { first: size, after, sort }, options));
        rows.push(...nodesOf(malls));
        pages += 1;
        if (!malls.pageInfo.hasNextPage) return { rows, pages, totalCount: malls.totalCount };
        after = malls.pageInfo.endCursor;
      }
    }

    it('lists the public malls by name, page after page, without repeating or skipping one', async () => {
      const { rows, pages, totalCount } = await walk({ field: 'NAME' }, 2);
      const names = rows.map((row) => row.name);
      expect(names).toHaveLength(totalCount);
      expect(pages).toBe(Math.ceil(totalCount / 2));
      // The public names differ only in letters after a shared prefix, so every collation agrees with this order.
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
      const backwards = await walk({ field: 'NAME', direction: 'DESC' }, 2);
      expect(backwards.rows.map((row) => row.name)).toEqual([...names].reverse());
    });

    it('lists the newest opening first, and the not yet opened last, when descending by opening date', async () => {
      const { rows, totalCount } = await walk({ field: 'OPENED_ON', direction: 'DESC' }, 3, admin);
      expect(rows).toHaveLength(totalCount);
      const opened = rows.filter((row) => row.openedOn).map((row) => row.openedOn as string);
      expect(opened).toEqual([...opened].sort().reverse());
      const firstUnopened = rows.findIndex((row) => !row.openedOn);
      expect(firstUnopened).toBeGreaterThan(0);
      expect(rows.slice(firstUnopened).every((row) => !row.openedOn)).toBe(true);
    });

    it('keeps province order (BPS code) by default and when asked, so the national lists do not move', async () => {
      const byDefault = await walk(null, 2);
      const byProvince = await walk({ field: 'PROVINCE' }, 2);
      expect(byProvince.rows).toEqual(byDefault.rows);
      const codes = byProvince.rows.map((row) => row.province.code);
      expect(codes).toEqual([...codes].sort());
    });

    it('reads a sorted page in the same number of statements for 2 rows and for 100', async () => {
      const count = async (first: number) => {
        mpp.queries.reset();
        dataOf(await mpp.graphql(SORTED, { first, sort: { field: 'OPENED_ON', direction: 'DESC' } }, admin));
        return mpp.queries.count;
      };
      expect(await count(100)).toBe(await count(2));
    });

    it('refuses a cursor of another order as a typed error', async () => {
      const { malls }: { malls: Page<Row> } = dataOf(await mpp.graphql(SORTED, { first: 1, sort: { field: 'NAME' } }));
      const response = await mpp.graphql(SORTED, { first: 1, after: malls.pageInfo.endCursor, sort: { field: 'PROVINCE' } });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  it('records a proposal, its establishment documents and hours, then opens it', async () => {
    const { createMall } = dataOf(
      await mpp.graphql<{ createMall: { id: string; status: string } }>(
        `mutation($input: CreateMallInput!) { createMall(input: $input) { id status } }`,
        {
          input: {
            name: 'MPP Kota Banjarmasin — Lokasi Banjarmasin Selatan',
            regencyCode: '63.71',
            managingUnitId: unitId('dpmptsp-63.71'),
            proposedOn: '2026-05-02',
          },
        },
        admin,
      ),
    );
    expect(createMall.status).toBe('PROPOSED');
    dataOf(
      await mpp.graphql(
        `mutation($input: AddMallDocumentInput!) { addMallDocument(input: $input) { id } }`,
        {
          input: {
            mallId: createMall.id,
            kind: 'REGENT_LETTER',
            title: 'Surat Wali Kota tentang usulan MPP',
            number: '100/123/ORG/2026',
            issuedOn: '2026-04-20',
          },
        },
        admin,
      ),
    );
    dataOf(
      await mpp.graphql(
        `mutation($input: AddMallDocumentInput!) { addMallDocument(input: $input) { id } }`,
        { input: { mallId: createMall.id, kind: 'URGENCY_STUDY', title: 'Kajian urgensi MPP Banjarmasin Selatan' } },
        admin,
      ),
    );
    dataOf(
      await mpp.graphql(
        `mutation($id: ID!, $hours: [OpeningHoursInput!]!) { setOpeningHours(mallId: $id, hours: $hours) { id } }`,
        {
          id: createMall.id,
          hours: [
            { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
            { weekday: 'FRIDAY', opensAt: '08:00', closesAt: '11:00' },
          ],
        },
        admin,
      ),
    );
    const early = await mpp.graphql(
      `mutation($id: ID!) { setMallStatus(id: $id, status: ACTIVE, reason: "Keputusan rapat") { status } }`,
      { id: createMall.id },
      admin,
    );
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openedOn' });
    const beforeProposal = await mpp.graphql(
      `mutation($id: ID!) { setMallStatus(id: $id, status: ACTIVE, reason: "Keputusan rapat", openedOn: "2026-01-01") { status } }`,
      { id: createMall.id },
      admin,
    );
    expect(beforeProposal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openedOn' });
    dataOf(
      await mpp.graphql(
        `mutation($id: ID!) { setMallStatus(id: $id, status: ACTIVE, reason: "Keputusan rapat", openedOn: "2026-06-01") { status } }`,
        { id: createMall.id },
        admin,
      ),
    );

    const { mall } = dataOf(await mpp.graphql<{ mall: Record<string, unknown> }>(MALL, { id: createMall.id }, admin));
    expect(mall).toMatchObject({
      status: 'ACTIVE',
      openedOn: '2026-06-01',
      regency: { code: '63.71' },
      province: { code: '63' },
      managingUnit: { id: unitId('dpmptsp-63.71') },
      openingHours: [
        { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
        { weekday: 'FRIDAY', opensAt: '08:00', closesAt: '11:00' },
      ],
      // Dated documents first, in date order.
      documents: [
        { kind: 'REGENT_LETTER', title: 'Surat Wali Kota tentang usulan MPP', number: '100/123/ORG/2026' },
        { kind: 'URGENCY_STUDY', title: 'Kajian urgensi MPP Banjarmasin Selatan', number: null },
      ],
    });
    const closed = dataOf(
      await mpp.graphql<{ setMallStatus: { status: string } }>(
        `mutation($id: ID!) { setMallStatus(id: $id, status: CLOSED, reason: "Keputusan rapat") { status } }`,
        { id: createMall.id },
        admin,
      ),
    );
    expect(closed.setMallStatus.status).toBe('CLOSED');
    const reopen = await mpp.graphql(
      `mutation($id: ID!) { setMallStatus(id: $id, status: ACTIVE, reason: "Keputusan rapat") { status } }`,
      { id: createMall.id },
      admin,
    );
    expect(reopen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('refuses bad hours and unknown units, storing nothing', async () => {
    const reversed = await mpp.graphql(
      `mutation($id: ID!, $hours: [OpeningHoursInput!]!) { setOpeningHours(mallId: $id, hours: $hours) { id } }`,
      {
        id: BANJARMASIN_MALL_ID,
        hours: [
          { weekday: 'MONDAY', opensAt: '08:00', closesAt: '16:00' },
          { weekday: 'TUESDAY', opensAt: '16:00', closesAt: '08:00' },
        ],
      },
      operator,
    );
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours.1.closesAt' });
    const { mall } = dataOf(await mpp.graphql<{ mall: { openingHours: unknown[] } }>(MALL, { id: BANJARMASIN_MALL_ID }, operator));
    expect(mall.openingHours).toHaveLength(6);
    const unknownUnit = await mpp.graphql(
      `mutation($id: ID!, $input: UpdateMallInput!) { updateMall(id: $id, input: $input) { id } }`,
      { id: BANJARMASIN_MALL_ID, input: { managingUnitId: stableId('unit', 'nowhere') } },
      operator,
    );
    expect(unknownUnit.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.managingUnitId' });
    const badRegency = await mpp.graphql(`mutation { createMall(input: { name: "X", regencyCode: "6371" }) { id } }`, {}, admin);
    expect(badRegency.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.regencyCode' });
    const operatorCreates = await mpp.graphql(`mutation { createMall(input: { name: "X", regencyCode: "63.71" }) { id } }`, {}, operator);
    expect(operatorCreates.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets the operator edit only its own mall', async () => {
    const own = dataOf(
      await mpp.graphql<{ updateMall: { address: string } }>(
        `mutation($id: ID!) { updateMall(id: $id, input: { address: "Jl. Lambung Mangkurat No. 2" }) { address } }`,
        { id: BANJARMASIN_MALL_ID },
        operator,
      ),
    );
    expect(own.updateMall.address).toBe('Jl. Lambung Mangkurat No. 2');
    const other = await mpp.graphql(
      `mutation($id: ID!) { updateMall(id: $id, input: { address: "x" }) { address } }`,
      { id: stableId('mall', 'mpp-kota-banjarbaru') },
      operator,
    );
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
