import { tenancyId } from '../seed/demo-malls';
import { CALLERS, dataOf, nodesOf, startMpp, type MppHarness, type Page } from '../test-support/mpp-test-app';
import { RECORD_AGREEMENT, TENANCY } from '../test-support/operations';
import { agreementStanding } from './agreement-status';

const operator = { caller: CALLERS.operator };
const PDAM = tenancyId('mpp-kota-banjarmasin', 'pdam-bandarmasih');
const ADDENDUM = `mutation($input: AddAgreementAddendumInput!) { addAgreementAddendum(input: $input) {
  id expiresOn originalExpiresOn status daysToExpiry addenda { number expiresOn summary document { title url } } } }`;

describe('agreements (PKS) and addenda', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it('classifies an agreement against today: warned 60 days ahead, expired the day after', () => {
    expect(agreementStanding('2026-01-01', '2026-08-14', '2026-06-15')).toEqual({ status: 'EXPIRING', daysToExpiry: 60 });
    expect(agreementStanding('2026-01-01', '2026-08-15', '2026-06-15')).toEqual({ status: 'ACTIVE', daysToExpiry: 61 });
    expect(agreementStanding('2026-01-01', '2026-06-15', '2026-06-15')).toEqual({ status: 'EXPIRING', daysToExpiry: 0 });
    expect(agreementStanding('2026-01-01', '2026-06-14', '2026-06-15')).toEqual({ status: 'EXPIRED', daysToExpiry: -1 });
    expect(agreementStanding('2026-07-01', '2027-06-30', '2026-06-15')).toEqual({ status: 'NOT_STARTED', daysToExpiry: 380 });
  });

  it('records a PKS with its signed document, and extends it by addendum keeping the original expiry', async () => {
    const { recordAgreement } = dataOf(
      await mpp.graphql<{ recordAgreement: { id: string; status: string; daysToExpiry: number } }>(
        RECORD_AGREEMENT,
        {
          input: {
            tenancyId: PDAM,
            number: '690/PKS/PDAM-MPP/2026',
            signedOn: '2026-06-01',
            startsOn: '2026-06-01',
            expiresOn: '2026-07-15',
            document: {
              title: 'PKS PDAM Bandarmasih',
              fileName: 'pks-pdam.pdf',
              url: 'https://dokumen.banjarmasinkota.go.id/pks-pdam.pdf',
            },
          },
        },
        operator,
      ),
    );
    expect(recordAgreement).toMatchObject({ status: 'EXPIRING', daysToExpiry: 30 });
    const extended = dataOf(
      await mpp.graphql<{ addAgreementAddendum: Record<string, unknown> }>(
        ADDENDUM,
        {
          input: {
            agreementId: recordAgreement.id,
            number: '690/PKS/PDAM-MPP/2026-ADD1',
            signedOn: '2026-06-10',
            expiresOn: '2029-06-30',
            summary: 'Perpanjangan tiga tahun',
            document: { title: 'Adendum I', url: 'https://dokumen.banjarmasinkota.go.id/add1.pdf' },
          },
        },
        operator,
      ),
    ).addAgreementAddendum;
    expect(extended).toMatchObject({
      expiresOn: '2029-06-30',
      originalExpiresOn: '2026-07-15',
      status: 'ACTIVE',
      addenda: [
        {
          number: '690/PKS/PDAM-MPP/2026-ADD1',
          expiresOn: '2029-06-30',
          summary: 'Perpanjangan tiga tahun',
          document: { title: 'Adendum I', url: 'https://dokumen.banjarmasinkota.go.id/add1.pdf' },
        },
      ],
    });
    const view = dataOf(
      await mpp.graphql<{ tenancy: { agreements: Page<{ status: string; addenda: unknown[] }> } }>(TENANCY, { id: PDAM }, operator),
    );
    expect(nodesOf(view.tenancy.agreements)).toHaveLength(1);
    expect(view.tenancy.agreements.totalCount).toBe(1);

    const before = await mpp.graphql(
      ADDENDUM,
      { input: { agreementId: recordAgreement.id, number: 'ADD0', signedOn: '2026-05-01', summary: 'Terlalu awal' } },
      operator,
    );
    expect(before.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signedOn' });
    const duplicate = await mpp.graphql(
      ADDENDUM,
      { input: { agreementId: recordAgreement.id, number: '690/PKS/PDAM-MPP/2026-ADD1', signedOn: '2026-06-12', summary: 'Lagi' } },
      operator,
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
    const sameNumber = await mpp.graphql(
      RECORD_AGREEMENT,
      {
        input: {
          tenancyId: PDAM,
          number: '690/PKS/PDAM-MPP/2026',
          signedOn: '2026-06-01',
          startsOn: '2026-06-01',
          expiresOn: '2027-01-01',
        },
      },
      operator,
    );
    expect(sameNumber.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
    const badUrl = await mpp.graphql(
      RECORD_AGREEMENT,
      {
        input: {
          tenancyId: PDAM,
          number: 'X',
          signedOn: '2026-06-01',
          startsOn: '2026-06-01',
          expiresOn: '2027-01-01',
          document: { title: 'x', url: 'javascript:alert(1)' },
        },
      },
      operator,
    );
    expect(badUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.document.url' });
  });

  it('lets only the mall operator or an admin record agreements', async () => {
    const input = { tenancyId: PDAM, number: 'PKS/9', signedOn: '2026-06-01', startsOn: '2026-06-01', expiresOn: '2027-01-01' };
    const codes = await Promise.all([
      mpp.graphql(RECORD_AGREEMENT, { input }),
      mpp.graphql(RECORD_AGREEMENT, { input }, { caller: CALLERS.otherOperator }),
      mpp.graphql(RECORD_AGREEMENT, { input }, { caller: CALLERS.deskSamsatKalsel }),
    ]);
    expect(codes.map((response) => response.errors?.[0].extensions.code)).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN']);
  });
});
