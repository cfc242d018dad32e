import pg from 'pg';
import type { Identity } from '@simpul/contracts';
import { competitionId, proposalId } from '../seed/demo-competition';
import { innovationId } from '../seed/demo-catalogue';
import { syntheticCatalogueSql } from '../seed/synthetic-catalogue';
import { unitId, userId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import { SHARE, SUBMIT } from '../test-support/operations';
import { kippTasksOf, openKippTasksOf, taskIds } from '../test-support/tasks';

const YEAR = Number(TEST_TODAY.slice(0, 4));
const SHARED_DRAFT = proposalId(YEAR, 0); // E-SAMSAT Banua, shared with the Kalimantan Selatan local admin
const OWN_DRAFT = proposalId(YEAR, 1); // SAMSAT Jemput Bola Pasar Terapung, still with the desk
const RETURN = `mutation($id: ID!, $note: String!) { returnProposal(id: $id, note: $note) { id } }`;
const ANSWER = `mutation($id: ID!, $year: Int!) { answerStatusCheck(innovationId: $id, year: $year, status: CONTINUING) { answeredAt } }`;

const desk = (email: string, unitKey: string): Identity => ({
  userId: userId(email),
  email,
  displayName: email,
  role: 'UNIT_DESK',
  serviceUnitId: unitId(unitKey),
  mallId: null,
});

describe('KIPP tasks of desks and local admins ("Tugas saya")', () => {
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

  it('gives the desk its unshared draft to complete, with the sections filled in and the registration deadline', async () => {
    const tasks = await openKippTasksOf(kipp, CALLERS.deskSamsatKalsel);
    expect(tasks).toEqual([
      {
        id: `kipp:draft:${OWN_DRAFT}`,
        title: { id: 'Lengkapi proposal SAMSAT Jemput Bola Pasar Terapung', en: 'Complete the proposal SAMSAT Jemput Bola Pasar Terapung' },
        detail: { id: 'Pendaftaran KIPP 2026 ditutup 15 Juli 2026', en: 'KIPP 2026 registration closes 15 July 2026' },
        module: 'KIPP',
        dueDate: '2026-07-15T16:59:59.999Z',
        status: 'IN_PROGRESS',
        progress: { done: 8, total: 8 },
        url: `/kipp/usulan/${OWN_DRAFT}`,
      },
    ]);
    // The draft already shared is the desk's part done: listed only with includeDone.
    const shared = (await kippTasksOf(kipp, CALLERS.deskSamsatKalsel)).find((task) => task.id === `kipp:draft:${SHARED_DRAFT}`);
    expect(shared?.status).toBe('DONE');
  });

  it('counts the sections still empty', async () => {
    await db.query(`UPDATE kipp.proposals SET sections = sections - 'novelty' - 'resources' || '{"summary": "  "}' WHERE id = $1`, [
      OWN_DRAFT,
    ]);
    const [task] = await openKippTasksOf(kipp, CALLERS.deskSamsatKalsel);
    expect(task.progress).toEqual({ done: 5, total: 8 });
  });

  it('gives the local admin the shared draft to review and submit, and nobody outside the unit or agency any of it', async () => {
    const tasks = await openKippTasksOf(kipp, CALLERS.localAdminKalsel);
    expect(tasks.map((task) => [task.id, task.title.id, task.url])).toEqual([
      [
        `kipp:review:${SHARED_DRAFT}`,
        'Periksa dan kirim proposal E-SAMSAT Banua: Pengesahan STNK Tahunan dari Rumah',
        `/kipp/admin-lokal/usulan/${SHARED_DRAFT}`,
      ],
    ]);
    expect(await kippTasksOf(kipp, CALLERS.deskDpmptspKalteng)).toEqual([]);
    // Same agency, another unit: the desk of DPMPTSP Kalimantan Selatan sees neither draft.
    expect(await kippTasksOf(kipp, CALLERS.deskDpmptspKalsel)).toEqual([]);
    expect(taskIds(await kippTasksOf(kipp, CALLERS.te2)).filter((id) => /^kipp:(draft|review|returned):/.test(id))).toEqual([]);
  });

  it('moves a shared draft to the local admin, a returned one back to the desk as a revision, and drops a submitted one', async () => {
    dataOf(await kipp.graphql(SHARE, { id: OWN_DRAFT }, { caller: CALLERS.deskSamsatKalsel }));
    expect(await openKippTasksOf(kipp, CALLERS.deskSamsatKalsel)).toEqual([]);
    expect((await kippTasksOf(kipp, CALLERS.deskSamsatKalsel)).map((task) => [task.id, task.status])).toContainEqual([
      `kipp:draft:${OWN_DRAFT}`,
      'DONE',
    ]);
    expect(taskIds(await openKippTasksOf(kipp, CALLERS.localAdminKalsel))).toEqual(
      [`kipp:review:${SHARED_DRAFT}`, `kipp:review:${OWN_DRAFT}`].sort(),
    );

    dataOf(
      await kipp.graphql(
        RETURN,
        { id: OWN_DRAFT, note: 'Lengkapi bagian kebaruan dan sumber daya.' },
        { caller: CALLERS.localAdminKalsel },
      ),
    );
    const [revision] = await openKippTasksOf(kipp, CALLERS.deskSamsatKalsel);
    expect(revision).toMatchObject({
      id: `kipp:returned:${OWN_DRAFT}`,
      title: { id: 'Perbaiki proposal SAMSAT Jemput Bola Pasar Terapung' },
      detail: { id: 'Dikembalikan admin lokal: Lengkapi bagian kebaruan dan sumber daya.' },
      url: `/kipp/usulan/${OWN_DRAFT}`,
    });
    expect(taskIds(await kippTasksOf(kipp, CALLERS.localAdminKalsel))).toEqual([`kipp:review:${SHARED_DRAFT}`]);

    dataOf(await kipp.graphql(SUBMIT, { id: SHARED_DRAFT }, { caller: CALLERS.localAdminKalsel }));
    expect(await openKippTasksOf(kipp, CALLERS.localAdminKalsel)).toEqual([]);
    expect((await kippTasksOf(kipp, CALLERS.localAdminKalsel)).map((task) => [task.id, task.status])).toEqual([
      [`kipp:review:${SHARED_DRAFT}`, 'DONE'],
    ]);
  });

  it('leaves no draft task once registration is decided or past, when a draft can no longer be sent', async () => {
    kipp.clock.set('2026-07-16');
    expect(await kippTasksOf(kipp, CALLERS.deskSamsatKalsel)).toEqual([]);
    kipp.clock.set('2026-07-15');
    const [lastDay] = await openKippTasksOf(kipp, CALLERS.deskSamsatKalsel);
    expect(lastDay.status).toBe('IN_PROGRESS');
    await db.query(`UPDATE kipp.competition_stages SET decided_at = now() WHERE competition_id = $1 AND stage = 'REGISTRATION'`, [
      competitionId(YEAR),
    ]);
    expect(await kippTasksOf(kipp, CALLERS.deskSamsatKalsel)).toEqual([]);
    kipp.clock.set(TEST_TODAY);
  });

  it('asks the owning desk and the national admin about unanswered status checks until the desk answers', async () => {
    const kahayan = desk('desk.samsat-kalteng@simpul.test', 'samsat-62');
    const [check] = await kippTasksOf(kipp, kahayan);
    expect(check).toMatchObject({
      id: 'kipp:status-check:unit:2024',
      title: { id: 'Jawab pemeriksaan status inovasi 2024', en: 'Answer the 2024 innovation status check' },
      detail: { id: 'SAMSAT Terapung Kahayan' },
      dueDate: null,
      status: 'TODO',
      url: '/kipp/usulan',
    });
    const before = (await kippTasksOf(kipp, CALLERS.admin)).find((task) => task.id === 'kipp:status-checks:2024');
    const unanswered = Number(/Tindak lanjuti (\d+)/.exec(before?.title.id ?? '')?.[1]);
    expect(unanswered).toBeGreaterThan(1);
    expect(before?.url).toBe('/kipp/status-inovasi');
    // Another unit of the same province's peers sees nothing of it.
    expect(await kippTasksOf(kipp, desk('desk.dpmptsp-kalteng@simpul.test', 'dpmptsp-62'))).toEqual([]);

    dataOf(await kipp.graphql(ANSWER, { id: innovationId('samsat-terapung-kahayan-62'), year: 2024 }, { caller: kahayan }));
    expect(await kippTasksOf(kipp, kahayan)).toEqual([]);
    const after = (await kippTasksOf(kipp, CALLERS.admin)).find((task) => task.id === 'kipp:status-checks:2024');
    expect(after?.title.id).toBe(`Tindak lanjuti ${unanswered - 1} pemeriksaan status inovasi 2024 yang belum dijawab`);
  });

  it('asks a local admin about its agencies’ unanswered checks on its own page', async () => {
    await db.query(`UPDATE kipp.status_checks SET answered_at = NULL, status = NULL WHERE innovation_id = $1 AND year = 2024`, [
      innovationId('samsat-terapung-63'),
    ]);
    const tasks = await kippTasksOf(kipp, CALLERS.localAdminKalsel);
    expect(tasks.map((task) => [task.id, task.detail?.id, task.url])).toEqual([
      ['kipp:status-check:agency:2024', 'SAMSAT Terapung: Layanan Pajak Kendaraan di Atas Sungai', '/kipp/admin-lokal'],
    ]);
  });

  it('tells the national admin "more than 1,000" when a whole catalogue year is unanswered, without counting it all', async () => {
    await db.query(syntheticCatalogueSql(), [1200]);
    await db.query(`INSERT INTO kipp.status_checks (innovation_id, year) SELECT id, 2027 FROM kipp.innovations`);
    const task = (await kippTasksOf(kipp, CALLERS.admin)).find((candidate) => candidate.id === 'kipp:status-checks:2027');
    expect(task?.title).toEqual({
      id: 'Tindak lanjuti lebih dari 1.000 pemeriksaan status inovasi 2027 yang belum dijawab',
      en: 'Follow up more than 1,000 unanswered innovation status checks for 2027',
    });
  });
});
