import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection } from '../testing/fixtures';
import type { ConflictRow, EvaluatorProfileRow } from '../workflow/workflow.operations';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

const kemenpan = { id: 'agency-kemenpan', name: 'Kementerian PANRB' };
const enrolled: EvaluatorProfileRow = {
  userId: 'eval-1',
  displayName: 'Evaluator PEKPPP',
  level: 'KEMENPANRB',
  provinceCode: null,
  agencyId: kemenpan.id,
  agency: kemenpan,
};
const declared: ConflictRow = {
  id: 'coi-1',
  evaluatorId: 'eval-1',
  agencyId: 'agency-kalteng',
  serviceUnitId: null,
  agency: { id: 'agency-kalteng', name: 'Pemerintah Provinsi Kalimantan Tengah' },
  serviceUnit: null,
  reason: 'Pernah bekerja di Pemprov Kalteng',
  declaredAt: '2026-03-01T02:00:00Z',
};

function render(more: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined) {
  return renderEvaluation('/evaluasi/evaluator', (operation, variables) => {
    const extra = more(operation, variables);
    if (extra !== undefined) return extra;
    switch (operation) {
      case 'EnrolledEvaluators':
        return reply('EnrolledEvaluators', { evaluatorProfiles: connection([enrolled]) });
      case 'Provinces':
        return reply('Provinces', {
          provinces: [
            { code: '62', name: 'Kalimantan Tengah' },
            { code: '63', name: 'Kalimantan Selatan' },
          ],
        });
      case 'EvaluatorAccounts':
        return reply('EvaluatorAccounts', {
          users: connection([{ id: 'user-biro', email: 'biro.kalsel@simpul.test', displayName: 'Biro Organisasi Kalsel' }]),
        });
      case 'AgencyOptions':
        return reply('AgencyOptions', {
          agencies: connection([kemenpan, { id: 'agency-kalsel', name: 'Pemerintah Provinsi Kalimantan Selatan' }]),
        });
      case 'UpsertEvaluatorProfile':
        return reply('UpsertEvaluatorProfile', {
          upsertEvaluatorProfile: { ...enrolled, userId: 'user-biro', displayName: 'Biro Organisasi Kalsel' },
        });
      case 'ConflictDeclarations':
        return reply('ConflictDeclarations', { conflictDeclarations: connection([declared]) });
      case 'WithdrawConflictDeclaration':
        return reply('WithdrawConflictDeclaration', { withdrawConflictDeclaration: true });
      case 'DeclareConflictOfInterest':
        return reply('DeclareConflictOfInterest', { declareConflictOfInterest: declared });
      default:
        throw new Error(`unexpected ${operation}`);
    }
  });
}

describe('/evaluasi/evaluator', () => {
  it('lists the enrolled evaluators with level, province and agency by name', async () => {
    render();
    const table = await screen.findByRole('table', { name: 'Evaluator terdaftar' });
    expect(within(table).getByText('Evaluator PEKPPP')).toBeTruthy();
    expect(within(table).getByText('KemenPAN-RB')).toBeTruthy();
    expect(within(table).getByText('Kementerian PANRB')).toBeTruthy();
  });

  it('enrols a registry account with the Evaluator role: province required for a provincial evaluator', async () => {
    const { calls } = render();
    await screen.findByRole('heading', { name: 'Daftarkan evaluator' });
    await userEvent.type(screen.getByLabelText('Cari akun (nama atau email)', { exact: false }), 'biro', { delay: null });
    await screen.findByRole('option', { name: 'Biro Organisasi Kalsel · biro.kalsel@simpul.test' });
    await userEvent.selectOptions(screen.getByLabelText('Akun evaluator'), 'user-biro');
    expect(screen.getByLabelText<HTMLInputElement>('Nama tampilan').value).toBe('Biro Organisasi Kalsel');
    await userEvent.selectOptions(screen.getByLabelText('Tingkat'), 'PROVINCE');
    await userEvent.selectOptions(screen.getByLabelText('Instansi evaluator'), 'agency-kalsel');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan profil evaluator' }));
    expect(await screen.findByRole('link', { name: 'Pilih provinsi untuk evaluator provinsi dan kab/kota' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'UpsertEvaluatorProfile')).toBe(false);
    await userEvent.selectOptions(screen.getByLabelText('Provinsi tugas'), '63');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan profil evaluator' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'UpsertEvaluatorProfile')?.variables).toEqual({
        input: {
          userId: 'user-biro',
          displayName: 'Biro Organisasi Kalsel',
          agencyId: 'agency-kalsel',
          level: 'PROVINCE',
          provinceCode: '63',
        },
      }),
    );
    expect(await screen.findByText('Profil Biro Organisasi Kalsel tersimpan.')).toBeTruthy();
    // Only Evaluator accounts are offered: the registry is asked for that role.
    expect(calls.filter((c) => c.operation === 'EvaluatorAccounts').every((c) => 'text' in c.variables)).toBe(true);
  });

  it("lists, withdraws and declares an evaluator's conflicts of interest, with names and dates in Indonesian", async () => {
    const { calls } = render();
    await userEvent.click(await screen.findByRole('button', { name: 'Konflik kepentingan Evaluator PEKPPP' }));
    const panel = await screen.findByRole('region', { name: 'Konflik kepentingan Evaluator PEKPPP' });
    expect(await within(panel).findByText('Instansi: Pemerintah Provinsi Kalimantan Tengah')).toBeTruthy();
    expect(within(panel).getByText('1 Maret 2026')).toBeTruthy();
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Cabut pernyataan konflik dengan Instansi: Pemerintah Provinsi Kalimantan Tengah' }),
    );
    await waitFor(() => expect(calls.find((c) => c.operation === 'WithdrawConflictDeclaration')?.variables).toEqual({ id: 'coi-1' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Simpan pernyataan' }));
    expect(await within(panel).findByRole('link', { name: 'Pilih instansi atau unit yang berkonflik' })).toBeTruthy();
    await userEvent.selectOptions(within(panel).getByLabelText('Instansi'), 'agency-kalsel');
    await userEvent.type(within(panel).getByLabelText('Alasan'), 'Pasangan bekerja di Pemprov Kalsel', { delay: null });
    await userEvent.click(within(panel).getByRole('button', { name: 'Simpan pernyataan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'DeclareConflictOfInterest')?.variables).toEqual({
        input: { evaluatorId: 'eval-1', agencyId: 'agency-kalsel', serviceUnitId: null, reason: 'Pasangan bekerja di Pemprov Kalsel' },
      }),
    );
  });

  it('is for the national admin only', async () => {
    renderEvaluation(
      '/evaluasi/evaluator',
      () => {
        throw new Error('no request expected');
      },
      { user: DESK },
    );
    expect(await screen.findByText('Halaman ini hanya untuk admin nasional.')).toBeTruthy();
  });
});
