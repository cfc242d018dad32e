import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { HttpTaskSource } from '@simpul/service-kit';
import { competitionId, proposalId } from '../seed/demo-competition';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import { kippTasksOf, openKippTasksOf, taskIds } from '../test-support/tasks';

const YEAR = Number(TEST_TODAY.slice(0, 4));
const LAST_YEAR = competitionId(YEAR - 1);
const VISIT = `mutation($id: ID!, $on: String!) { recordKippFieldVerification(proposalId: $id, visitedOn: $on, notes: "Layanan berjalan seperti dilaporkan.") { id } }`;

describe('the demo roles land on KIPP work ("Tugas saya")', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  it('gives the desk, its local admin and the national admin something to continue', async () => {
    expect(taskIds(await openKippTasksOf(kipp, CALLERS.deskSamsatKalsel))).toEqual([`kipp:draft:${proposalId(YEAR, 1)}`]);
    expect(taskIds(await kippTasksOf(kipp, CALLERS.localAdminKalsel))).toEqual([`kipp:review:${proposalId(YEAR, 0)}`]);
    expect(taskIds(await kippTasksOf(kipp, CALLERS.admin))).toEqual(['kipp:status-checks:2024']);
  });

  it('sends the panel and the Tim Evaluasi to the next finalist of last year’s competition to visit', async () => {
    const [panel] = await kippTasksOf(kipp, CALLERS.panel);
    expect(panel).toMatchObject({
      id: `kipp:field-verification:${LAST_YEAR}`,
      title: { id: `Verifikasi lapangan finalis KIPP ${YEAR - 1}`, en: `Verify the KIPP ${YEAR - 1} finalists in the field` },
      status: 'IN_PROGRESS',
      progress: { done: 1, total: 4 },
      // Finalists by title: "Bayar Pajak Kendaraan di Balai Banjar" is the first the panel has not visited.
      url: `/kipp/penilaian/${proposalId(YEAR - 1, 2)}?tahap=PRESENTATION#verification-heading`,
    });
    expect(panel.detail?.id).toMatch(/^1\/4 sudah dikunjungi TPI; tahap ditutup /);

    // te2 assessed the first and the last finalist; the first has its Tim Evaluasi visit already.
    const [te2] = await kippTasksOf(kipp, CALLERS.te2);
    expect(te2).toMatchObject({ progress: { done: 1, total: 2 }, url: `/kipp/penilaian/${proposalId(YEAR - 1, 3)}#verification-heading` });
    expect(te2.detail?.id).toMatch(/^1\/2 sudah dikunjungi Tim Evaluasi/);

    dataOf(await kipp.graphql(VISIT, { id: proposalId(YEAR - 1, 3), on: TEST_TODAY }, { caller: CALLERS.te2 }));
    const [visited] = await kippTasksOf(kipp, CALLERS.te2);
    expect([visited.status, visited.progress]).toEqual(['DONE', { done: 2, total: 2 }]);
    // A TE visit does not count for the panel.
    expect((await kippTasksOf(kipp, CALLERS.panel))[0].progress).toEqual({ done: 1, total: 4 });
  });
  it('answers only a signed-in caller, and only through the internal token', async () => {
    const anonymous = new HttpTaskSource('kipp', `${kipp.url}/graphql`).tasksFor(null as unknown as Identity, randomUUID());
    await expect(anonymous).rejects.toThrow('Sign in first.');
    expect((await fetch(`${kipp.url}/internal/tasks`)).status).toBe(401);
  });
});
