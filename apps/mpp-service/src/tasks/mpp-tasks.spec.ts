import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { serviceTasksOf, type TaskView } from '@simpul/service-kit/testing';
import { HttpTaskSource, stableId } from '@simpul/service-kit';
import { addDays } from '../common/dates';
import { mallId, tenancyId } from '../seed/demo-malls';
import { DEMO_SERVICES } from '../seed/demo-registry';
import { ADVANCE, CHECKLISTS, LEAVE } from '../test-support/operations';
import { CALLERS, dataOf, startMpp, TEST_TODAY, type MppHarness } from '../test-support/mpp-test-app';

const BJM = 'mpp-kota-banjarmasin';
const palangkaRayaOperator: Identity = {
  ...CALLERS.otherOperator,
  email: 'operator.palangkaraya@simpul.test',
  userId: stableId('user', 'operator.palangkaraya@simpul.test'),
  mallId: mallId('mpp-kota-palangka-raya'),
};

describe('MPP work in "Tugas saya"', () => {
  let mpp: MppHarness;
  // The registry asks each service GET /internal/tasks for the caller, exactly like this.
  const tasksOf = async (caller: Identity): Promise<TaskView[]> => await serviceTasksOf('mpp', mpp.url, caller);
  const byId = (tasks: TaskView[]) => new Map(tasks.map((task) => [task.id, task]));

  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp.close());
  afterEach(() => mpp.clock.set(TEST_TODAY));

  it("gives the mall's operator its tenancies waiting on a step, the PKS ending within 60 days and the blocked services, each opening its page", async () => {
    const tasks = byId(await tasksOf(CALLERS.operator));
    const bpjsTk = tenancyId(BJM, 'bpjs-ketenagakerjaan');
    expect(tasks.get(`mpp:onboarding:${bpjsTk}:SERVICES_READY`)).toEqual({
      id: `mpp:onboarding:${bpjsTk}:SERVICES_READY`,
      title: {
        id: 'Lanjutkan onboarding bpjs-ketenagakerjaan: Layanan siap',
        en: 'Continue onboarding bpjs-ketenagakerjaan: Services ready',
      },
      detail: { id: '3 dari 5 tahap selesai; berikutnya Layanan siap', en: '3 of 5 steps done; next: Services ready' },
      module: 'MPP',
      dueDate: null,
      status: 'IN_PROGRESS',
      progress: { done: 3, total: 5 },
      url: `/mpp/tenancies/${bpjsTk}`,
    });
    expect(tasks.get(`mpp:onboarding:${tenancyId(BJM, 'bank-kalsel')}:DESK_ASSIGNED`)?.progress).toEqual({ done: 2, total: 5 });
    expect(tasks.get(`mpp:onboarding:${tenancyId(BJM, 'pdam-bandarmasih')}:AGREEMENT_SIGNED`)?.title.id).toBe(
      'Lanjutkan onboarding pdam-bandarmasih: PKS ditandatangani',
    );

    // The Samsat PKS ends 35 days after the seed day: due at the end of that day in WIB.
    const samsat = tenancyId(BJM, 'pemprov-63');
    const pks = stableId('agreement', `${samsat}:120/PKS-SAMSAT/BAKEUDA/2021`);
    const ending = tasks.get(`mpp:agreement-ending:${pks}`);
    expect(ending).toMatchObject({
      title: { id: 'Perpanjang PKS dengan pemprov-63', en: 'Renew the agreement (PKS) with pemprov-63' },
      detail: {
        id: 'PKS 120/PKS-SAMSAT/BAKEUDA/2021 berakhir 20 Juli 2026 (35 hari lagi)',
        en: 'PKS 120/PKS-SAMSAT/BAKEUDA/2021 ends on 20 July 2026 (in 35 days)',
      },
      status: 'TODO',
      url: `/mpp/tenancies/${samsat}/agreement`,
    });
    expect(ending?.dueDate).toBe(new Date(`${addDays(TEST_TODAY, 35)}T23:59:59.999+07:00`).toISOString());

    // Services whose standard misses a published delivery component, and why.
    const blocked = [...tasks.values()].filter((task) => task.id.startsWith('mpp:service-blocked:'));
    expect(blocked.map((task) => [task.title.id, task.detail?.id, task.url]).sort()).toEqual([
      [
        'Layanan Klaim Jaminan Hari Tua (JHT) (bpjs-ketenagakerjaan) belum dapat beroperasi',
        'Standar Pelayanan belum dipublikasikan: Jangka waktu penyelesaian',
        `/mpp/tenancies/${bpjsTk}/services`,
      ],
      [
        'Layanan Penerbitan Akta Kelahiran (pemkot-63.71) belum dapat beroperasi',
        'Standar Pelayanan belum dipublikasikan: Produk pelayanan',
        `/mpp/tenancies/${tenancyId(BJM, 'pemkot-63.71')}/services`,
      ],
    ]);
    expect(blocked[0].detail?.en).toMatch(/^Service standard not published: /);

    // Nothing of another mall, and nothing for live tenancies with a PKS in force.
    expect([...tasks.values()].every((task) => !task.url.includes(tenancyId('mpp-kota-palangka-raya', 'pemprov-62')))).toBe(true);
    expect(tasks.size).toBe(6);
  });

  it('keeps each operator to its own mall and gives the other roles no MPP work', async () => {
    const palangkaRaya = await tasksOf(palangkaRayaOperator);
    const pemprov62 = tenancyId('mpp-kota-palangka-raya', 'pemprov-62');
    expect(palangkaRaya.map((task) => task.id)).toEqual(
      expect.arrayContaining([`mpp:onboarding:${pemprov62}:SERVICES_READY`, expect.stringMatching(/^mpp:service-blocked:/)]),
    );
    expect(palangkaRaya).toHaveLength(2);
    expect(palangkaRaya.every((task) => task.url.startsWith(`/mpp/tenancies/${pemprov62}`))).toBe(true);
    expect(await tasksOf(CALLERS.otherOperator)).toEqual([]);
    for (const caller of [CALLERS.admin, CALLERS.evaluator, CALLERS.deskSamsatKalsel]) expect(await tasksOf(caller)).toEqual([]);
  });

  it('reads the whole list in a fixed number of statements and names agencies and services in two registry requests', async () => {
    mpp.queries.reset();
    mpp.registry.requests = 0;
    await tasksOf(CALLERS.operator);
    // The entity reference and the three kinds, whatever the number of tenancies.
    expect(mpp.queries.count).toBeLessThanOrEqual(3);
    expect(mpp.registry.requests).toBe(2);
  });

  it('marks a PKS that has ended OVERDUE', async () => {
    mpp.clock.set(addDays(TEST_TODAY, 36));
    const ended = (await tasksOf(CALLERS.operator)).find((task) => task.id.startsWith('mpp:agreement-ending:'));
    expect(ended).toMatchObject({ status: 'OVERDUE', detail: { id: expect.stringContaining('(1 hari lalu)') } });
  });

  it('drops each task once its work is done: a step completed, a service made ready, a PKS extended, a tenant gone', async () => {
    const operator = { caller: CALLERS.operator };
    const bpjsTk = tenancyId(BJM, 'bpjs-ketenagakerjaan');
    const samsat = tenancyId(BJM, 'pemprov-63');
    const pks = stableId('agreement', `${samsat}:120/PKS-SAMSAT/BAKEUDA/2021`);

    // The JHT standard is published in the registry; the step that checks it passes.
    mpp.registry.setStandard(DEMO_SERVICES.jht.id, [], []);
    dataOf(
      await mpp.graphql(ADVANCE, { input: { tenancyId: bpjsTk, to: 'SERVICES_READY', checklist: CHECKLISTS.SERVICES_READY } }, operator),
    );
    dataOf(
      await mpp.graphql(
        `mutation($input: AddAgreementAddendumInput!) { addAgreementAddendum(input: $input) { id expiresOn } }`,
        {
          input: {
            agreementId: pks,
            number: '120/PKS-SAMSAT/ADD/2026',
            signedOn: TEST_TODAY,
            expiresOn: addDays(TEST_TODAY, 3 * 365),
            summary: 'Perpanjangan tiga tahun.',
          },
        },
        operator,
      ),
    );
    const pdam = tenancyId(BJM, 'pdam-bandarmasih');
    dataOf(await mpp.graphql(LEAVE, { id: pdam, reason: 'Instansi membatalkan keikutsertaan.' }, operator));

    const ids = (await tasksOf(CALLERS.operator)).map((task) => task.id);
    expect(ids).not.toContain(`mpp:onboarding:${bpjsTk}:SERVICES_READY`);
    expect(ids).toContain(`mpp:onboarding:${bpjsTk}:LIVE`);
    expect(ids.filter((id) => id.startsWith('mpp:service-blocked:'))).toHaveLength(1);
    expect(ids).not.toContain(`mpp:agreement-ending:${pks}`);
    expect(ids.some((id) => id.startsWith(`mpp:onboarding:${pdam}`))).toBe(false);
  });
  it('answers only a signed-in caller, and only through the internal token', async () => {
    const anonymous = new HttpTaskSource('mpp', `${mpp.url}/graphql`).tasksFor(null as unknown as Identity, randomUUID());
    await expect(anonymous).rejects.toThrow('Sign in first.');
    expect((await fetch(`${mpp.url}/internal/tasks`)).status).toBe(401);
  });
});
