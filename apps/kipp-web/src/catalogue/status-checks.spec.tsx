import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DESK, connection, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import { recentYears } from './status-checks-section';
import type { StatusCheck } from './status-checks.operations';

const year = recentYears()[0];
const check = (overrides: Partial<StatusCheck> = {}): StatusCheck => ({
  innovationId: 'inv-1',
  year,
  title: 'SAMSAT Terapung',
  askedAt: `${year}-01-15T00:00:00Z`,
  answeredAt: null,
  status: null,
  reason: null,
  ...overrides,
});

describe('yearly status check: the national admin', () => {
  it('opens the year’s checks and lists the owners who have not answered', async () => {
    let opened = false;
    const { calls } = renderKipp('/kipp/status-inovasi', (operation) => {
      if (operation === 'KippUnansweredStatusChecks')
        return reply('KippUnansweredStatusChecks', {
          unansweredStatusChecks: connection(opened ? [check(), check({ innovationId: 'inv-2', title: 'Posyandu Digital' })] : []),
        });
      if (operation === 'KippOpenStatusChecks') {
        opened = true;
        return reply('KippOpenStatusChecks', { openStatusChecks: 2 });
      }
      return undefined;
    });
    expect(await screen.findByText(`Semua pemeriksaan ${year} sudah dijawab`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: `Buka pemeriksaan ${year}` }));
    expect(await screen.findByText(`✓ 2 inovasi ditanya untuk ${year}.`)).toBeTruthy();
    const table = await screen.findByRole('table', { name: `2 pemeriksaan ${year} belum dijawab` });
    expect(within(table).getByRole('link', { name: 'Posyandu Digital' }).getAttribute('href')).toBe('/kipp/inovasi/inv-2');
    expect(calls.find((c) => c.operation === 'KippOpenStatusChecks')?.variables).toEqual({ year });
  });
});

describe('yearly status check: the owner', () => {
  function desk(answers: Record<string, unknown>[]) {
    return (operation: string, variables: Record<string, unknown>) => {
      if (operation === 'KippMyProposals')
        return reply('KippMyProposals', { proposals: connection([]), myKippNotifications: connection([]), competitions: connection([]) });
      if (operation === 'KippMyStatusChecks')
        return reply('KippMyStatusChecks', {
          myStatusChecks: connection(
            answers.length ? [check({ answeredAt: `${year}-02-01T00:00:00Z`, status: 'STOPPED', reason: 'Kapal rusak' })] : [check()],
          ),
        });
      if (operation === 'KippAnswerStatusCheck') {
        answers.push(variables);
        return reply('KippAnswerStatusCheck', {
          answerStatusCheck: check({ answeredAt: `${year}-02-01T00:00:00Z`, status: 'STOPPED', reason: 'Kapal rusak' }),
        });
      }
      return undefined;
    };
  }

  it('needs a reason to say the innovation stopped, then records the answer', async () => {
    const answers: Record<string, unknown>[] = [];
    renderKipp('/kipp/usulan', desk(answers), { user: DESK });
    await screen.findByRole('form', { name: 'Jawaban pemeriksaan status untuk SAMSAT Terapung' });
    await userEvent.click(screen.getByRole('radio', { name: 'Berhenti' }));
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByRole('link', { name: 'Jelaskan mengapa inovasi berhenti' })).toBeTruthy();
    expect(answers).toHaveLength(0);
    await userEvent.type(screen.getByLabelText(/Alasan atau keterangan/), 'Kapal rusak', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    await waitFor(() => expect(answers).toEqual([{ innovationId: 'inv-1', year, status: 'STOPPED', reason: 'Kapal rusak' }]));
    expect(await screen.findByText(/Dijawab .* — Kapal rusak/)).toBeTruthy();
  });
});
