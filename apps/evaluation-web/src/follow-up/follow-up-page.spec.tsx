import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FollowUpPlanQuery } from '../__generated__/operations';
import { badInput, DESK, errorOf, EVALUATOR, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { FollowUpPlanView } from './follow-up.operations';

const LOKUS: FollowUpPlanQuery['lokusById'] = {
  id: 'lokus-2022',
  unitName: 'SAMSAT Kalimantan Selatan',
  serviceUnitId: 'unit-1',
  cycle: { name: 'PEKPPP 2022', year: 2022, publishedAt: '2022-10-16T00:00:00Z' },
  result: { index: 4.02 },
};

function plan(status: FollowUpPlanView['status'], ownerName: string | null): FollowUpPlanView {
  return {
    id: 'plan-1',
    lokusId: 'lokus-2022',
    serviceUnitId: 'unit-1',
    unitName: 'SAMSAT Kalimantan Selatan',
    year: 2022,
    status,
    version: 1,
    createdAt: '2026-05-04T03:00:00Z',
    submittedAt: status === 'DRAFT' ? null : '2026-05-05T03:00:00Z',
    reviewedByName: null,
    reviewedAt: null,
    reviewComment: null,
    demo: false,
    actions: [
      {
        id: 'action-1',
        position: 1,
        title: 'Naikkan 2.a.P dari level 2 ke 3',
        indicatorCodes: ['2.a.P'],
        ownerName,
        dueOn: ownerName ? '2027-03-31' : null,
        status: 'PLANNED',
        evidence: null,
        dropReason: null,
        quickWin: false,
        version: 1,
        closedByName: null,
        closedAt: null,
      },
    ],
  };
}

describe('the follow-up plan page', () => {
  it('lets the desk draft the plan from the empty state, and says in words why it cannot be submitted yet', async () => {
    let created = false;
    const { calls } = renderEvaluation(
      '/evaluasi/lokus/lokus-2022/tindak-lanjut',
      (operation) => {
        if (operation === 'FollowUpPlan')
          return reply('FollowUpPlan', { lokusById: LOKUS, followUpPlan: created ? plan('DRAFT', null) : null });
        if (operation === 'CreateFollowUpPlan') {
          created = true;
          return reply('CreateFollowUpPlan', { createFollowUpPlan: { id: 'plan-1' } });
        }
        if (operation === 'FollowUpQuickWins') return reply('FollowUpQuickWins', { followUpQuickWins: [] });
        if (operation === 'SubmitFollowUpPlan')
          return badInput(
            'actions.1.ownerName',
            'Aksi 1 memerlukan penanggung jawab sebelum rencana diajukan.',
            'Action 1 needs an owner before the plan is submitted.',
          );
        throw new Error(`unexpected ${operation}`);
      },
      { user: DESK },
    );
    expect(await screen.findByRole('heading', { name: 'Belum ada rencana tindak lanjut' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Susun rencana tindak lanjut' }));
    expect(await screen.findByRole('heading', { name: '1. Naikkan 2.a.P dari level 2 ke 3' })).toBeTruthy();
    expect(screen.getByText('Status rencana: Draf')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Ajukan rencana' }));
    expect(await screen.findByText('Aksi 1 memerlukan penanggung jawab sebelum rencana diajukan.')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'CreateFollowUpPlan')).toHaveLength(1);
  });

  it('lets the evaluator accept a submitted plan', async () => {
    let status: FollowUpPlanView['status'] = 'SUBMITTED';
    const { calls } = renderEvaluation(
      '/evaluasi/lokus/lokus-2022/tindak-lanjut',
      (operation) => {
        if (operation === 'FollowUpPlan') return reply('FollowUpPlan', { lokusById: LOKUS, followUpPlan: plan(status, 'Kepala UPT') });
        if (operation === 'FollowUpQuickWins') return reply('FollowUpQuickWins', { followUpQuickWins: [] });
        if (operation === 'ReviewFollowUpPlan') {
          status = 'ACCEPTED';
          return reply('ReviewFollowUpPlan', { reviewFollowUpPlan: { id: 'plan-1', status } });
        }
        throw new Error(`unexpected ${operation}`);
      },
      { user: EVALUATOR },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Terima rencana' }));
    expect(await screen.findByText('Rencana diterima.')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'ReviewFollowUpPlan')?.variables).toEqual({
      input: { planId: 'plan-1', decision: 'ACCEPT', comment: null },
    });
    expect(await screen.findByRole('radiogroup', { name: 'Cara menutup' })).toBeTruthy();
  });

  it('shows a refusal in words', async () => {
    renderEvaluation(
      '/evaluasi/lokus/lokus-2022/tindak-lanjut',
      () =>
        errorOf(
          'FORBIDDEN',
          null,
          'Hanya evaluator unit ini atau admin nasional yang boleh memeriksa rencana tindak lanjutnya.',
          "Only the unit's evaluator or the national admin may review its follow-up plan.",
        ),
      { user: EVALUATOR },
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/Hanya evaluator unit ini/);
  });
});
