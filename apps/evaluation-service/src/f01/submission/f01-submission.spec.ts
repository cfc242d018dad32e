import type { Identity } from '@simpul/contracts';
import { getInstrument } from '@simpul/scoring';
import { lokusId } from '../../seed/demo-data';
import { pdfBase64, Q } from '../../test-support/fixtures';
import {
  CALLERS,
  errorCode,
  ok,
  SAMSAT_KALSEL,
  SEED_TIME,
  startEvaluation,
  type EvaluationHarness,
} from '../../test-support/evaluation-test-app';

// Sending F-01 (issue #14 §2): the completeness check, the submit that locks with a receipt, the
// admin's reopen with a reason, and the history. Real GraphQL, real PostgreSQL.

const { admin, evaluator, otherEvaluator, deskSamsatKalsel, deskDpmptspKalteng } = CALLERS;
const SAMSAT_2026 = lokusId('pekppp-2026', 'samsat-63');
const CODES = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));

const RECEIPT = `id lokusId submittedBy submittedByName submittedAt instrumentId indicators { indicatorCode level evidence { documentId fileName sha256 } }
  reopenedAt reopenedBy reopenedByName reopenReason`;
const COMPLETENESS = `query($lokusId: ID!) { f01Completeness(lokusId: $lokusId) {
  lokusId complete done total deadline fillingOpen aspects { aspectCode aspectName done total missing { indicatorCode text missingClaim missingEvidence } }
  submission { id submittedAt } } }`;
const SUBMIT = `mutation($lokusId: ID!) { submitF01(lokusId: $lokusId) { ${RECEIPT} } }`;
const REOPEN = `mutation($lokusId: ID!, $reason: String!) { reopenF01(lokusId: $lokusId, reason: $reason) { ${RECEIPT} } }`;
const CURRENT = `query($lokusId: ID!) { f01Submission(lokusId: $lokusId) { ${RECEIPT} } }`;
const HISTORY = `query($lokusId: ID!) { f01SubmissionHistory(lokusId: $lokusId) { submittedAt submittedByName reopenedAt reopenedByName reopenReason } }`;

interface Receipt {
  id: string;
  submittedBy: string;
  submittedByName: string;
  submittedAt: string;
  instrumentId: string;
  indicators: { indicatorCode: string; level: number; evidence: { documentId: string; fileName: string; sha256: string }[] }[];
  reopenedAt: string | null;
  reopenedByName: string | null;
  reopenReason: string | null;
}
interface Completeness {
  complete: boolean;
  done: number;
  total: number;
  deadline: string;
  fillingOpen: boolean;
  aspects: {
    aspectCode: string;
    done: number;
    total: number;
    missing: { indicatorCode: string; missingClaim: boolean; missingEvidence: boolean }[];
  }[];
  submission: { id: string } | null;
}
interface RefusalExtensions {
  code: string;
  field?: string;
  messages: { id: string; en: string };
  missingIndicators?: { indicatorCode: string; missingClaim: boolean; missingEvidence: boolean }[];
}

describe('sending F-01', () => {
  let evaluation: EvaluationHarness;
  let documentId: string;
  let sha256: string;
  const claim = (indicatorCode: string, level: number, caller: Identity = deskSamsatKalsel) =>
    evaluation.graphql<{ saveF01Claim: { level: number } }>(
      Q.saveClaim,
      { input: { lokusId: SAMSAT_2026, indicatorCode, level, justification: `Bukti tersedia untuk ${indicatorCode}.` } },
      { caller },
    );
  const attach = (indicatorCode: string) =>
    evaluation.graphql(Q.attach, { input: { lokusId: SAMSAT_2026, indicatorCode, documentId } }, { caller: deskSamsatKalsel });
  const completeness = async (caller: Identity = deskSamsatKalsel) =>
    ok(await evaluation.graphql<{ f01Completeness: Completeness }>(COMPLETENESS, { lokusId: SAMSAT_2026 }, { caller })).f01Completeness;
  const submit = (caller: Identity = deskSamsatKalsel) =>
    evaluation.graphql<{ submitF01: Receipt }>(SUBMIT, { lokusId: SAMSAT_2026 }, { caller });

  beforeAll(async () => {
    evaluation = await startEvaluation();
    const uploaded = ok(
      await evaluation.graphql<{ uploadEvidenceDocument: { id: string; sha256: string } }>(
        Q.upload,
        {
          input: {
            serviceUnitId: SAMSAT_KALSEL,
            fileName: 'sk-standar-pelayanan.pdf',
            mimeType: 'application/pdf',
            contentBase64: pdfBase64('SK SP'),
          },
        },
        { caller: deskSamsatKalsel },
      ),
    ).uploadEvidenceDocument;
    documentId = uploaded.id;
    sha256 = uploaded.sha256;
  });
  afterAll(() => evaluation?.close());

  it('an empty F-01 is incomplete everywhere, with the F-01 deadline', async () => {
    const empty = await completeness();
    expect(empty).toMatchObject({ complete: false, done: 0, total: CODES.length, fillingOpen: true, submission: null });
    expect(new Date(empty.deadline).getTime()).toBeGreaterThan(SEED_TIME.getTime());
    expect(empty.aspects.flatMap((aspect) => aspect.missing.map((row) => row.indicatorCode))).toEqual(CODES);
    expect(empty.aspects.every((aspect) => aspect.done === 0 && aspect.missing.length === aspect.total)).toBe(true);
  });

  it('submit is refused while indicators lack a claim or evidence, naming each one in both languages', async () => {
    const [noClaim, noEvidence, ...rest] = CODES;
    for (const code of rest) {
      ok(await claim(code, 3));
      ok(await attach(code));
    }
    ok(await claim(noEvidence, 2));
    ok(await attach(noClaim));
    const state = await completeness();
    expect(state).toMatchObject({ complete: false, done: CODES.length - 2 });
    expect(state.aspects.flatMap((aspect) => aspect.missing)).toEqual([
      expect.objectContaining({ indicatorCode: noClaim, missingClaim: true, missingEvidence: false }),
      expect.objectContaining({ indicatorCode: noEvidence, missingClaim: false, missingEvidence: true }),
    ]);

    const refused = await submit();
    const extensions = refused.errors?.[0].extensions as unknown as RefusalExtensions;
    expect(extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lokusId',
      missingIndicators: [
        { indicatorCode: noClaim, missingClaim: true, missingEvidence: false },
        { indicatorCode: noEvidence, missingClaim: false, missingEvidence: true },
      ],
    });
    expect(extensions.messages.id).toContain(`${noClaim} (klaim)`);
    expect(extensions.messages.id).toContain(`${noEvidence} (bukti)`);
    expect(extensions.messages.en).toContain(`${noClaim} (claim)`);
    expect(
      ok(await evaluation.graphql<{ f01Submission: null }>(CURRENT, { lokusId: SAMSAT_2026 }, { caller: deskSamsatKalsel })).f01Submission,
    ).toBeNull();
    // Only the unit's own desk (or the admin) sends it.
    expect(errorCode(await submit(deskDpmptspKalteng))).toBe('FORBIDDEN');
    expect(errorCode(await submit(evaluator))).toBe('FORBIDDEN');
  });

  it('a complete F-01 is sent once, with a receipt of who, when and what, and is then locked', async () => {
    const [noClaim, noEvidence] = CODES;
    ok(await claim(noClaim, 4));
    ok(await attach(noEvidence));
    expect(await completeness()).toMatchObject({ complete: true, done: CODES.length });

    evaluation.clock.set(new Date(SEED_TIME.getTime() + 60 * 60 * 1000));
    const receipt = ok(await submit()).submitF01;
    expect(receipt).toMatchObject({
      submittedBy: deskSamsatKalsel.userId,
      submittedByName: deskSamsatKalsel.displayName,
      submittedAt: new Date(SEED_TIME.getTime() + 60 * 60 * 1000).toISOString(),
      instrumentId: 'pekppp-2024-a',
      reopenedAt: null,
      reopenReason: null,
    });
    expect(receipt.indicators.map((row) => row.indicatorCode)).toEqual(CODES);
    expect(receipt.indicators[0]).toEqual({
      indicatorCode: noClaim,
      level: 4,
      evidence: [{ documentId, fileName: 'sk-standar-pelayanan.pdf', sha256 }],
    });
    expect(receipt.indicators[1].level).toBe(2);
    expect(receipt.indicators.slice(2).every((row) => row.level === 3 && row.evidence.length === 1)).toBe(true);
    expect(errorCode(await submit())).toBe('CONFLICT');
    expect((await completeness()).submission?.id).toBe(receipt.id);

    // Locked: claims and evidence are refused in both languages until the admin reopens it.
    for (const refused of [
      await claim(CODES[2], 5),
      await attach(CODES[0]),
      await evaluation.graphql(
        Q.detach,
        { input: { lokusId: SAMSAT_2026, indicatorCode: CODES[0], documentId } },
        { caller: deskSamsatKalsel },
      ),
    ]) {
      const extensions = refused.errors?.[0].extensions as unknown as RefusalExtensions;
      expect(extensions.code).toBe('CONFLICT');
      expect(extensions.messages.id).toContain('sudah dikirim');
      expect(extensions.messages.en).toContain('was sent');
    }
    expect(errorCode(await claim(CODES[2], 5, admin))).toBe('CONFLICT');
  });

  it('the desk, the admin and the assigned evaluator read the receipt; other desks and evaluators do not', async () => {
    for (const caller of [deskSamsatKalsel, admin, evaluator]) {
      const read = ok(await evaluation.graphql<{ f01Submission: Receipt | null }>(CURRENT, { lokusId: SAMSAT_2026 }, { caller }));
      expect(read.f01Submission?.indicators).toHaveLength(CODES.length);
    }
    for (const caller of [deskDpmptspKalteng, otherEvaluator]) {
      expect(errorCode(await evaluation.graphql(CURRENT, { lokusId: SAMSAT_2026 }, { caller }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await evaluation.graphql(CURRENT, { lokusId: SAMSAT_2026 }))).toBe('UNAUTHENTICATED');
  });

  it('only the national admin reopens it, with a reason; claims are editable again and the history keeps both sends', async () => {
    expect(
      errorCode(await evaluation.graphql(REOPEN, { lokusId: SAMSAT_2026, reason: 'Salah unggah' }, { caller: deskSamsatKalsel })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(REOPEN, { lokusId: SAMSAT_2026, reason: 'Salah unggah' }, { caller: evaluator }))).toBe(
      'FORBIDDEN',
    );
    const blank = await evaluation.graphql(REOPEN, { lokusId: SAMSAT_2026, reason: '   ' }, { caller: admin });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    evaluation.clock.set(new Date(SEED_TIME.getTime() + 2 * 60 * 60 * 1000));
    const reopened = ok(
      await evaluation.graphql<{ reopenF01: Receipt }>(
        REOPEN,
        { lokusId: SAMSAT_2026, reason: 'Bukti indikator 1.a salah berkas; unit diminta memperbaiki.' },
        { caller: admin },
      ),
    ).reopenF01;
    expect(reopened).toMatchObject({
      reopenedAt: new Date(SEED_TIME.getTime() + 2 * 60 * 60 * 1000).toISOString(),
      reopenedByName: admin.displayName,
      reopenReason: 'Bukti indikator 1.a salah berkas; unit diminta memperbaiki.',
    });
    expect(errorCode(await evaluation.graphql(REOPEN, { lokusId: SAMSAT_2026, reason: 'Lagi' }, { caller: admin }))).toBe('CONFLICT');
    expect(
      ok(await evaluation.graphql<{ f01Submission: null }>(CURRENT, { lokusId: SAMSAT_2026 }, { caller: deskSamsatKalsel })).f01Submission,
    ).toBeNull();

    // Open again: the desk changes a claim and evidence, then sends again.
    expect(ok(await claim(CODES[2], 5)).saveF01Claim.level).toBe(5);
    ok(
      await evaluation.graphql(
        Q.detach,
        { input: { lokusId: SAMSAT_2026, indicatorCode: CODES[0], documentId } },
        { caller: deskSamsatKalsel },
      ),
    );
    expect(await completeness()).toMatchObject({ complete: false, submission: null });
    ok(await attach(CODES[0]));
    evaluation.clock.set(new Date(SEED_TIME.getTime() + 3 * 60 * 60 * 1000));
    const second = ok(await submit()).submitF01;
    expect(second.indicators[2].level).toBe(5);

    const history = ok(
      await evaluation.graphql<{ f01SubmissionHistory: Receipt[] }>(HISTORY, { lokusId: SAMSAT_2026 }, { caller: evaluator }),
    ).f01SubmissionHistory;
    expect(history).toEqual([
      {
        submittedAt: new Date(SEED_TIME.getTime() + 60 * 60 * 1000).toISOString(),
        submittedByName: deskSamsatKalsel.displayName,
        reopenedAt: new Date(SEED_TIME.getTime() + 2 * 60 * 60 * 1000).toISOString(),
        reopenedByName: admin.displayName,
        reopenReason: 'Bukti indikator 1.a salah berkas; unit diminta memperbaiki.',
      },
      {
        submittedAt: new Date(SEED_TIME.getTime() + 3 * 60 * 60 * 1000).toISOString(),
        submittedByName: deskSamsatKalsel.displayName,
        reopenedAt: null,
        reopenedByName: null,
        reopenReason: null,
      },
    ]);
  });
});
