import { createHash } from 'node:crypto';
import pg from 'pg';
import { stableId } from '@simpul/service-kit';
import { BANJARMASIN_MALL_ID } from '../seed/demo-registry';
import { tenancyId } from '../seed/demo-malls';
import { CALLERS, dataOf, startMpp, TEST_FILES_MAX_BYTES, type MppHarness } from '../test-support/mpp-test-app';

const operator = { caller: CALLERS.operator };
const PDAM = tenancyId('mpp-kota-banjarmasin', 'pdam-bandarmasih');
const SAMSAT = tenancyId('mpp-kota-banjarmasin', 'pemprov-63');
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF`);
const upload = (bytes: Buffer, fileName = 'pks.pdf', mimeType = 'application/pdf') => ({
  fileName,
  mimeType,
  contentBase64: bytes.toString('base64'),
});

const RECORD = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id document { title fileName file { id fileName mimeType sizeBytes sha256 } } } }`;
const ADDENDUM = `mutation($input: AddAgreementAddendumInput!) { addAgreementAddendum(input: $input) { addenda { number document { file { id sha256 } } } } }`;
const MALL_DOCUMENT = `mutation($input: AddMallDocumentInput!) { addMallDocument(input: $input) { id kind fileName file { id sha256 sizeBytes } } }`;
const DOWNLOAD = `query($id: ID!) { mppFile(id: $id) { contentBase64 file { fileName sha256 } } }`;

interface Recorded {
  recordAgreement: {
    id: string;
    document: { fileName: string; file: { id: string; sha256: string; sizeBytes: number; mimeType: string } };
  };
}

describe('signed documents are uploaded, kept with their SHA-256 and downloaded by those entitled', () => {
  let mpp: MppHarness;
  let db: pg.Client;
  const sql = async <T>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as T[];
  beforeAll(async () => {
    mpp = await startMpp();
    db = new pg.Client({ connectionString: mpp.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await mpp?.close();
  });

  const agreementInput = (number: string, file: ReturnType<typeof upload>) => ({
    tenancyId: PDAM,
    number,
    signedOn: '2026-06-01',
    startsOn: '2026-06-01',
    expiresOn: '2028-06-01',
    document: { title: 'PKS PDAM', file },
  });

  it('stores the signed PKS and gives the same bytes back to the operator and the admin', async () => {
    const bytes = pdf('PKS PDAM Bandarmasih, ditandatangani');
    const { recordAgreement } = dataOf(
      await mpp.graphql<Recorded>(RECORD, { input: agreementInput('PKS/1/2026', upload(bytes, 'PKS PDAM 2026.pdf')) }, operator),
    );
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(recordAgreement.document).toMatchObject({
      fileName: 'PKS PDAM 2026.pdf',
      file: { fileName: 'PKS PDAM 2026.pdf', mimeType: 'application/pdf', sizeBytes: bytes.length, sha256 },
    });
    for (const caller of [CALLERS.operator, CALLERS.admin]) {
      const { mppFile } = dataOf(
        await mpp.graphql<{ mppFile: { contentBase64: string; file: { sha256: string } } }>(
          DOWNLOAD,
          { id: recordAgreement.document.file.id },
          { caller },
        ),
      );
      expect(Buffer.from(mppFile.contentBase64, 'base64')).toEqual(bytes);
      expect(mppFile.file.sha256).toBe(sha256);
    }
  });

  it("lets a tenant's desk download its own agency's PKS and nobody else's", async () => {
    const bytes = pdf('Adendum PKS Samsat');
    const [{ id: agreementId }] = await sql<{ id: string }>(`SELECT id FROM mpp.agreements WHERE tenancy_id = $1`, [SAMSAT]);
    const { addAgreementAddendum } = dataOf(
      await mpp.graphql<{ addAgreementAddendum: { addenda: { number: string; document: { file: { id: string } } | null }[] } }>(
        ADDENDUM,
        {
          input: {
            agreementId,
            number: 'ADD-I/2026',
            signedOn: '2026-06-10',
            expiresOn: '2028-12-31',
            summary: 'Perpanjangan',
            document: { title: 'Adendum I', file: upload(bytes, 'adendum.pdf') },
          },
        },
        operator,
      ),
    );
    const fileId = addAgreementAddendum.addenda.find((row) => row.number === 'ADD-I/2026')?.document?.file.id as string;
    const own = dataOf(
      await mpp.graphql<{ mppFile: { contentBase64: string } }>(DOWNLOAD, { id: fileId }, { caller: CALLERS.deskSamsatKalsel }),
    );
    expect(Buffer.from(own.mppFile.contentBase64, 'base64')).toEqual(bytes);
    const denied = await Promise.all(
      [CALLERS.deskImigrasi, CALLERS.otherOperator, CALLERS.evaluator].map((caller) => mpp.graphql(DOWNLOAD, { id: fileId }, { caller })),
    );
    expect(denied.map((response) => response.errors?.[0].extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect((await mpp.graphql(DOWNLOAD, { id: fileId })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("keeps the regent's letter and the urgency study for the operator and admins only, not for a tenant's desk", async () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('scan of the letter')]);
    const { addMallDocument } = dataOf(
      await mpp.graphql<{ addMallDocument: { kind: string; fileName: string; file: { id: string; sizeBytes: number } } }>(
        MALL_DOCUMENT,
        {
          input: {
            mallId: BANJARMASIN_MALL_ID,
            kind: 'REGENT_LETTER',
            title: 'Surat Wali Kota',
            number: '100/2019',
            issuedOn: '2019-05-02',
            file: upload(bytes, 'surat.png', 'image/png'),
          },
        },
        operator,
      ),
    );
    expect(addMallDocument).toMatchObject({ kind: 'REGENT_LETTER', fileName: 'surat.png', file: { sizeBytes: bytes.length } });
    expect(
      (await mpp.graphql(DOWNLOAD, { id: addMallDocument.file.id }, { caller: CALLERS.deskSamsatKalsel })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      dataOf(
        await mpp.graphql<{ mppFile: { file: { fileName: string } } }>(
          DOWNLOAD,
          { id: addMallDocument.file.id },
          { caller: CALLERS.admin },
        ),
      ).mppFile.file.fileName,
    ).toBe('surat.png');
  });

  it('refuses a disguised file, a wrong MIME type and an oversized file, storing nothing', async () => {
    const before = await sql<{ files: number; agreements: number }>(
      `SELECT (SELECT count(*)::int FROM mpp.files) AS files, (SELECT count(*)::int FROM mpp.agreements) AS agreements`,
    );
    const cases: [ReturnType<typeof upload>, string][] = [
      [upload(Buffer.from('<html><script>alert(1)</script></html>'), 'pks.pdf'), 'input.document.file.contentBase64'],
      [upload(pdf('x'), 'pks.pdf', 'text/html'), 'input.document.file.mimeType'],
      [upload(pdf('x'), 'pks.exe', 'application/pdf'), 'input.document.file.fileName'],
      [upload(pdf('x'.repeat(TEST_FILES_MAX_BYTES))), 'input.document.file.contentBase64'],
    ];
    for (const [file, field] of cases) {
      const response = await mpp.graphql(RECORD, { input: agreementInput(`PKS/BAD/${field}`, file) }, operator);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(
      await sql(`SELECT (SELECT count(*)::int FROM mpp.files) AS files, (SELECT count(*)::int FROM mpp.agreements) AS agreements`),
    ).toEqual(before);
  });

  it('keeps no file row when the agreement itself is refused (one transaction)', async () => {
    const [{ count }] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM mpp.files`);
    const duplicate = await mpp.graphql(RECORD, { input: agreementInput('PKS/1/2026', upload(pdf('second copy'))) }, operator);
    expect(duplicate.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await sql<{ count: number }>(`SELECT count(*)::int AS count FROM mpp.files`))[0].count).toBe(count);
    const missing = await mpp.graphql(DOWNLOAD, { id: stableId('file', 'nothing') }, operator);
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
