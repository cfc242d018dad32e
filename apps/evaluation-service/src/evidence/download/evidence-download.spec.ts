import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret, stableId } from '@simpul/service-kit';
import { lokusId } from '../../seed/demo-data';
import { pdfBase64, Q } from '../../test-support/fixtures';
import { CALLERS, ok, SAMSAT_KALSEL, SEED_TIME, startEvaluation, type EvaluationHarness } from '../../test-support/evaluation-test-app';
import { downloadLinkKey, signDownloadToken } from './download-token';

// GET /files/evidence/:id?token=… — what a browser gets when it follows a link: the exact bytes with
// headers that keep the file from acting as the portal, or a refusal in both languages. Real HTTP
// through the internal-token middleware (as the gateway forwards it: no caller), real PostgreSQL.

const { admin, evaluator, otherEvaluator, deskSamsatKalsel } = CALLERS;
const SAMSAT_2026 = lokusId('pekppp-2026', 'samsat-63');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LINK = `mutation($documentId: ID!) { evidenceDownloadLink(documentId: $documentId) { url expiresAt } }`;

interface Refusal {
  errors: { message: string; extensions: { code: string; messages: { id: string; en: string } } }[];
}

describe('following an evidence download link', () => {
  let evaluation: EvaluationHarness;
  let pdfId: string;
  let docxId: string;
  const pdf = pdfBase64('Laporan survei kepuasan');
  // Word files are ZIP archives: the magic bytes are all the upload check reads.
  const docx = Buffer.from('PK\x03\x04 rekap', 'latin1').toString('base64');

  const upload = async (fileName: string, mimeType: string, contentBase64: string) =>
    ok(
      await evaluation.graphql<{ uploadEvidenceDocument: { id: string } }>(
        Q.upload,
        { input: { serviceUnitId: SAMSAT_KALSEL, fileName, mimeType, contentBase64 } },
        { caller: deskSamsatKalsel },
      ),
    ).uploadEvidenceDocument.id;
  const linkFor = async (documentId: string, caller: Identity) =>
    ok(await evaluation.graphql<{ evidenceDownloadLink: { url: string } }>(LINK, { documentId }, { caller })).evidenceDownloadLink.url;
  const follow = (path: string, method = 'GET') =>
    fetch(`${evaluation.url}${path}`, {
      method,
      headers: { [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, readSecret('INTERNAL_SECRET'), randomUUID()) },
    });
  const tokenOf = (url: string) => new URL(url, 'http://portal').searchParams.get('token') ?? '';
  /** A token signed with the service's own key, as if the service had issued it to `reader`. */
  const issuedFor = (documentId: string, reader: Identity) =>
    signDownloadToken(documentId, reader, downloadLinkKey(), evaluation.clock.now()).token;
  const refusalOf = async (response: Response) => ((await response.json()) as Refusal).errors[0];

  beforeAll(async () => {
    evaluation = await startEvaluation();
    pdfId = await upload('Laporan SKM 2025 – triwulan Ⅰ.pdf', 'application/pdf', pdf);
    docxId = await upload('rekap "pengaduan".docx', DOCX_TYPE, docx);
    ok(
      await evaluation.graphql(
        Q.saveClaim,
        { input: { lokusId: SAMSAT_2026, indicatorCode: '1.a.Ak', level: 4, justification: 'Ada laporan.' } },
        { caller: deskSamsatKalsel },
      ),
    );
    for (const documentId of [pdfId, docxId])
      ok(
        await evaluation.graphql(
          Q.attach,
          { input: { lokusId: SAMSAT_2026, indicatorCode: '1.a.Ak', documentId } },
          { caller: deskSamsatKalsel },
        ),
      );
  });
  afterEach(() => evaluation.clock.set(SEED_TIME));
  afterAll(() => evaluation?.close());

  it('a PDF comes whole, inline in its own sandbox, under its own name, never cached nor sniffed', async () => {
    const response = await follow(await linkFor(pdfId, evaluator));
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(Buffer.from(pdf, 'base64'))).toBe(true);
    expect(
      Object.fromEntries(['content-type', 'content-length', 'content-disposition'].map((name) => [name, response.headers.get(name)])),
    ).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'content-disposition': `inline; filename="Laporan SKM 2025  triwulan I.pdf"; filename*=UTF-8''Laporan%20SKM%202025%20%E2%80%93%20triwulan%20%E2%85%A0.pdf`,
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('a Word file is an attachment: downloaded, never shown in the portal’s tab', async () => {
    const response = await follow(await linkFor(docxId, admin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX_TYPE);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="rekap _pengaduan_.docx"; filename*=UTF-8''rekap%20%22pengaduan%22.docx`,
    );
    expect(Buffer.from(await response.arrayBuffer()).toString('base64')).toBe(docx);
  });

  it('stands for two minutes and is then refused with 410 in both languages', async () => {
    const url = await linkFor(pdfId, deskSamsatKalsel);
    evaluation.clock.set(new Date(SEED_TIME.getTime() + 119_000));
    expect((await follow(url)).status).toBe(200);
    evaluation.clock.set(new Date(SEED_TIME.getTime() + 120_000));
    const late = await follow(url);
    expect(late.status).toBe(410);
    expect(late.headers.get('cache-control')).toBe('no-store');
    expect(await refusalOf(late)).toMatchObject({
      extensions: {
        code: 'FORBIDDEN',
        messages: {
          en: 'This link has expired. Open the document again from the portal.',
          id: 'Tautan ini sudah kedaluwarsa. Buka kembali dokumen dari portal.',
        },
      },
    });
  });

  it('a forged, altered, foreign-keyed or missing token is refused with 403', async () => {
    const token = tokenOf(await linkFor(pdfId, evaluator));
    const [header, payload, signature] = token.split('.');
    // The same claims naming the admin instead, under the evaluator's signature.
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const asAdmin = Buffer.from(
      JSON.stringify({ ...claims, reader: { userId: admin.userId, role: 'NATIONAL_ADMIN', serviceUnitId: null } }),
    ).toString('base64url');
    const otherKey = signDownloadToken(
      pdfId,
      evaluator,
      downloadLinkKey('another-internal-secret-of-enough-length'),
      evaluation.clock.now(),
    ).token;
    // An internal token is signed with INTERNAL_SECRET itself, not the link key: it opens nothing.
    const internal = issueInternalToken(evaluator, readSecret('INTERNAL_SECRET'), 'r1');
    for (const forged of [`${header}.${asAdmin}.${signature}`, otherKey, internal, 'not-a-token']) {
      const response = await follow(`/files/evidence/${pdfId}?token=${encodeURIComponent(forged)}`);
      expect(response.status).toBe(403);
      expect(await refusalOf(response)).toMatchObject({
        extensions: {
          code: 'FORBIDDEN',
          messages: {
            en: 'This link is not valid. Open the document from the portal.',
            id: 'Tautan ini tidak sah. Buka dokumen dari portal.',
          },
        },
      });
    }
    expect((await follow(`/files/evidence/${pdfId}`)).status).toBe(403);
  });

  it("another document's token opens nothing else", async () => {
    const response = await follow(`/files/evidence/${docxId}?token=${encodeURIComponent(tokenOf(await linkFor(pdfId, evaluator)))}`);
    expect(response.status).toBe(403);
    expect((await refusalOf(response)).extensions.messages).toEqual({
      en: 'This link is for another document.',
      id: 'Tautan ini untuk dokumen lain.',
    });
  });

  it('names its reader: a token for someone who may not open the document is refused, and so is a link whose reader lost the lokus', async () => {
    const forOutsider = await follow(`/files/evidence/${pdfId}?token=${encodeURIComponent(issuedFor(pdfId, otherEvaluator))}`);
    expect(forOutsider.status).toBe(403);
    expect((await refusalOf(forOutsider)).extensions.messages.id).toMatch(/evaluator yang ditugaskan pada lokus yang memakai dokumen ini/);

    ok(
      await evaluation.graphql(
        Q.upsertProfile,
        {
          input: {
            userId: otherEvaluator.userId,
            displayName: otherEvaluator.displayName,
            agencyId: stableId('agency', 'kemenpanrb'),
            level: 'KEMENPANRB',
          },
        },
        { caller: admin },
      ),
    );
    ok(
      await evaluation.graphql(
        Q.assign,
        { input: { lokusId: SAMSAT_2026, evaluatorId: otherEvaluator.userId, role: 'SECOND_RATER' } },
        { caller: admin },
      ),
    );
    const url = await linkFor(pdfId, otherEvaluator);
    expect((await follow(url)).status).toBe(200);
    ok(
      await evaluation.graphql(
        `mutation($lokusId: ID!, $evaluatorId: ID!) { unassignEvaluator(lokusId: $lokusId, evaluatorId: $evaluatorId) }`,
        { lokusId: SAMSAT_2026, evaluatorId: otherEvaluator.userId },
        { caller: admin },
      ),
    );
    expect((await follow(url)).status).toBe(403);
  });

  it('a valid token for a document that does not exist is 404; a request past the gateway is 401', async () => {
    const ghost = randomUUID();
    const missing = await follow(`/files/evidence/${ghost}?token=${encodeURIComponent(issuedFor(ghost, admin))}`);
    expect(missing.status).toBe(404);
    expect((await refusalOf(missing)).extensions.messages).toEqual({ en: 'This document does not exist.', id: 'Dokumen ini tidak ada.' });
    const direct = await fetch(`${evaluation.url}${await linkFor(pdfId, evaluator)}`);
    expect(direct.status).toBe(401);
  });
});
