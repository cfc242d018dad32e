import { tenancyId } from '../seed/demo-malls';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';
import { RECORD_AGREEMENT } from '../test-support/operations';

const operator = { caller: CALLERS.operator };
const PDAM = tenancyId('mpp-kota-banjarmasin', 'pdam-bandarmasih');
const BPJS_TK = tenancyId('mpp-kota-banjarmasin', 'bpjs-ketenagakerjaan');
const CORRECT = `mutation($input: CorrectAgreementInput!) { correctAgreement(input: $input) {
  id number signedOn startsOn expiresOn originalExpiresOn document { title url } } }`;
const ADDENDUM = `mutation($input: AddAgreementAddendumInput!) { addAgreementAddendum(input: $input) { id } }`;
const HISTORY = `query($id: ID!) { tenancy(id: $id) { changes(first: 5) { totalCount edges { node { actorId action objectType objectId changes { field before after } } } } } }`;

interface Refusal {
  code: string;
  field: string;
  messages: { id: string; en: string };
}
interface Entry {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

const pks = (overrides: Record<string, unknown> = {}) => ({
  tenancyId: PDAM,
  number: 'PKS/PDAM/KOREKSI/2026',
  signedOn: '2026-06-01',
  startsOn: '2026-06-01',
  expiresOn: '2031-05-31',
  ...overrides,
});

describe('PKS dates and numbers are checked, and a recorded PKS is corrected until an addendum exists (GraphQL over HTTP, real PostgreSQL)', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  async function refusal(query: string, input: Record<string, unknown>): Promise<Refusal> {
    const response = await mpp.graphql(query, { input }, operator);
    expect(response.data?.[Object.keys(response.data ?? {})[0]] ?? null).toBeNull();
    return response.errors![0].extensions as unknown as Refusal;
  }

  it('refuses a PKS ending more than ten years after its start, naming the limit and the date typed in both languages', async () => {
    const refused = await refusal(RECORD_AGREEMENT, pks({ expiresOn: '9999-12-31' }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresOn' });
    expect(refused.messages.id).toContain('10 tahun');
    expect(refused.messages.id).toContain('2036-06-01');
    expect(refused.messages.id).toContain('9999-12-31');
    expect(refused.messages.en).toContain('10 years');
    expect(refused.messages.en).toContain('9999-12-31');
    // Exactly ten years is the limit, and is accepted.
    const tenYears = dataOf(
      await mpp.graphql<{ recordAgreement: { expiresOn: string } }>(
        RECORD_AGREEMENT,
        { input: pks({ number: 'PKS/10-TAHUN', expiresOn: '2036-06-01' }) },
        operator,
      ),
    );
    expect(tenYears.recordAgreement.expiresOn).toBe('2036-06-01');
  });

  it('refuses an end before the start, a signing date after today and a number over 100 characters', async () => {
    expect(await refusal(RECORD_AGREEMENT, pks({ startsOn: '2026-07-01', expiresOn: '2026-06-30' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresOn',
    });
    const future = await refusal(RECORD_AGREEMENT, pks({ signedOn: '2090-01-01', startsOn: '2090-01-01', expiresOn: '2091-01-01' }));
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signedOn' });
    expect(future.messages.id).toContain('2090-01-01');
    const long = await refusal(RECORD_AGREEMENT, pks({ number: 'N'.repeat(101) }));
    expect(long).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number' });
    expect(long.messages.id).toContain('100');
    const atLimit = dataOf(
      await mpp.graphql<{ recordAgreement: { number: string } }>(RECORD_AGREEMENT, { input: pks({ number: 'N'.repeat(100) }) }, operator),
    );
    expect(atLimit.recordAgreement.number).toHaveLength(100);
  });

  it('applies the same rules to an addendum: number length, signing date, and a new end within ten years of its signing', async () => {
    const { recordAgreement } = dataOf(
      await mpp.graphql<{ recordAgreement: { id: string } }>(
        RECORD_AGREEMENT,
        { input: pks({ tenancyId: BPJS_TK, number: 'PKS/BPJSTK/ADD-RULES' }) },
        operator,
      ),
    );
    const addendum = (overrides: Record<string, unknown>) => ({
      agreementId: recordAgreement.id,
      number: 'ADD/1',
      signedOn: '2026-06-10',
      summary: 'Perpanjangan',
      ...overrides,
    });
    expect(await refusal(ADDENDUM, addendum({ expiresOn: '9999-12-31' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresOn',
    });
    expect(await refusal(ADDENDUM, addendum({ number: 'A'.repeat(101) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number' });
    expect(await refusal(ADDENDUM, addendum({ signedOn: '2099-01-01' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.signedOn',
    });
    dataOf(await mpp.graphql(ADDENDUM, { input: addendum({ expiresOn: '2036-06-10' }) }, operator));
  });

  it('the operator corrects a recorded PKS, the change is in the tenancy history, and after an addendum a correction is refused', async () => {
    const { recordAgreement } = dataOf(
      await mpp.graphql<{ recordAgreement: { id: string } }>(
        RECORD_AGREEMENT,
        { input: pks({ number: 'PKS/PDAM/SALAH KETIK', expiresOn: '2030-05-31' }) },
        operator,
      ),
    );
    const correction = {
      agreementId: recordAgreement.id,
      number: 'PKS/PDAM/2026/01',
      signedOn: '2026-06-02',
      startsOn: '2026-06-03',
      expiresOn: '2031-06-02',
    };

    const elsewhere = await mpp.graphql(CORRECT, { input: correction }, { caller: CALLERS.otherOperator });
    expect(elsewhere.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await refusal(CORRECT, { ...correction, expiresOn: '9999-12-31' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresOn',
    });

    const corrected = dataOf(
      await mpp.graphql<{ correctAgreement: Record<string, unknown> }>(
        CORRECT,
        {
          input: {
            ...correction,
            document: { title: 'PKS PDAM (perbaikan)', url: 'https://dokumen.banjarmasinkota.go.id/pks-pdam-2026.pdf' },
          },
        },
        operator,
      ),
    ).correctAgreement;
    expect(corrected).toMatchObject({
      number: 'PKS/PDAM/2026/01',
      signedOn: '2026-06-02',
      startsOn: '2026-06-03',
      expiresOn: '2031-06-02',
      originalExpiresOn: '2031-06-02',
      document: { title: 'PKS PDAM (perbaikan)', url: 'https://dokumen.banjarmasinkota.go.id/pks-pdam-2026.pdf' },
    });

    const history = dataOf(
      await mpp.graphql<{ tenancy: { changes: { totalCount: number; edges: { node: Entry }[] } } }>(HISTORY, { id: PDAM }, operator),
    ).tenancy.changes;
    const [latest] = history.edges.map((edge) => edge.node);
    expect(latest).toMatchObject({ action: 'UPDATE', actorId: CALLERS.operator.userId, objectType: 'Tenancy', objectId: PDAM });
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'agreement.number', before: 'PKS/PDAM/SALAH KETIK', after: 'PKS/PDAM/2026/01' },
        { field: 'agreement.signedOn', before: '2026-06-01', after: '2026-06-02' },
        { field: 'agreement.expiresOn', before: '2030-05-31', after: '2031-06-02' },
      ]),
    );

    dataOf(
      await mpp.graphql(
        ADDENDUM,
        { input: { agreementId: recordAgreement.id, number: 'ADD/PDAM/1', signedOn: '2026-06-10', summary: 'Penambahan layanan' } },
        operator,
      ),
    );
    const afterAddendum = await refusal(CORRECT, { ...correction, number: 'PKS/PDAM/2026/02' });
    expect(afterAddendum).toMatchObject({ code: 'CONFLICT', field: 'input.agreementId' });
    expect(afterAddendum.messages.id).toContain('adendum');
    expect(afterAddendum.messages.en).toContain('addendum');
    const unchanged = dataOf(await mpp.graphql<{ tenancy: { changes: { totalCount: number } } }>(HISTORY, { id: PDAM }, operator)).tenancy
      .changes;
    expect(unchanged.totalCount).toBe(history.totalCount);
  });
});
