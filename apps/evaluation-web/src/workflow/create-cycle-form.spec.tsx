import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection } from '../testing/fixtures';
import { badInput, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

function render(createResult: () => unknown) {
  return renderEvaluation('/evaluasi', (operation) => {
    if (operation === 'EvaluationCycles') return reply('EvaluationCycles', { evaluationCycles: connection([]) });
    if (operation === 'NationalIppTrend') return reply('NationalIppTrend', { nationalIppTrend: [] });
    if (operation === 'CreateEvaluationCycle') return createResult();
    if (operation === 'EvaluationCycle') return { errors: [{ message: 'not needed', extensions: { code: 'NOT_FOUND' } }] };
    return undefined;
  });
}

describe('creating a cycle from the portal', () => {
  it('the admin opens "Buat siklus", fills name, year, scheme, instrument and the phase dates, and the cycle is created', async () => {
    const { calls } = render(() => reply('CreateEvaluationCycle', { createEvaluationCycle: { id: 'cycle-2031', name: 'PEKPPP 2031' } }));
    await userEvent.click(await screen.findByRole('button', { name: 'Buat siklus' }));
    await screen.findByRole('heading', { name: 'Buat siklus evaluasi' });
    const year = screen.getByLabelText(/^Tahun/);
    await userEvent.clear(year);
    await userEvent.type(year, '2031', { delay: null });
    expect(screen.getByLabelText<HTMLInputElement>(/^Nama siklus/).value).toBe('PEKPPP 2031');
    expect(screen.getByLabelText<HTMLInputElement>('Masa sanggah: mulai').value).toBe('2031-06-01');
    await userEvent.selectOptions(screen.getByLabelText('Skema'), 'KHUSUS');
    await userEvent.click(screen.getAllByRole('button', { name: 'Buat siklus' }).at(-1) as HTMLElement);
    await waitFor(() => expect(calls.some((c) => c.operation === 'CreateEvaluationCycle')).toBe(true));
    const input = (
      calls.find((c) => c.operation === 'CreateEvaluationCycle')?.variables as {
        input: {
          name: string;
          year: number;
          scheme: string;
          instrumentIds: string[];
          phases: { phase: string; startsAt: string; endsAt: string }[];
        };
      }
    ).input;
    expect(input).toMatchObject({ name: 'PEKPPP 2031', year: 2031, scheme: 'KHUSUS', instrumentIds: ['pekppp-2024-a'] });
    expect(input.phases).toHaveLength(8);
    expect(input.phases.find((p) => p.phase === 'APPEAL')).toEqual({
      phase: 'APPEAL',
      startsAt: '2031-06-01T00:00:00+07:00',
      endsAt: '2031-06-10T23:59:59+07:00',
    });
  });

  it("shows each problem at its field before sending, and the server's refusal at the field it names", async () => {
    const { calls } = render(() =>
      badInput(
        'input.phases.3.startsAt',
        'Tahap penilaian evaluator (F-02) tidak boleh dimulai sebelum tahap survei F-03.',
        'The evaluator scoring phase cannot start before the F-03 survey phase.',
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Buat siklus' }));
    await userEvent.clear(screen.getByLabelText(/^Nama siklus/));
    await userEvent.clear(screen.getByLabelText('Finalisasi: berakhir'));
    await userEvent.click(screen.getAllByRole('button', { name: 'Buat siklus' }).at(-1) as HTMLElement);
    expect(await screen.findByRole('link', { name: 'Tuliskan nama siklus' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Isi tanggal Finalisasi: berakhir' }).getAttribute('href')).toBe(
      '#create-cycle-phases-6-endsAt',
    );
    expect(calls.some((c) => c.operation === 'CreateEvaluationCycle')).toBe(false);
    await userEvent.type(screen.getByLabelText(/^Nama siklus/), 'PEKPPP Khusus 2027', { delay: null });
    await userEvent.type(screen.getByLabelText('Finalisasi: berakhir'), '2027-06-20', { delay: null });
    await userEvent.click(screen.getAllByRole('button', { name: 'Buat siklus' }).at(-1) as HTMLElement);
    const link = await screen.findByRole('link', {
      name: 'Tahap penilaian evaluator (F-02) tidak boleh dimulai sebelum tahap survei F-03.',
    });
    expect(link.getAttribute('href')).toBe('#create-cycle-phases-3-startsAt');
  });

  it('is not offered to other roles', async () => {
    renderEvaluation(
      '/evaluasi',
      (operation) => {
        if (operation === 'EvaluationCycles') return reply('EvaluationCycles', { evaluationCycles: connection([]) });
        if (operation === 'NationalIppTrend') return reply('NationalIppTrend', { nationalIppTrend: [] });
        return undefined;
      },
      { user: null },
    );
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Buat siklus' })).toBeNull();
  });
});
