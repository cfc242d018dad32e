import type { EntityManager } from 'typeorm';
import { rows, stableId } from '@simpul/service-kit';
import { DEMO_EVALUATOR, type DemoCycle } from '../seed/demo-data';

interface DemoAction {
  code: string;
  title: string;
  status: 'PLANNED' | 'IN_PROGRESS' | 'DONE';
  owner: string;
  due: string;
  evidence: string | null;
}

/**
 * Demo follow-up plans (origin DEMO), so `npm start` shows the RTL screens: DPMPTSP Kalimantan Tengah's
 * plan on its 2020 result is accepted with one action done (its 2026 F-01 shows it), SAMSAT Kalimantan
 * Tengah's waits for the demo evaluator's review. The 2020 results are published figures without a
 * form, so the actions name indicators of the instrument of the units' 2026 F-01. Written only when
 * the lokus has no plan yet.
 */
const DEMO_PLANS: { cycleKey: string; unitKey: string; status: 'ACCEPTED' | 'SUBMITTED'; actions: DemoAction[] }[] = [
  {
    cycleKey: 'pekppp-2020',
    unitKey: 'dpmptsp-62',
    status: 'ACCEPTED',
    actions: [
      {
        code: '1.a.Ak',
        title: 'Menetapkan dan mempublikasikan Standar Pelayanan (contoh)',
        status: 'DONE',
        owner: 'Kepala Bidang Pelayanan',
        due: '2021-03-31',
        evidence: 'SK Kepala Dinas tentang Standar Pelayanan, diunggah ke situs dinas (contoh)',
      },
      {
        code: '10.b.As',
        title: 'Membuka layanan sore dua hari sepekan (contoh)',
        status: 'IN_PROGRESS',
        owner: 'Subbagian Umum',
        due: '2021-06-30',
        evidence: null,
      },
      {
        code: '25.e.P',
        title: 'Menyiapkan meja konsultasi dan pengaduan tatap muka (contoh)',
        status: 'PLANNED',
        owner: 'Tim Pengaduan',
        due: '2021-09-30',
        evidence: null,
      },
    ],
  },
  {
    cycleKey: 'pekppp-2020',
    unitKey: 'samsat-62',
    status: 'SUBMITTED',
    actions: [
      {
        code: '21.d.T',
        title: 'Menampilkan informasi pajak kendaraan di situs Samsat (contoh)',
        status: 'PLANNED',
        owner: 'Kepala UPT Samsat',
        due: '2021-04-30',
        evidence: null,
      },
      {
        code: '29.f.B',
        title: 'Mendaftarkan satu inovasi layanan ke KIPP (contoh)',
        status: 'PLANNED',
        owner: 'Petugas Loket',
        due: '2021-07-31',
        evidence: null,
      },
    ],
  },
];

export async function seedFollowUpDemo(manager: EntityManager, cycles: readonly DemoCycle[]): Promise<void> {
  for (const demo of DEMO_PLANS) {
    const cycle = cycles.find((candidate) => candidate.key === demo.cycleKey);
    const lokus = cycle?.lokus.find((candidate) => candidate.unitKey === demo.unitKey);
    if (!cycle || !lokus) continue;
    const published = cycle.phases.at(-1)?.startsAt ?? new Date();
    const day = 24 * 60 * 60 * 1000;
    const planId = stableId('follow-up-plan', `${demo.cycleKey}:${demo.unitKey}`);
    const created = await rows(
      manager,
      `INSERT INTO evaluation.follow_up_plans (id, lokus_id, service_unit_id, status, created_at, submitted_at, reviewed_by, reviewed_by_name, reviewed_at, origin)
       SELECT $1, l.id, l.service_unit_id, $3, $4, $5, $6, $7, $8, 'DEMO' FROM evaluation.lokus l WHERE l.id = $2
       ON CONFLICT (lokus_id) DO NOTHING RETURNING id`,
      [
        planId,
        lokus.id,
        demo.status,
        new Date(published.getTime() + 14 * day),
        new Date(published.getTime() + 21 * day),
        demo.status === 'ACCEPTED' ? DEMO_EVALUATOR.userId : null,
        demo.status === 'ACCEPTED' ? DEMO_EVALUATOR.displayName : null,
        demo.status === 'ACCEPTED' ? new Date(published.getTime() + 30 * day) : null,
      ],
    );
    if (!created.length) continue;
    const actions = demo.actions.map((action, i) => {
      const closed = action.status === 'DONE';
      return {
        id: stableId('follow-up-action', `${planId}:${i + 1}`),
        position: i + 1,
        title: action.title,
        code: action.code,
        owner: action.owner,
        due: action.due,
        status: action.status,
        evidence: action.evidence,
        closed_by: closed ? DEMO_EVALUATOR.userId : null,
        closed_by_name: closed ? DEMO_EVALUATOR.displayName : null,
        closed_at: closed ? new Date(published.getTime() + 150 * day).toISOString() : null,
      };
    });
    await manager.query(
      `INSERT INTO evaluation.follow_up_actions (id, plan_id, position, title, indicator_codes, owner_name, due_on, status, evidence, quick_win,
         closed_by, closed_by_name, closed_at, updated_at)
       SELECT s.id, $2, s.position, s.title, ARRAY[s.code], s.owner, s.due, s.status, s.evidence, false, s.closed_by, s.closed_by_name, s.closed_at, $3
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, position int, title text, code text, owner text, due date, status text, evidence text,
         closed_by uuid, closed_by_name text, closed_at timestamptz)`,
      [JSON.stringify(actions), planId, new Date(published.getTime() + 14 * day)],
    );
  }
}
