import { answersForTargetIndex, computeIpp, getInstrument } from '@simpul/scoring';
import { stableId } from '@simpul/service-kit';
import { lokusId } from './seed/demo-data';
import { CALENDAR_2027, pdfBase64, Q, unitRow } from './test-support/fixtures';
import {
  CALLERS,
  DPMPTSP_KALTENG,
  errorCode,
  ok,
  SAMSAT_KALSEL,
  startEvaluation,
  type EvaluationHarness,
} from './test-support/evaluation-test-app';

// One whole PEKPPP cycle, phase by phase, through GraphQL against PostgreSQL, with the refusals of each step.

const instrument = getInstrument('pekppp-2024-a');
const codes = instrument.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
const { admin, evaluator, otherEvaluator, deskSamsatKalsel, deskDpmptspKalteng } = CALLERS;
const SAMSAT_KALTENG = stableId('unit', 'samsat-62');

interface LokusView {
  id: string;
  claims: { indicatorCode: string; level: number; evidence: { id: string }[] }[];
  scores: { indicatorCode: string; level: number; version: number }[];
  comments: { totalCount: number; edges: { node: { body: string; authorRole: string } }[] };
  survey: { respondents: number; enough: boolean; linksIssued: number; linksUsed: number } | null;
  assignments: { evaluatorId: string; role: string }[];
  appeals: { status: string }[];
  fieldVerifications: { findings: string }[];
  result: {
    version: number;
    index: number;
    evaluatorIndex: number;
    userIndex: number | null;
    basis: string;
    respondents: number;
    rank: number;
    cohortSize: number;
    category: { code: string };
  } | null;
  resultHistory: { version: number; reason: string | null; current: boolean; index: number }[];
}

describe('a PEKPPP cycle from preparation to published results', () => {
  let evaluation: EvaluationHarness;
  let cycleId: string;
  const lokus: Record<string, string> = {};
  let documentId: string;
  let tokens: string[] = [];
  const surveyRows: number[][] = [];
  const samsatKalselAnswers = answersForTargetIndex(instrument, 3.9, 11);

  const as = (caller: (typeof CALLERS)[keyof typeof CALLERS] | null) => ({ caller });
  const view = async (id: string, caller = admin) =>
    ok(await evaluation.graphql<{ lokusById: LokusView }>(Q.lokus, { id }, as(caller))).lokusById;

  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('a document attached in the current (2026) cycle is stored once for the unit', async () => {
    const uploaded = ok(
      await evaluation.graphql<{ uploadEvidenceDocument: { id: string; sha256: string; sizeBytes: number } }>(
        Q.upload,
        {
          input: {
            serviceUnitId: SAMSAT_KALSEL,
            fileName: 'SK Standar Pelayanan 2026.pdf',
            mimeType: 'application/pdf',
            contentBase64: pdfBase64('SK SP'),
          },
        },
        as(deskSamsatKalsel),
      ),
    ).uploadEvidenceDocument;
    expect(uploaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    documentId = uploaded.id;
    const again = ok(
      await evaluation.graphql<{ uploadEvidenceDocument: { id: string } }>(
        Q.upload,
        {
          input: { serviceUnitId: SAMSAT_KALSEL, fileName: 'salinan.pdf', mimeType: 'application/pdf', contentBase64: pdfBase64('SK SP') },
        },
        as(deskSamsatKalsel),
      ),
    ).uploadEvidenceDocument;
    expect(again.id).toBe(documentId);
    ok(
      await evaluation.graphql(
        Q.attach,
        { input: { lokusId: lokusId('pekppp-2026', 'samsat-63'), indicatorCode: '1.a.Ak', documentId } },
        as(deskSamsatKalsel),
      ),
    );
  });

  it('preparation: the admin creates the cycle; lokus come from an import, all or nothing', async () => {
    evaluation.clock.set('2027-01-10T02:00:00Z');
    const created = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string; currentPhase: string } }>(
        Q.createCycle,
        {
          input: { year: 2027, name: 'PEKPPP 2027', scheme: 'PEMANTAUAN', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 },
        },
        as(admin),
      ),
    ).createEvaluationCycle;
    expect(created.currentPhase).toBe('PREPARATION');
    cycleId = created.id;

    const rows = [
      unitRow('SAMSAT', '63', 'Kalimantan Selatan'),
      unitRow('DPMPTSP', '62', 'Kalimantan Tengah'),
      unitRow('SAMSAT', '62', 'Kalimantan Tengah'),
    ];
    const bad = ok(
      await evaluation.graphql<{ importLokus: { added: number; errors: { row: number; field: string }[] } }>(
        Q.importLokus,
        {
          cycleId,
          rows: [...rows, { ...rows[0], serviceUnitId: 'not-a-uuid' }],
        },
        as(admin),
      ),
    ).importLokus;
    expect(bad).toMatchObject({ added: 0, errors: [{ row: 4, field: 'rows.3.serviceUnitId' }] });
    const good = ok(
      await evaluation.graphql<{ importLokus: { added: number; alreadyPresent: number } }>(Q.importLokus, { cycleId, rows }, as(admin)),
    ).importLokus;
    expect(good).toMatchObject({ added: 3, alreadyPresent: 0 });

    const duplicate = await evaluation.graphql(Q.addLokus, { cycleId, input: rows[0] }, as(admin));
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(errorCode(await evaluation.graphql(Q.addLokus, { cycleId, input: rows[0] }, as(deskSamsatKalsel)))).toBe('FORBIDDEN');

    const list = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { id: string; serviceUnitId: string; cohort: string } }[] } }>(
        Q.cycleLokus,
        { cycleId },
        as(admin),
      ),
    ).cycleLokus.edges.map((edge) => edge.node);
    for (const item of list) lokus[item.serviceUnitId] = item.id;
    expect(list.map((item) => item.cohort).sort()).toEqual(['PROVINCE:DPMPTSP', 'PROVINCE:SAMSAT', 'PROVINCE:SAMSAT']);
    const deskView = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { serviceUnitId: string } }[] } }>(
        Q.cycleLokus,
        { cycleId },
        as(deskSamsatKalsel),
      ),
    ).cycleLokus.edges.map((edge) => edge.node);
    expect(deskView.map((item) => item.serviceUnitId)).toEqual([SAMSAT_KALSEL]);
  });

  it('evaluators: conflicted, same-instansi and out-of-hierarchy evaluators cannot be assigned', async () => {
    ok(
      await evaluation.graphql(
        Q.upsertProfile,
        {
          input: {
            userId: otherEvaluator.userId,
            displayName: 'Evaluator Kedua',
            agencyId: stableId('agency', 'kemenpanrb'),
            level: 'KEMENPANRB',
          },
        },
        as(admin),
      ),
    );
    const biro = stableId('user', 'biro.organisasi@kalselprov.test');
    ok(
      await evaluation.graphql(
        Q.upsertProfile,
        {
          input: {
            userId: biro,
            displayName: 'Biro Organisasi Kalsel',
            agencyId: stableId('agency', 'pemprov-63'),
            level: 'PROVINCE',
            provinceCode: '63',
          },
        },
        as(admin),
      ),
    );

    const sameAgency = await evaluation.graphql<unknown>(
      Q.assign,
      { input: { lokusId: lokus[SAMSAT_KALSEL], evaluatorId: biro } },
      as(admin),
    );
    expect(errorCode(sameAgency)).toBe('CONFLICT');
    expect(sameAgency.errors?.[0].extensions.messages?.id).toMatch(/instansi yang sama/);
    const otherProvince = await evaluation.graphql(Q.assign, { input: { lokusId: lokus[DPMPTSP_KALTENG], evaluatorId: biro } }, as(admin));
    expect(errorCode(otherProvince)).toBe('CONFLICT');

    ok(
      await evaluation.graphql(
        Q.declare,
        { input: { agencyId: stableId('agency', 'pemprov-62'), reason: 'Pernah bekerja di Pemprov Kalimantan Tengah sampai 2025.' } },
        as(otherEvaluator),
      ),
    );
    const declared = await evaluation.graphql(
      Q.assign,
      { input: { lokusId: lokus[DPMPTSP_KALTENG], evaluatorId: otherEvaluator.userId } },
      as(admin),
    );
    expect(errorCode(declared)).toBe('CONFLICT');
    expect(declared.errors?.[0].message).toMatch(/conflict of interest/);

    for (const unit of [SAMSAT_KALSEL, DPMPTSP_KALTENG, SAMSAT_KALTENG]) {
      ok(await evaluation.graphql(Q.assign, { input: { lokusId: lokus[unit], evaluatorId: evaluator.userId } }, as(admin)));
    }
    ok(
      await evaluation.graphql(
        Q.assign,
        { input: { lokusId: lokus[SAMSAT_KALSEL], evaluatorId: otherEvaluator.userId, role: 'SECOND_RATER' } },
        as(admin),
      ),
    );
    expect(
      errorCode(await evaluation.graphql(Q.assign, { input: { lokusId: lokus[SAMSAT_KALSEL], evaluatorId: evaluator.userId } }, as(admin))),
    ).toBe('CONFLICT');

    const workload = ok(
      await evaluation.graphql<{
        evaluatorWorkload: {
          edges: { node: { evaluatorId: string; primaryLokus: number; secondRaterLokus: number; totalIndicators: number } }[];
        };
      }>(Q.workload, { cycleId }, as(admin)),
    ).evaluatorWorkload.edges.map((edge) => edge.node);
    expect(workload).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ evaluatorId: evaluator.userId, primaryLokus: 3, secondRaterLokus: 0, totalIndicators: 90 }),
        expect.objectContaining({ evaluatorId: otherEvaluator.userId, primaryLokus: 0, secondRaterLokus: 1 }),
      ]),
    );
  });

  it('F-01 is refused before its window, with the window in the message', async () => {
    const early = await evaluation.graphql(
      Q.saveClaim,
      { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '1.a.Ak', level: 4, justification: 'SP ditetapkan.' } },
      as(deskSamsatKalsel),
    );
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors?.[0].message).toContain('F-01 filling (1 February 2027, 07:00 WIB – 1 April 2027, 06:59 WIB)');
    expect(early.errors?.[0].extensions.messages?.id).toContain('pengisian F-01');
  });

  it('F-01: the desk claims levels with evidence; documents are reused across indicators and cycles, with history', async () => {
    evaluation.clock.set('2027-02-10T02:00:00Z');
    const id = lokus[SAMSAT_KALSEL];
    const saved = ok(
      await evaluation.graphql<{ saveF01Claim: { level: number; descriptor: string; version: number } }>(
        Q.saveClaim,
        {
          input: {
            lokusId: id,
            indicatorCode: '1.a.Ak',
            level: 4,
            justification: 'SP 14 komponen ditetapkan, disusun bersama masyarakat.',
          },
        },
        as(deskSamsatKalsel),
      ),
    ).saveF01Claim;
    expect(saved).toMatchObject({ level: 4, version: 1 });
    expect(saved.descriptor).toMatch(/melibatkan masyarakat/);
    ok(
      await evaluation.graphql(
        Q.saveClaim,
        { input: { lokusId: id, indicatorCode: '2.a.P', level: 2, justification: 'Forum konsultasi publik 2026.' } },
        as(deskSamsatKalsel),
      ),
    );

    expect(
      ok(
        await evaluation.graphql<{ carryEvidence: number }>(
          Q.carry,
          { input: { lokusId: id, fromLokusId: lokusId('pekppp-2026', 'samsat-63') } },
          as(deskSamsatKalsel),
        ),
      ).carryEvidence,
    ).toBe(1);
    ok(await evaluation.graphql(Q.attach, { input: { lokusId: id, indicatorCode: '2.a.P', documentId } }, as(deskSamsatKalsel)));
    ok(await evaluation.graphql(Q.attach, { input: { lokusId: id, indicatorCode: '4.a.K', documentId } }, as(deskSamsatKalsel)));
    expect(
      ok(
        await evaluation.graphql<{ detachEvidence: boolean }>(
          Q.detach,
          { input: { lokusId: id, indicatorCode: '4.a.K', documentId } },
          as(deskSamsatKalsel),
        ),
      ).detachEvidence,
    ).toBe(true);
    const history = ok(
      await evaluation.graphql<{ evidenceHistory: { edges: { node: { indicatorCode: string; action: string; actorId: string } }[] } }>(
        Q.history,
        { lokusId: id },
        as(deskSamsatKalsel),
      ),
    ).evidenceHistory.edges.map((edge) => edge.node);
    expect(history.map((event) => `${event.action} ${event.indicatorCode}`)).toEqual([
      'ADDED 1.a.Ak',
      'ADDED 2.a.P',
      'ADDED 4.a.K',
      'REMOVED 4.a.K',
    ]);
    expect(history.every((event) => event.actorId === deskSamsatKalsel.userId)).toBe(true);

    const claims = (await view(id, deskSamsatKalsel)).claims;
    expect(claims.map((claim) => [claim.indicatorCode, claim.level, claim.evidence.length])).toEqual([
      ['1.a.Ak', 4, 1],
      ['2.a.P', 2, 1],
    ]);
  });

  it("F-01 refusals: another unit's desk, levels outside 0–5, forbidden and oversized files, another unit's document", async () => {
    const id = lokus[SAMSAT_KALSEL];
    expect(
      errorCode(
        await evaluation.graphql(
          Q.saveClaim,
          { input: { lokusId: id, indicatorCode: '1.a.Ak', level: 1, justification: 'x' } },
          as(deskDpmptspKalteng),
        ),
      ),
    ).toBe('FORBIDDEN');
    const six = await evaluation.graphql(
      Q.saveClaim,
      { input: { lokusId: id, indicatorCode: '1.a.Ak', level: 6, justification: 'x' } },
      as(deskSamsatKalsel),
    );
    expect(six.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
    const exe = await evaluation.graphql(
      Q.upload,
      {
        input: {
          serviceUnitId: SAMSAT_KALSEL,
          fileName: 'setup.exe',
          mimeType: 'application/octet-stream',
          contentBase64: Buffer.from('MZ...').toString('base64'),
        },
      },
      as(deskSamsatKalsel),
    );
    expect(exe.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileName' });
    const disguised = await evaluation.graphql(
      Q.upload,
      {
        input: {
          serviceUnitId: SAMSAT_KALSEL,
          fileName: 'bukti.pdf',
          mimeType: 'application/pdf',
          contentBase64: Buffer.from('<html>not a pdf</html>').toString('base64'),
        },
      },
      as(deskSamsatKalsel),
    );
    expect(disguised.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contentBase64' });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300 * 1024, 0x20)]).toString('base64');
    const tooLarge = await evaluation.graphql(
      Q.upload,
      { input: { serviceUnitId: SAMSAT_KALSEL, fileName: 'besar.pdf', mimeType: 'application/pdf', contentBase64: big } },
      as(deskSamsatKalsel),
    );
    expect(tooLarge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contentBase64' });
    expect(
      errorCode(
        await evaluation.graphql(
          Q.upload,
          { input: { serviceUnitId: SAMSAT_KALSEL, fileName: 'a.pdf', mimeType: 'application/pdf', contentBase64: pdfBase64('x') } },
          as(deskDpmptspKalteng),
        ),
      ),
    ).toBe('FORBIDDEN');
    const foreign = ok(
      await evaluation.graphql<{ uploadEvidenceDocument: { id: string } }>(
        Q.upload,
        { input: { serviceUnitId: DPMPTSP_KALTENG, fileName: 'izin.pdf', mimeType: 'application/pdf', contentBase64: pdfBase64('izin') } },
        as(deskDpmptspKalteng),
      ),
    ).uploadEvidenceDocument;
    expect(
      errorCode(
        await evaluation.graphql(
          Q.attach,
          { input: { lokusId: id, indicatorCode: '1.a.Ak', documentId: foreign.id } },
          as(deskSamsatKalsel),
        ),
      ),
    ).toBe('FORBIDDEN');
    const count = ok(await evaluation.graphql<{ lokusById: LokusView }>(Q.lokus, { id }, as(deskSamsatKalsel))).lokusById.claims.length;
    expect(count).toBe(2);
  });

  it('F-03: one-time links with a public URL; anonymous answers; a repeat from the same link is CONFLICT', async () => {
    const links = ok(
      await evaluation.graphql<{ issueSurveyLinks: { token: string; url: string }[] }>(
        Q.issueLinks,
        { lokusId: lokus[SAMSAT_KALSEL], count: 12 },
        as(deskSamsatKalsel),
      ),
    ).issueSurveyLinks;
    expect(links).toHaveLength(12);
    expect(links[0].url).toBe(`https://portal.simpul.test/evaluasi/survei/${links[0].token}`);
    tokens = links.map((link) => link.token);
    const form = ok(
      await evaluation.graphql<{ publicSurvey: { unitName: string; items: unknown[]; open: boolean; used: boolean } }>(Q.publicSurvey, {
        token: tokens[0],
      }),
    ).publicSurvey;
    expect(form).toMatchObject({ unitName: 'SAMSAT Kalimantan Selatan', open: true, used: false });
    expect(form.items).toHaveLength(14);

    const badAnswer = await evaluation.graphql(Q.submitSurvey, { token: tokens[0], answers: [...new Array(13).fill(4), 9] });
    expect(badAnswer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.13' });
    for (let r = 0; r < 10; r += 1) {
      const answers = Array.from({ length: 14 }, (_, j) => 3 + ((r + j) % 3));
      surveyRows.push(answers);
      expect(
        ok(await evaluation.graphql<{ submitSurveyResponse: boolean }>(Q.submitSurvey, { token: tokens[r], answers })).submitSurveyResponse,
      ).toBe(true);
    }
    const repeat = await evaluation.graphql(Q.submitSurvey, { token: tokens[0], answers: surveyRows[0] });
    expect(errorCode(repeat)).toBe('CONFLICT');
    expect(errorCode(await evaluation.graphql(Q.submitSurvey, { token: 'AAAAAAAAAAAAAAAAAAAAAA', answers: surveyRows[0] }))).toBe(
      'NOT_FOUND',
    );
    expect((await view(lokus[SAMSAT_KALSEL], deskSamsatKalsel)).survey).toEqual({
      respondents: 10,
      enough: true,
      linksIssued: 12,
      linksUsed: 10,
    });
  });

  it('F-02 before its window is refused; in it, only the assigned evaluator scores, 0–5, with descriptors', async () => {
    const early = await evaluation.graphql(
      Q.saveScore,
      { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '1.a.Ak', level: 4, expectedVersion: 0 } },
      as(evaluator),
    );
    expect(errorCode(early)).toBe('CONFLICT');
    evaluation.clock.set('2027-04-20T02:00:00Z');
    expect(
      errorCode(
        await evaluation.graphql(
          Q.saveClaim,
          { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '1.a.Ak', level: 5, justification: 'x' } },
          as(deskSamsatKalsel),
        ),
      ),
    ).toBe('CONFLICT');

    const answers: Record<string, Record<string, number>> = {
      [SAMSAT_KALSEL]: samsatKalselAnswers,
      [DPMPTSP_KALTENG]: answersForTargetIndex(instrument, 3.4, 12),
      [SAMSAT_KALTENG]: answersForTargetIndex(instrument, 2.95, 13),
    };
    for (const [unit, levels] of Object.entries(answers)) {
      for (const code of codes) {
        ok(
          await evaluation.graphql(
            Q.saveScore,
            { input: { lokusId: lokus[unit], indicatorCode: code, level: levels[code], expectedVersion: 0 } },
            as(evaluator),
          ),
        );
      }
    }
    const first = (await view(lokus[SAMSAT_KALSEL], evaluator)).scores.find((score) => score.indicatorCode === '1.a.Ak');
    expect(first).toMatchObject({ level: samsatKalselAnswers['1.a.Ak'], version: 1 });

    expect(
      errorCode(
        await evaluation.graphql(
          Q.saveScore,
          { input: { lokusId: lokus[SAMSAT_KALTENG], indicatorCode: '1.a.Ak', level: 3, expectedVersion: 1 } },
          as(otherEvaluator),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await evaluation.graphql(
          Q.saveScore,
          { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '1.a.Ak', level: 3, expectedVersion: 1 } },
          as(deskSamsatKalsel),
        ),
      ),
    ).toBe('FORBIDDEN');
    for (const level of [-1, 6, 2.5]) {
      const out = await evaluation.graphql(
        Q.saveScore,
        { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '1.a.Ak', level, expectedVersion: 1 } },
        as(evaluator),
      );
      expect(errorCode(out)).toBe('BAD_USER_INPUT');
    }
    const unknown = await evaluation.graphql(
      Q.saveScore,
      { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '99.z.Q', level: 3, expectedVersion: 0 } },
      as(evaluator),
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorCode' });
  });

  it('two saves of the same version at once: one wins, the other gets CONFLICT and nothing is lost silently', async () => {
    const save = (level: number) =>
      evaluation.graphql<{ saveF02Score: { level: number; version: number } }>(
        Q.saveScore,
        { input: { lokusId: lokus[SAMSAT_KALTENG], indicatorCode: '21.d.T', level, expectedVersion: 1 } },
        as(evaluator),
      );
    const [a, b] = await Promise.all([save(1), save(5)]);
    const outcomes = [a, b].map((result) => (result.errors ? errorCode(result) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = (a.errors ? b : a).data!.saveF02Score;
    const loser = a.errors ? a : b;
    expect(winner.version).toBe(2);
    expect(loser.errors?.[0].message).toContain(`now level ${winner.level}, version 2`);
    const stored = (await view(lokus[SAMSAT_KALTENG], evaluator)).scores.find((score) => score.indicatorCode === '21.d.T');
    expect(stored).toMatchObject({ level: winner.level, version: 2 });
    // Restore the level the demo answers need, with the version now current.
    ok(
      await evaluation.graphql(
        Q.saveScore,
        {
          input: {
            lokusId: lokus[SAMSAT_KALTENG],
            indicatorCode: '21.d.T',
            level: answersForTargetIndex(instrument, 2.95, 13)['21.d.T'],
            expectedVersion: 2,
          },
        },
        as(evaluator),
      ),
    );
  });

  it('double scoring, comments and field verification', async () => {
    for (const [i, code] of codes.entries()) {
      const level = i % 4 === 0 ? Math.min(5, samsatKalselAnswers[code] + 1) : samsatKalselAnswers[code];
      ok(
        await evaluation.graphql(
          Q.saveSecond,
          { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: code, level } },
          as(otherEvaluator),
        ),
      );
    }
    expect(
      errorCode(
        await evaluation.graphql(
          Q.saveSecond,
          { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '1.a.Ak', level: 3 } },
          as(evaluator),
        ),
      ),
    ).toBe('FORBIDDEN');
    ok(
      await evaluation.graphql(
        Q.comment,
        { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '2.a.P', body: 'Mohon lampirkan daftar hadir forum konsultasi publik.' } },
        as(evaluator),
      ),
    );
    ok(
      await evaluation.graphql(
        Q.comment,
        { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '2.a.P', body: 'Daftar hadir sudah kami unggah.' } },
        as(deskSamsatKalsel),
      ),
    );
    expect(
      errorCode(await evaluation.graphql(Q.comment, { input: { lokusId: lokus[SAMSAT_KALSEL], body: 'Halo' } }, as(deskDpmptspKalteng))),
    ).toBe('FORBIDDEN');
    const verified = ok(
      await evaluation.graphql<{ recordFieldVerification: { visitedOn: string; team: string[] } }>(
        Q.verify,
        {
          input: {
            lokusId: lokus[SAMSAT_KALSEL],
            visitedOn: '2027-04-22',
            team: ['Evaluator PEKPPP', 'Evaluator Kedua'],
            findings: 'Ruang tunggu dan toilet sesuai; loket informasi belum ada papan antrean.',
          },
        },
        as(evaluator),
      ),
    ).recordFieldVerification;
    expect(verified).toMatchObject({ visitedOn: '2027-04-22', team: ['Evaluator PEKPPP', 'Evaluator Kedua'] });
    const seen = await view(lokus[SAMSAT_KALSEL], deskSamsatKalsel);
    expect(seen.comments.edges.map((edge) => edge.node.authorRole)).toEqual(['EVALUATOR', 'UNIT_DESK']);
  });

  it('verification: results are computed by computeIpp for the whole cycle and ranked within cohorts', async () => {
    expect(errorCode(await evaluation.graphql(Q.recompute, { cycleId }, as(admin)))).toBe('CONFLICT');
    evaluation.clock.set('2027-05-20T02:00:00Z');
    expect(errorCode(await evaluation.graphql(Q.recompute, { cycleId }, as(evaluator)))).toBe('FORBIDDEN');
    const report = ok(
      await evaluation.graphql<{ recomputeCycleResults: { computed: number; skipped: unknown[]; cohorts: number } }>(
        Q.recompute,
        { cycleId },
        as(admin),
      ),
    ).recomputeCycleResults;
    expect(report).toMatchObject({ computed: 3, skipped: [], cohorts: 2 });

    const expected = computeIpp(instrument, { f02: samsatKalselAnswers, f03: surveyRows });
    const result = (await view(lokus[SAMSAT_KALSEL], deskSamsatKalsel)).result;
    expect(result).toMatchObject({
      index: expected.index,
      evaluatorIndex: 3.9,
      userIndex: expected.userIndex,
      basis: 'BLENDED',
      respondents: 10,
      category: { code: expected.category.code },
    });
    const kalteng = (await view(lokus[SAMSAT_KALTENG], admin)).result;
    expect(kalteng).toMatchObject({ index: 2.95, basis: 'EVALUATOR_ONLY', rank: 2, cohortSize: 2 });
    expect(result?.rank).toBe(1);

    const agreement = ok(
      await evaluation.graphql<{ interRaterAgreement: { evaluatorA: string; evaluatorB: string; items: number; kappa: number }[] }>(
        Q.agreement,
        { cycleId },
        as(admin),
      ),
    ).interRaterAgreement;
    expect(agreement).toHaveLength(1);
    expect(agreement[0]).toMatchObject({ evaluatorA: evaluator.userId, evaluatorB: otherEvaluator.userId, items: 30 });
    expect(agreement[0].kappa).toBeGreaterThan(0);
    expect(agreement[0].kappa).toBeLessThan(1);

    // Before publication the public sees nothing of this cycle.
    expect(errorCode(await evaluation.graphql(Q.results, { cycleId }))).toBe('NOT_FOUND');
  });

  it('appeal window: the desk disputes, the evaluator rescores (results follow) or rejects, all kept', async () => {
    const dispute = {
      lokusId: lokus[SAMSAT_KALSEL],
      indicatorCode: '29.f.B',
      reason: 'Inovasi kami meraih penghargaan provinsi 2026.',
      requestedLevel: 5,
    };
    expect(errorCode(await evaluation.graphql(Q.fileAppeal, { input: dispute }, as(deskSamsatKalsel)))).toBe('CONFLICT');
    evaluation.clock.set('2027-06-03T02:00:00Z');
    expect(errorCode(await evaluation.graphql(Q.fileAppeal, { input: dispute }, as(deskDpmptspKalteng)))).toBe('FORBIDDEN');
    const appeal = ok(
      await evaluation.graphql<{ fileAppeal: { id: string; status: string; disputedLevel: number } }>(
        Q.fileAppeal,
        { input: dispute },
        as(deskSamsatKalsel),
      ),
    ).fileAppeal;
    expect(appeal).toMatchObject({ status: 'OPEN', disputedLevel: samsatKalselAnswers['29.f.B'] });
    expect(errorCode(await evaluation.graphql(Q.fileAppeal, { input: dispute }, as(deskSamsatKalsel)))).toBe('CONFLICT');
    const second = ok(
      await evaluation.graphql<{ fileAppeal: { id: string } }>(
        Q.fileAppeal,
        { input: { ...dispute, indicatorCode: '15.c.K', reason: 'Parkir sudah diperluas.' } },
        as(deskSamsatKalsel),
      ),
    ).fileAppeal;

    expect(
      errorCode(
        await evaluation.graphql(
          Q.decideAppeal,
          { input: { appealId: appeal.id, decision: 'RESCORE', newLevel: 5, reason: 'x' } },
          as(otherEvaluator),
        ),
      ),
    ).toBe('FORBIDDEN');
    const rescored = ok(
      await evaluation.graphql<{ decideAppeal: { status: string; newLevel: number } }>(
        Q.decideAppeal,
        {
          input: { appealId: appeal.id, decision: 'RESCORE', newLevel: 5, reason: 'Piagam penghargaan Gubernur 2026 terverifikasi.' },
        },
        as(evaluator),
      ),
    ).decideAppeal;
    expect(rescored).toMatchObject({ status: 'RESCORED', newLevel: 5 });
    ok(
      await evaluation.graphql(
        Q.decideAppeal,
        { input: { appealId: second.id, decision: 'REJECT', reason: 'Perluasan parkir belum didukung bukti.' } },
        as(evaluator),
      ),
    );
    expect(
      errorCode(
        await evaluation.graphql(Q.decideAppeal, { input: { appealId: second.id, decision: 'REJECT', reason: 'lagi' } }, as(evaluator)),
      ),
    ).toBe('CONFLICT');

    const after = computeIpp(instrument, { f02: { ...samsatKalselAnswers, '29.f.B': 5 }, f03: surveyRows });
    const seen = await view(lokus[SAMSAT_KALSEL], deskSamsatKalsel);
    expect(seen.result?.index).toBe(after.index);
    expect(seen.appeals.map((row) => row.status)).toEqual(['RESCORED', 'REJECTED']);
  });

  it('finalisation freezes everything; a correction makes a new version with its reason', async () => {
    evaluation.clock.set('2027-06-15T02:00:00Z');
    expect(errorCode(await evaluation.graphql(Q.finalise, { cycleId }, as(evaluator)))).toBe('FORBIDDEN');
    ok(await evaluation.graphql(Q.finalise, { cycleId }, as(admin)));
    const frozenScore = await evaluation.graphql(
      Q.saveScore,
      { input: { lokusId: lokus[SAMSAT_KALSEL], indicatorCode: '1.a.Ak', level: 5, expectedVersion: 1 } },
      as(evaluator),
    );
    expect(errorCode(frozenScore)).toBe('CONFLICT');
    expect(frozenScore.errors?.[0].message).toMatch(/finalised .* frozen/);
    expect(errorCode(await evaluation.graphql(Q.recompute, { cycleId }, as(admin)))).toBe('CONFLICT');
    expect(
      errorCode(
        await evaluation.graphql(Q.comment, { input: { lokusId: lokus[SAMSAT_KALSEL], body: 'masih bisa?' } }, as(deskSamsatKalsel)),
      ),
    ).toBe('CONFLICT');
    expect(errorCode(await evaluation.graphql(Q.publish, { cycleId }, as(admin)))).toBe('CONFLICT');

    const corrected = ok(
      await evaluation.graphql<{ correctResult: { version: number; index: number; reason: string; current: boolean } }>(
        Q.correct,
        {
          input: {
            lokusId: lokus[SAMSAT_KALTENG],
            reason: 'Salah input indikator 17.c.As (toilet) saat verifikasi.',
            scores: [{ indicatorCode: '17.c.As', level: 5 }],
          },
        },
        as(admin),
      ),
    ).correctResult;
    expect(corrected).toMatchObject({ version: 2, current: true, reason: 'Salah input indikator 17.c.As (toilet) saat verifikasi.' });
    const history = (await view(lokus[SAMSAT_KALTENG], admin)).resultHistory;
    expect(history.map((row) => [row.version, row.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(history[0].index).toBe(2.95);
  });

  it('after finalisation the admin may start publication early, and no other phase', async () => {
    const start = `mutation($input: StartPhaseInput!) { startCyclePhase(input: $input) { currentPhase } }`;
    const reopen = await evaluation.graphql(
      start,
      { input: { cycleId, phase: 'VERIFICATION', reason: 'Buka lagi verifikasi' } },
      as(admin),
    );
    expect(errorCode(reopen)).toBe('CONFLICT');
    const started = ok(
      await evaluation.graphql<{ startCyclePhase: { currentPhase: string } }>(
        start,
        { input: { cycleId, phase: 'PUBLISHED', reason: 'Hasil final disetujui untuk diumumkan.' } },
        as(admin),
      ),
    ).startCyclePhase;
    expect(started.currentPhase).toBe('PUBLISHED');
    ok(await evaluation.graphql(Q.publish, { cycleId }, as(admin)));
  });

  it('publication opens the results, rankings, exports and report cards to the public', async () => {
    evaluation.clock.set('2027-06-22T02:00:00Z');
    const results = ok(
      await evaluation.graphql<{
        cycleResults: { totalCount: number; edges: { node: { unitName: string; rank: number; cohortSize: number } }[] };
      }>(Q.results, { cycleId }),
    ).cycleResults;
    expect(results.totalCount).toBe(3);
    const publicView = ok(await evaluation.graphql<{ lokusById: LokusView }>(Q.lokus, { id: lokus[SAMSAT_KALSEL] })).lokusById;
    expect(publicView.result?.rank).toBe(1);
    expect(publicView.claims).toEqual([]);
    expect(publicView.scores).toEqual([]);
    expect(publicView.comments).toEqual({ totalCount: 0, edges: [] });

    const csv = ok(
      await evaluation.graphql<{ exportCycleResults: { fileName: string; contentBase64: string; rowCount: number } }>(Q.exportResults, {
        cycleId,
        format: 'CSV',
      }),
    ).exportCycleResults;
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(csv).toMatchObject({ fileName: 'hasil-pekppp-2027-pemantauan.csv', rowCount: 3 });
    expect(text.split('\r\n')[0]).toContain('IPP');
    expect(text).toContain('SAMSAT Kalimantan Selatan');
    const xlsx = ok(
      await evaluation.graphql<{ exportCycleResults: { mimeType: string; contentBase64: string } }>(Q.exportResults, {
        cycleId,
        format: 'XLSX',
      }),
    ).exportCycleResults;
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');

    const card = ok(
      await evaluation.graphql<{
        reportCard: {
          result: { index: number };
          aspects: { code: string }[];
          history: { year: number }[];
          gap: { summary: { en: string } };
        };
      }>(Q.reportCard, { lokusId: lokus[SAMSAT_KALSEL] }),
    ).reportCard;
    expect(card.aspects.map((aspect) => aspect.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(card.history.map((row) => row.year)).toEqual([2022, 2027]);
    expect(card.gap.summary.en).toMatch(/^(To reach category|Already in the top)/);

    const aggregates = ok(
      await evaluation.graphql<{ cycleAggregates: { nation: { count: number }; province: { group: string; count: number }[] } }>(
        Q.aggregates,
        { cycleId },
      ),
    ).cycleAggregates;
    expect(aggregates.nation.count).toBe(3);
    expect(aggregates.province.map((row) => [row.group, row.count])).toEqual([
      ['62', 2],
      ['63', 1],
    ]);

    // Instansi figures come a page at a time, by name: the two pages hold every lokus once.
    type InstansiPage = {
      cycleAggregates: {
        instansi: {
          totalCount: number;
          edges: { node: { name: string; count: number } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = ok(await evaluation.graphql<InstansiPage>(Q.aggregates, { cycleId, first: 1 })).cycleAggregates.instansi;
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(first.totalCount > 1);
    const rest = ok(await evaluation.graphql<InstansiPage>(Q.aggregates, { cycleId, first: 100, after: first.pageInfo.endCursor }))
      .cycleAggregates.instansi;
    const names = [...first.edges, ...rest.edges].map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect([...first.edges, ...rest.edges].reduce((sum, edge) => sum + edge.node.count, 0)).toBe(3);
    const forged = await evaluation.graphql(Q.aggregates, { cycleId, first: 1, after: Buffer.from('["x","nope"]').toString('base64url') });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('gap analysis for the desk names the fewest indicator steps to the next category', async () => {
    const gap = ok(
      await evaluation.graphql<{
        gapAnalysis: {
          source: string;
          reachable: boolean;
          steps: { indicatorCode: string; from: number; to: number }[];
          summary: { id: string };
        };
      }>(Q.gap, { unitId: SAMSAT_KALSEL }, as(deskSamsatKalsel)),
    ).gapAnalysis;
    expect(gap.source).toBe('SCORES');
    if (gap.reachable) {
      expect(gap.steps.length).toBeGreaterThan(0);
      expect(gap.summary.id).toContain(`${gap.steps[0].indicatorCode} dari ${gap.steps[0].from} ke ${gap.steps[0].to}`);
    }
    expect(errorCode(await evaluation.graphql(Q.gap, { unitId: SAMSAT_KALSEL }, as(deskDpmptspKalteng)))).toBe('FORBIDDEN');
  });
});
