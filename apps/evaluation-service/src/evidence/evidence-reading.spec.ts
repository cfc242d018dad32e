import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret, stableId } from '@simpul/service-kit';
import { lokusId } from '../seed/demo-data';
import { pdfBase64, Q } from '../test-support/fixtures';
import { CALLERS, errorCode, ok, SAMSAT_KALSEL, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// Who may open a piece of evidence: exactly who may see a lokus it supports. They get a two-minute
// signed link (evidenceDownloadLink) and follow it to the bytes. Real GraphQL and HTTP, real PostgreSQL.

const { admin, evaluator, otherEvaluator, operator, deskSamsatKalsel, deskDpmptspKalteng } = CALLERS;
const thirdEvaluator: Identity = {
  userId: stableId('user', 'evaluator.ketiga@simpul.test'),
  email: 'evaluator.ketiga@simpul.test',
  displayName: 'Evaluator Ketiga',
  role: 'EVALUATOR',
  serviceUnitId: null,
  mallId: null,
};
const SAMSAT_2026 = lokusId('pekppp-2026', 'samsat-63');
const DPMPTSP_2026 = lokusId('pekppp-2026', 'dpmptsp-62');

const LINK = `mutation($documentId: ID!) { evidenceDownloadLink(documentId: $documentId) {
  url expiresAt document { id fileName mimeType sizeBytes sha256 uploadedBy uploadedByName uploadedAt } } }`;
const CLAIM_EVIDENCE = `query($id: ID!) { lokusById(id: $id) { claims { indicatorCode evidence { id fileName mimeType sizeBytes sha256 uploadedByName uploadedAt } } } }`;

interface EvidenceDownloadLink {
  url: string;
  expiresAt: string;
  document: {
    id: string;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    uploadedBy: string;
    uploadedByName: string;
  };
}

describe('opening evidence', () => {
  let evaluation: EvaluationHarness;
  let attachedId: string;
  let unattachedId: string;
  const attachedContent = pdfBase64('SK Standar Pelayanan Samsat');

  const upload = async (serviceUnitId: string, fileName: string, contentBase64: string, caller: Identity) =>
    ok(
      await evaluation.graphql<{ uploadEvidenceDocument: { id: string } }>(
        Q.upload,
        { input: { serviceUnitId, fileName, mimeType: 'application/pdf', contentBase64 } },
        { caller },
      ),
    ).uploadEvidenceDocument.id;
  const open = (documentId: string, caller: Identity | null) =>
    evaluation.graphql<{ evidenceDownloadLink: EvidenceDownloadLink }>(LINK, { documentId }, { caller });
  /** Follows a link as the browser does: through the gateway (an internal token for the public), no caller. */
  const follow = (url: string) =>
    fetch(`${evaluation.url}${url}`, {
      headers: { [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, readSecret('INTERNAL_SECRET'), randomUUID()) },
    });
  /** The base64 of what a reader's link serves. */
  const contentFor = async (documentId: string, caller: Identity) => {
    const response = await follow(ok(await open(documentId, caller)).evidenceDownloadLink.url);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer()).toString('base64');
  };
  const assignSecondRater = async (who: Identity, lokus: string) => {
    ok(
      await evaluation.graphql(
        Q.upsertProfile,
        { input: { userId: who.userId, displayName: who.displayName, agencyId: stableId('agency', 'kemenpanrb'), level: 'KEMENPANRB' } },
        { caller: admin },
      ),
    );
    ok(await evaluation.graphql(Q.assign, { input: { lokusId: lokus, evaluatorId: who.userId, role: 'SECOND_RATER' } }, { caller: admin }));
  };

  beforeAll(async () => {
    evaluation = await startEvaluation();
    attachedId = await upload(SAMSAT_KALSEL, 'bukti-sp.pdf', attachedContent, deskSamsatKalsel);
    unattachedId = await upload(SAMSAT_KALSEL, 'draf.pdf', pdfBase64('draf'), deskSamsatKalsel);
    ok(
      await evaluation.graphql(
        Q.saveClaim,
        { input: { lokusId: SAMSAT_2026, indicatorCode: '1.a.Ak', level: 4, justification: 'SP ditetapkan.' } },
        { caller: deskSamsatKalsel },
      ),
    );
    ok(
      await evaluation.graphql(
        Q.attach,
        { input: { lokusId: SAMSAT_2026, indicatorCode: '1.a.Ak', documentId: attachedId } },
        { caller: deskSamsatKalsel },
      ),
    );
    // The third evaluator works on another lokus (the Kalimantan Tengah DPMPTSP) of the same cycle.
    await assignSecondRater(thirdEvaluator, DPMPTSP_2026);
  });
  afterAll(() => evaluation?.close());

  it('the evaluator assigned to the lokus gets a two-minute link to the file: its bytes, name, type, size, SHA-256, uploader and date', async () => {
    const file = ok(await open(attachedId, evaluator)).evidenceDownloadLink;
    // The file's name ends the path, so a browser that names a file after its URL shows the right one.
    expect(file.url).toMatch(new RegExp(`^/files/evidence/${attachedId}/bukti-sp\\.pdf\\?token=[\\w.-]+$`));
    expect(file.expiresAt).toBe('2026-05-04T03:02:00.000Z');
    expect(await contentFor(attachedId, evaluator)).toBe(attachedContent);
    expect(file.document).toEqual(
      expect.objectContaining({
        id: attachedId,
        fileName: 'bukti-sp.pdf',
        mimeType: 'application/pdf',
        sizeBytes: Buffer.from(attachedContent, 'base64').length,
        uploadedBy: deskSamsatKalsel.userId,
        uploadedByName: deskSamsatKalsel.displayName,
        uploadedAt: '2026-05-04T03:00:00.000Z',
      }),
    );
    expect(file.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the unit's own desk and the national admin open it too", async () => {
    expect(await contentFor(attachedId, deskSamsatKalsel)).toBe(attachedContent);
    expect(await contentFor(attachedId, admin)).toBe(attachedContent);
    expect(ok(await open(unattachedId, deskSamsatKalsel)).evidenceDownloadLink.document.fileName).toBe('draf.pdf');
    expect(await contentFor(unattachedId, deskSamsatKalsel)).toBe(pdfBase64('draf'));
  });

  it('an evaluator of another lokus, another unit’s desk, an operator and the public get no link, in both languages', async () => {
    for (const caller of [otherEvaluator, thirdEvaluator, deskDpmptspKalteng, operator]) {
      const refused = await open(attachedId, caller);
      expect(refused.data).toBeNull();
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    const refused = (await open(attachedId, thirdEvaluator)) as { errors?: { extensions: { messages: { id: string; en: string } } }[] };
    expect(refused.errors?.[0]?.extensions.messages).toEqual({
      en: expect.stringMatching(/evaluators assigned to a lokus this document supports/),
      id: expect.stringMatching(/evaluator yang ditugaskan pada lokus yang memakai dokumen ini/),
    });
    // The public is not signed in: the same refusal every signed-in-only field gives it.
    const anonymous = await open(attachedId, null);
    expect(anonymous.data).toBeNull();
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it("an evaluator of the unit's lokus gets no link to a document attached to no lokus they score", async () => {
    expect(errorCode(await open(unattachedId, evaluator))).toBe('FORBIDDEN');
  });

  it('the second rater may open it once assigned to the lokus, and not before', async () => {
    expect(errorCode(await open(attachedId, otherEvaluator))).toBe('FORBIDDEN');
    await assignSecondRater(otherEvaluator, SAMSAT_2026);
    expect(await contentFor(attachedId, otherEvaluator)).toBe(attachedContent);
  });

  it("the F-02 view's claim evidence lists the file with its details for the assigned evaluator, and for nobody else", async () => {
    const view = (caller: Identity) =>
      evaluation.graphql<{
        lokusById: { claims: { indicatorCode: string; evidence: { id: string; fileName: string; uploadedByName: string }[] }[] };
      }>(CLAIM_EVIDENCE, { id: SAMSAT_2026 }, { caller });
    const claims = ok(await view(evaluator)).lokusById.claims;
    expect(claims.find((claim) => claim.indicatorCode === '1.a.Ak')?.evidence).toEqual([
      expect.objectContaining({ id: attachedId, fileName: 'bukti-sp.pdf', uploadedByName: deskSamsatKalsel.displayName }),
    ]);
    expect(errorCode(await view(thirdEvaluator))).toBe('FORBIDDEN');
    expect(errorCode(await view(deskDpmptspKalteng))).toBe('FORBIDDEN');
  });
});
