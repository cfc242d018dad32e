import pg from 'pg';
import { tenancyId } from '../seed/demo-malls';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';

const RECORD = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { document { file { id sha256 } } } }`;
const DOWNLOAD = `query($id: ID!) { mppFile(id: $id) { contentBase64 } }`;

// SIMPUL_FILES_STORE=postgres, two replicas on one database: a document uploaded through one is
// downloaded through the other, and its bytes are in mpp.file_blobs, not on either one's disk.
describe('with SIMPUL_FILES_STORE=postgres, signed documents are shared by replicas', () => {
  const before = process.env.SIMPUL_FILES_STORE;
  let a: MppHarness;
  let b: MppHarness;
  beforeAll(async () => {
    process.env.SIMPUL_FILES_STORE = 'postgres';
    a = await startMpp({ files: 'env' });
    b = await startMpp({ files: 'env', replicaOf: a });
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
    if (before === undefined) delete process.env.SIMPUL_FILES_STORE;
    else process.env.SIMPUL_FILES_STORE = before;
  });

  it('a PKS uploaded through one replica is downloaded whole through the other', async () => {
    const bytes = Buffer.from('%PDF-1.7\nPKS PDAM Bandarmasih, disimpan di PostgreSQL\n%%EOF');
    const { recordAgreement } = dataOf(
      await a.graphql<{ recordAgreement: { document: { file: { id: string; sha256: string } } } }>(
        RECORD,
        {
          input: {
            tenancyId: tenancyId('mpp-kota-banjarmasin', 'pdam-bandarmasih'),
            number: 'PKS/PG/2026',
            signedOn: '2026-06-01',
            startsOn: '2026-06-01',
            expiresOn: '2028-06-01',
            document: {
              title: 'PKS PDAM',
              file: { fileName: 'pks.pdf', mimeType: 'application/pdf', contentBase64: bytes.toString('base64') },
            },
          },
        },
        { caller: CALLERS.operator },
      ),
    );
    const { mppFile } = dataOf(
      await b.graphql<{ mppFile: { contentBase64: string } }>(
        DOWNLOAD,
        { id: recordAgreement.document.file.id },
        { caller: CALLERS.admin },
      ),
    );
    expect(Buffer.from(mppFile.contentBase64, 'base64')).toEqual(bytes);

    const db = new pg.Client({ connectionString: a.database.url });
    await db.connect();
    try {
      const stored = await db.query<{ key: string; size_bytes: number }>(
        'SELECT b.key, b.size_bytes FROM mpp.file_blobs b JOIN mpp.files f ON f.storage_key = b.key WHERE f.id = $1',
        [recordAgreement.document.file.id],
      );
      expect(stored.rows).toEqual([{ key: expect.stringContaining(recordAgreement.document.file.sha256), size_bytes: bytes.length }]);
    } finally {
      await db.end();
    }
  });
});
