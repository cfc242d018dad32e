import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, lokus } from '../../testing/fixtures';
import { f01Receipt, f01Status, F01_CODES } from '../../testing/f01-fixtures';
import { ADMIN, DESK, renderEvaluation, type Resolver } from '../../testing/render-evaluation';
import { reply } from '../../testing/reply';

// Sending F-01 (issue #14 §2): the completeness check with a link to each missing indicator, sending,
// the receipt and the lock, and the admin's reopen with a reason.

function render(
  more: Resolver,
  user = DESK,
  phases: Parameters<typeof lokus>[0] = ['F01_FILLING', 'F03_SURVEY'],
  language: 'id' | 'en' = 'id',
) {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation, variables) => {
      const answer = more(operation, variables);
      if (answer !== undefined) return answer;
      if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(phases) });
      if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([]) });
      if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
      if (operation === 'UnitLatestIkm')
        return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm: null, latestIkmGap: null } });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      throw new Error(`unexpected ${operation}`);
    },
    { user, language },
  );
}

const heading = () => screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });

describe('sending F-01', () => {
  it('shows progress and the deadline, then lists what is missing, each a link that opens its card', async () => {
    const { calls } = render((operation) =>
      operation === 'F01Status' ? f01Status({ missing: [{ code: '1.a.Ak' }, { code: '2.a.P', claim: false }] }) : undefined,
    );
    await heading();
    expect((await screen.findByTestId('f01-deadline')).textContent).toMatch(/^Tenggat F-01: 28 Februari 2026/);
    expect(screen.getByTestId('f01-progress-overall').textContent).toBe(`0 dari ${F01_CODES.length} indikator lengkap (klaim dan bukti)`);

    await userEvent.click(screen.getByRole('button', { name: 'Kirim F-01' }));
    const step = await screen.findByRole('region', { name: 'Kirim F-01' });
    expect(await within(step).findByText('F-01 belum lengkap')).toBeTruthy();
    expect(within(step).getByText('2 indikator masih perlu klaim atau bukti. Pilih indikator untuk melengkapinya:')).toBeTruthy();
    expect(within(step).getByRole('button', { name: 'Kirim F-01 sekarang' }).hasAttribute('disabled')).toBe(true);
    const link = within(step).getByRole('button', { name: /^2\.a\.P · .* — belum ada bukti$/ });
    expect(within(step).getByRole('button', { name: /^1\.a\.Ak · .* — belum ada klaim dan bukti$/ })).toBeTruthy();

    await userEvent.click(link);
    await waitFor(() => expect(document.activeElement?.id).toBe('claim-2.a.P-title'));
    expect(screen.getByRole('article', { name: /^2\.a\.P ·/ })).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'F01Status').length).toBeGreaterThanOrEqual(2);
    expect(calls.some((c) => c.operation === 'SubmitF01')).toBe(false);
    expectNoInternalCodes();
  });

  it('sends a complete F-01, then shows the printable receipt and locks the claims', async () => {
    let sent = false;
    const receipt = f01Receipt();
    const { calls } = render((operation) => {
      if (operation === 'F01Status') return f01Status({ submission: sent ? receipt : null });
      if (operation === 'SubmitF01') {
        sent = true;
        return reply('SubmitF01', { submitF01: receipt });
      }
      return undefined;
    });
    await heading();
    await userEvent.click(await screen.findByRole('button', { name: 'Kirim F-01' }));
    const step = await screen.findByRole('region', { name: 'Kirim F-01' });
    expect(await within(step).findByText('F-01 lengkap')).toBeTruthy();
    await userEvent.click(within(step).getByRole('button', { name: 'Kirim F-01 sekarang' }));

    const view = await screen.findByRole('region', { name: 'Tanda terima F-01' });
    expect(calls.find((c) => c.operation === 'SubmitF01')?.variables).toEqual({ lokusId: 'lokus-1' });
    expect(within(view).getByText('Dikirim oleh: Desk SAMSAT Kalimantan Selatan')).toBeTruthy();
    expect(within(view).getByText('Waktu kirim: 10 Februari 2026 pukul 10.42')).toBeTruthy();
    expect(within(view).getAllByRole('row')).toHaveLength(F01_CODES.length + 1);
    expect(within(view).getAllByText('a'.repeat(64), { exact: false })).toHaveLength(F01_CODES.length);
    expect(within(view).getByRole('button', { name: 'Cetak tanda terima' })).toBeTruthy();
    expect(screen.getByText('F-01 sudah dikirim dan terkunci')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Simpan klaim/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kirim F-01' })).toBeNull();
    expectNoInternalCodes();
  });

  it('shows the service refusal when the F-01 changed in the meantime', async () => {
    render((operation) => {
      if (operation === 'F01Status') return f01Status();
      if (operation === 'SubmitF01')
        return {
          data: null,
          errors: [
            {
              message: 'F-01 is not complete',
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'lokusId',
                messages: {
                  id: 'F-01 belum lengkap: 1 indikator masih perlu klaim atau bukti — 1.a.Ak (bukti).',
                  en: 'F-01 is not complete',
                },
              },
            },
          ],
        };
      return undefined;
    });
    await heading();
    await userEvent.click(await screen.findByRole('button', { name: 'Kirim F-01' }));
    const step = await screen.findByRole('region', { name: 'Kirim F-01' });
    await userEvent.click(await within(step).findByRole('button', { name: 'Kirim F-01 sekarang' }));
    const refusal = (await within(step).findByText('F-01 belum terkirim')).closest('[role="alert"]');
    expect(refusal?.textContent).toContain('1.a.Ak (bukti)');
  });

  it('opens locked, with the receipt, for a desk whose F-01 was sent', async () => {
    render((operation) => (operation === 'F01Status' ? f01Status({ submission: f01Receipt() }) : undefined));
    await heading();
    expect(await screen.findByText('F-01 sudah dikirim dan terkunci')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Tanda terima F-01' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Simpan klaim/ })).toBeNull();
  });

  it('tells the desk who reopened F-01 and why', async () => {
    render((operation) =>
      operation === 'F01Status'
        ? f01Status({
            history: [
              {
                id: 'submission-1',
                submittedAt: '2026-02-10T03:42:00Z',
                reopenedAt: '2026-02-11T02:00:00Z',
                reopenedByName: 'Admin Nasional',
                reopenReason: 'Bukti 1.a salah berkas',
              },
            ],
          })
        : undefined,
    );
    await heading();
    expect(await screen.findByText('F-01 dibuka kembali')).toBeTruthy();
    expect(
      screen.getByText('Dibuka kembali oleh Admin Nasional pada 11 Februari 2026 pukul 09.00. Alasan: Bukti 1.a salah berkas'),
    ).toBeTruthy();
    expect(await screen.findAllByRole('button', { name: /Simpan klaim/ })).not.toHaveLength(0);
  });

  it('lets the national admin reopen a sent F-01 with a reason, and only with one', async () => {
    let reopened = false;
    const { calls } = render((operation, variables) => {
      if (operation === 'F01Status') return f01Status({ submission: reopened ? null : f01Receipt() });
      if (operation === 'ReopenF01') {
        reopened = true;
        return reply('ReopenF01', {
          reopenF01: f01Receipt({
            reopenedAt: '2026-02-11T02:00:00Z',
            reopenedByName: 'Admin Nasional',
            reopenReason: String(variables['reason']),
          }),
        });
      }
      if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(['F01_FILLING', 'F03_SURVEY']) });
      return undefined;
    }, ADMIN);
    await heading();
    const panel = await screen.findByRole('region', { name: 'Pengiriman F-01' });
    expect(
      await within(panel).findByText('F-01 dikirim oleh Desk SAMSAT Kalimantan Selatan pada 10 Februari 2026 pukul 10.42 dan terkunci.'),
    ).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Lihat tanda terima' }));
    expect(within(panel).getByRole('region', { name: 'Tanda terima F-01' })).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Buka kembali F-01' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Buka kembali' }));
    expect(await within(panel).findByText('Tuliskan alasan membuka kembali')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'ReopenF01')).toBe(false);

    await userEvent.type(within(panel).getByLabelText(/Alasan membuka kembali/), 'Bukti salah berkas');
    await userEvent.click(within(panel).getByRole('button', { name: 'Buka kembali' }));
    expect(await within(panel).findByText('F-01 dibuka kembali; unit dapat mengubah klaim dan bukti lalu mengirim lagi.')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'ReopenF01')?.variables).toEqual({ lokusId: 'lokus-1', reason: 'Bukti salah berkas' });
    expect(await within(panel).findByText('Unit belum mengirim F-01.')).toBeTruthy();
  });

  it('speaks English when the person chose it', async () => {
    render(
      (operation) => (operation === 'F01Status' ? f01Status({ missing: [{ code: '2.a.P', claim: false }] }) : undefined),
      DESK,
      ['F01_FILLING', 'F03_SURVEY'],
      'en',
    );
    expect((await screen.findByTestId('f01-deadline')).textContent).toMatch(/^F-01 deadline: 28 February 2026/);
    await userEvent.click(screen.getByRole('button', { name: 'Send F-01' }));
    const step = await screen.findByRole('region', { name: 'Send F-01' });
    expect(await within(step).findByText('F-01 is not complete')).toBeTruthy();
    expect(within(step).getByRole('button', { name: /^2\.a\.P · .* — no evidence yet$/ })).toBeTruthy();
    expectNoInternalCodes();
  });
});
