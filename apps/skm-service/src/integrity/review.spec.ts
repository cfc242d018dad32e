import { randomUUID } from 'node:crypto';
import { surveyId } from '../seed/demo-keys';
import { CALLERS, errorOf, nine, ok, startSkm, SUBMIT, type SkmHarness } from '../test-support/skm-test-app';
import { rollupAgainstAnswers } from '../test-support/rollup-check';

const FLAGGED = `query($id: ID!) { skmFlaggedResponses(surveyId: $id, first: 50) { totalCount edges { node { id flags review answers } } } }`;
const RESULT = `query($id: ID!) { skmResult(surveyId: $id) { ikm { respondents value } exclusions { excluded pendingReview reasons { reason responses } } } }`;
const REVIEW = `mutation($ids: [ID!]!, $d: SkmReviewDecision!) { reviewSkmResponses(responseIds: $ids, decision: $d, note: "Uji") { decided excluded } }`;

describe('integrity flags and the admin review', () => {
  let skm: SkmHarness;
  const desk7 = surveyId('desk-7:Y-2026');
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('flags a burst from one device, straight-lining and answers outside opening hours; they count until reviewed', async () => {
    const code = ok(
      await skm.graphql<{ skmSurvey: { publicCode: string } }>(
        `query($id: ID!) { skmSurvey(id: $id) { publicCode } }`,
        { id: desk7 },
        { caller: CALLERS.operator },
      ),
    ).skmSurvey.publicCode;
    const base = skm.clock.now().getTime();
    const queue = Array.from({ length: 5 }, (_, i) => ({
      channel: 'KIOSK',
      surveyCode: code,
      submissionId: randomUUID(),
      deviceId: 'tablet-7',
      answeredAt: new Date(base - 60 * 60_000 + i * 15_000).toISOString(),
      answers: nine([3, 4, 3, 3, 2, 3, 4, 3, 3]),
    }));
    const receipts = ok(await skm.graphql<{ submitSkmResponses: { flags: string[] }[] }>(SUBMIT, { s: queue })).submitSkmResponses;
    expect(receipts.map((r) => r.flags)).toEqual([[], [], [], ['BURST'], ['BURST']]);
    const straight = ok(
      await skm.graphql<{ submitSkmResponses: { flags: string[] }[] }>(SUBMIT, {
        s: [{ channel: 'QR', surveyCode: code, answers: nine([4, 4, 4, 4, 4, 4, 4, 4, 4]) }],
      }),
    ).submitSkmResponses;
    expect(straight[0].flags).toEqual(['STRAIGHT_LINING']);
    skm.clock.set('2026-05-20T13:30:00Z'); // 20:30 WIB, after the 16:00 closing
    const late = ok(
      await skm.graphql<{ submitSkmResponses: { flags: string[] }[] }>(SUBMIT, {
        s: [{ channel: 'QR', surveyCode: code, answers: nine([2, 3, 3, 3, 3, 3, 2, 3, 3]) }],
      }),
    ).submitSkmResponses;
    expect(late[0].flags).toEqual(['OUTSIDE_HOURS']);
    skm.clock.set('2026-05-20T03:00:00Z');
    const result = ok(
      await skm.graphql<{ skmResult: { exclusions: { pendingReview: number } } }>(RESULT, { id: desk7 }, { caller: CALLERS.operator }),
    ).skmResult;
    expect(result.exclusions.pendingReview).toBe(8 + 2 + 1 + 1);
  });

  it('the operator excludes the seeded burst; the IKM drops those answers and says why; a second decision is CONFLICT', async () => {
    const before = ok(
      await skm.graphql<{ skmResult: { ikm: { respondents: number } } }>(RESULT, { id: desk7 }, { caller: CALLERS.operator }),
    ).skmResult;
    const flagged = ok(
      await skm.graphql<{ skmFlaggedResponses: { edges: { node: { id: string; flags: string[] } }[] } }>(
        FLAGGED,
        { id: desk7 },
        { caller: CALLERS.operator },
      ),
    ).skmFlaggedResponses.edges.map((e) => e.node);
    const bursts = flagged.filter((f) => f.flags.includes('BURST') && f.flags.includes('STRAIGHT_LINING'));
    expect(bursts).toHaveLength(5);
    expect(
      errorOf(await skm.graphql(REVIEW, { ids: bursts.map((b) => b.id), d: 'EXCLUDE' }, { caller: CALLERS.deskSamsatKalsel })).code,
    ).toBe('FORBIDDEN');
    const outcome = ok(
      await skm.graphql<{ reviewSkmResponses: { excluded: number } }>(
        REVIEW,
        { ids: bursts.map((b) => b.id), d: 'EXCLUDE' },
        { caller: CALLERS.operator },
      ),
    ).reviewSkmResponses;
    expect(outcome.excluded).toBe(5);
    const after = ok(
      await skm.graphql<{
        skmResult: { ikm: { respondents: number }; exclusions: { excluded: number; reasons: { reason: string; responses: number }[] } };
      }>(RESULT, { id: desk7 }, { caller: CALLERS.operator }),
    ).skmResult;
    expect(after.ikm.respondents).toBe(before.ikm.respondents - 5);
    expect(after.exclusions.excluded).toBe(5);
    expect(after.exclusions.reasons).toEqual([
      { reason: 'BURST', responses: 5 },
      { reason: 'STRAIGHT_LINING', responses: 5 },
    ]);
    expect(errorOf(await skm.graphql(REVIEW, { ids: [bursts[0].id], d: 'KEEP' }, { caller: CALLERS.operator })).code).toBe('CONFLICT');
    const kept = flagged.filter((f) => !bursts.includes(f)).map((f) => f.id);
    expect(
      ok(
        await skm.graphql<{ reviewSkmResponses: { decided: number; excluded: number } }>(
          REVIEW,
          { ids: kept, d: 'KEEP' },
          { caller: CALLERS.admin },
        ),
      ).reviewSkmResponses,
    ).toEqual({ decided: kept.length, excluded: 0 });
    const check = await rollupAgainstAnswers(skm.database.url, desk7);
    expect(check.rollup).toEqual(check.answers);
  });

  it('a burst counts the answers a device sent in earlier requests, and a kiosk answer sent late is judged at the time it was answered', async () => {
    const code = ok(
      await skm.graphql<{ skmSurvey: { publicCode: string } }>(
        `query($id: ID!) { skmSurvey(id: $id) { publicCode } }`,
        { id: desk7 },
        { caller: CALLERS.operator },
      ),
    ).skmSurvey.publicCode;
    const base = skm.clock.now().getTime() - 30 * 60_000;
    const send = async (answeredAt: number) =>
      ok(
        await skm.graphql<{ submitSkmResponses: { flags: string[] }[] }>(SUBMIT, {
          s: [
            {
              channel: 'KIOSK',
              surveyCode: code,
              submissionId: randomUUID(),
              deviceId: 'tablet-busy',
              answeredAt: new Date(answeredAt).toISOString(),
              answers: nine([3, 4, 3, 3, 2, 3, 4, 3, 3]),
            },
          ],
        }),
      ).submitSkmResponses[0].flags;
    const oneByOne: string[][] = [];
    for (let i = 0; i < 6; i += 1) oneByOne.push(await send(base + i * 10_000));
    expect(oneByOne).toEqual([[], [], [], ['BURST'], ['BURST'], ['BURST']]);
    // Ten minutes before the burst: nothing from this device in the two minutes before it.
    expect(await send(base - 10 * 60_000)).toEqual([]);
    // Inside the burst window again, with six stored answers before it.
    expect(await send(base + 65_000)).toEqual(['BURST']);
    const check = await rollupAgainstAnswers(skm.database.url, desk7);
    expect(check.rollup).toEqual(check.answers);
  });

  it('new opening hours decide OUTSIDE_HOURS from the next answer on (the public path keeps survey rows a few seconds)', async () => {
    const code = ok(
      await skm.graphql<{ skmSurvey: { publicCode: string } }>(
        `query($id: ID!) { skmSurvey(id: $id) { publicCode } }`,
        { id: desk7 },
        { caller: CALLERS.operator },
      ),
    ).skmSurvey.publicCode;
    const answer = async () =>
      ok(
        await skm.graphql<{ submitSkmResponses: { flags: string[] }[] }>(SUBMIT, {
          s: [{ channel: 'QR', surveyCode: code, answers: nine([3, 3, 4, 3, 2, 3, 3, 4, 3]) }],
        }),
      ).submitSkmResponses[0].flags;
    const HOURS = `mutation($i: UpdateSkmSurveyInput!) { updateSkmSurvey(input: $i) { opensAt closesAt } }`;
    expect(await answer()).not.toContain('OUTSIDE_HOURS'); // 10:00 WIB, open 08:00–16:00; the row is now remembered
    ok(await skm.graphql(HOURS, { i: { id: desk7, opensAt: '11:00', closesAt: '16:00' } }, { caller: CALLERS.operator }));
    expect(await answer()).toContain('OUTSIDE_HOURS');
    ok(await skm.graphql(HOURS, { i: { id: desk7, opensAt: '08:00', closesAt: '16:00' } }, { caller: CALLERS.operator }));
    expect(await answer()).not.toContain('OUTSIDE_HOURS');
  });

  it('follow-up plans: a desk adds one for a weak element and moves it to DONE; unknown elements are refused', async () => {
    const q2 = surveyId('samsat-63:Q2-2026');
    const created = ok(
      await skm.graphql<{ createSkmFollowUp: { id: string; status: string; elementName: string } }>(
        `mutation($i: CreateSkmFollowUpInput!) { createSkmFollowUp(input: $i) { id status elementName } }`,
        { i: { surveyId: q2, elementCode: 'U3', action: 'Loket prioritas untuk lansia', owner: 'Kepala UPT', dueOn: '2026-08-31' } },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).createSkmFollowUp;
    expect(created).toMatchObject({ status: 'PLANNED', elementName: 'Waktu penyelesaian' });
    const done = ok(
      await skm.graphql<{ updateSkmFollowUp: { status: string; outcome: string } }>(
        `mutation($i: UpdateSkmFollowUpInput!) { updateSkmFollowUp(input: $i) { status outcome } }`,
        { i: { id: created.id, status: 'DONE', outcome: 'Antrean lansia 10 menit' } },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).updateSkmFollowUp;
    expect(done).toEqual({ status: 'DONE', outcome: 'Antrean lansia 10 menit' });
    const bad = await skm.graphql(
      `mutation($i: CreateSkmFollowUpInput!) { createSkmFollowUp(input: $i) { id } }`,
      { i: { surveyId: q2, elementCode: 'U42', action: 'x', owner: 'y', dueOn: '2026-08-31' } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'elementCode' });
    const listed = ok(
      await skm.graphql<{ skmSurvey: { followUps: { totalCount: number } } }>(
        `query($id: ID!) { skmSurvey(id: $id) { followUps(first: 10) { totalCount } } }`,
        { id: q2 },
        { caller: CALLERS.evaluator },
      ),
    ).skmSurvey;
    expect(listed.followUps.totalCount).toBe(1);
  });
});
