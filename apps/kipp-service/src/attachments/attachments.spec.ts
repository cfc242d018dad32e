import { createHash } from 'node:crypto';
import pg from 'pg';
import { proposalId } from '../seed/demo-competition';
import { CALLERS, dataOf, startKipp, TEST_FILES_MAX_BYTES, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';

const DRAFT = proposalId(Number(TEST_TODAY.slice(0, 4)), 0);
const UPLOAD = `mutation($input: UploadProposalAttachmentInput!) { uploadProposalAttachment(input: $input) { id kind fileName contentType sizeBytes sha256 stored } }`;
const DOWNLOAD = `query($id: ID!) { kippAttachmentFile(id: $id) { contentBase64 attachment { fileName sha256 } } }`;

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF`);
const file = (bytes: Buffer, fileName = 'sk-inovasi.pdf', mimeType = 'application/pdf') => ({
  fileName,
  mimeType,
  contentBase64: bytes.toString('base64'),
});

interface Uploaded {
  uploadProposalAttachment: {
    id: string;
    kind: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    stored: boolean;
  };
}

describe('proposal attachments are uploaded, checked like every module’s files, and downloaded through the service', () => {
  let kipp: KippHarness;
  let db: pg.Client;
  beforeAll(async () => {
    kipp = await startKipp();
    db = new pg.Client({ connectionString: kipp.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await kipp?.close();
  });
  const count = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM kipp.proposal_attachments WHERE proposal_id = $1`, [DRAFT])).rows[0].n;

  it('stores the desk’s upload with its size and SHA-256; the desk, its local admin and the national admin download the same bytes', async () => {
    const bytes = pdf('Keputusan Kepala Daerah tentang inovasi E-SAMSAT Banua');
    const { uploadProposalAttachment } = dataOf(
      await kipp.graphql<Uploaded>(
        UPLOAD,
        { input: { proposalId: DRAFT, kind: 'sk_inovasi', file: file(bytes, 'scan/SK Inovasi.pdf') } },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(uploadProposalAttachment).toMatchObject({
      kind: 'SK_INOVASI',
      fileName: 'SK Inovasi.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256,
      stored: true,
    });
    for (const caller of [CALLERS.deskSamsatKalsel, CALLERS.localAdminKalsel, CALLERS.admin]) {
      const { kippAttachmentFile } = dataOf(
        await kipp.graphql<{ kippAttachmentFile: { contentBase64: string; attachment: { sha256: string } } }>(
          DOWNLOAD,
          { id: uploadProposalAttachment.id },
          { caller },
        ),
      );
      expect(Buffer.from(kippAttachmentFile.contentBase64, 'base64')).toEqual(bytes);
      expect(kippAttachmentFile.attachment.sha256).toBe(sha256);
    }
  });

  it('rule: only those who may see the proposal download its attachments (NOT_FOUND for others, UNAUTHENTICATED for the public)', async () => {
    const { uploadProposalAttachment } = dataOf(
      await kipp.graphql<Uploaded>(
        UPLOAD,
        {
          input: {
            proposalId: DRAFT,
            kind: 'FOTO',
            file: file(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('foto')]), 'kapal.jpg', 'image/jpeg'),
          },
        },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    for (const caller of [CALLERS.deskDpmptspKalteng, CALLERS.te2]) {
      expect((await kipp.graphql(DOWNLOAD, { id: uploadProposalAttachment.id }, { caller })).errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
    }
    expect((await kipp.graphql(DOWNLOAD, { id: uploadProposalAttachment.id })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rule: refuses a disguised file, a wrong MIME type, a refused type and an oversized file on the field at fault, storing nothing', async () => {
    const before = await count();
    const cases: [ReturnType<typeof file>, string][] = [
      [file(Buffer.from('<html><script>alert(1)</script></html>')), 'input.file.contentBase64'],
      [file(pdf('x'), 'sk.pdf', 'text/html'), 'input.file.mimeType'],
      [file(pdf('x'), 'sk.exe', 'application/pdf'), 'input.file.fileName'],
      [file(pdf('x'.repeat(TEST_FILES_MAX_BYTES))), 'input.file.contentBase64'],
    ];
    for (const [upload, field] of cases) {
      const response = await kipp.graphql(
        UPLOAD,
        { input: { proposalId: DRAFT, kind: 'DOKUMEN', file: upload } },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count()).toBe(before);
  });

  it('refuses uploads to another unit’s draft', async () => {
    const response = await kipp.graphql(
      UPLOAD,
      { input: { proposalId: DRAFT, kind: 'DOKUMEN', file: file(pdf('y')) } },
      { caller: CALLERS.deskDpmptspKalteng },
    );
    expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
