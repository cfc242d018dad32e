import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection } from '../testing/fixtures';
import { EVALUATOR, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { FollowUpPlanRow } from './follow-up.operations';

const row = (id: string, unitName: string, status: FollowUpPlanRow['status'], done: number, total: number): FollowUpPlanRow => ({
  id,
  lokusId: `lokus-${id}`,
  serviceUnitId: `unit-${id}`,
  unitName,
  year: 2020,
  status,
  version: 2,
  createdAt: '2026-05-04T03:00:00Z',
  submittedAt: '2026-05-05T03:00:00Z',
  reviewedByName: null,
  reviewedAt: null,
  reviewComment: null,
  demo: true,
  actions: Array.from({ length: total }, (_, i) => ({ id: `${id}-${i}`, status: i < done ? 'DONE' : 'PLANNED' })),
});
const PLANS = [row('p1', 'SAMSAT Kalimantan Tengah', 'SUBMITTED', 0, 2), row('p2', 'DPMPTSP Kalimantan Tengah', 'ACCEPTED', 1, 3)];

describe('the follow-up plans list', () => {
  it('opens on the plans awaiting review for an evaluator, links each plan, and filters by status on the server', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/tindak-lanjut',
      (operation, variables) => {
        if (operation !== 'FollowUpPlans') throw new Error(`unexpected ${operation}`);
        const status = (variables as { status: string | null }).status;
        return reply('FollowUpPlans', { followUpPlans: connection(PLANS.filter((plan) => !status || plan.status === status)) });
      },
      { user: EVALUATOR },
    );
    const table = await screen.findByRole('table', { name: 'Daftar rencana tindak lanjut' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    const open = within(table).getByRole('link', { name: 'Buka rencana SAMSAT Kalimantan Tengah 2020' });
    expect(open.getAttribute('href')).toBe('/evaluasi/lokus/lokus-p1/tindak-lanjut');
    expect(calls.find((call) => call.operation === 'FollowUpPlans')?.variables).toMatchObject({ status: 'SUBMITTED' });

    await userEvent.selectOptions(screen.getByLabelText('Status rencana'), 'Semua status');
    await screen.findByRole('link', { name: 'Buka rencana DPMPTSP Kalimantan Tengah 2020' });
    expect(screen.getByText('1 dari 3')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Status rencana'), 'Dikembalikan');
    expect(await screen.findByRole('heading', { name: 'Tidak ada rencana berstatus Dikembalikan.' })).toBeTruthy();
  });
});
