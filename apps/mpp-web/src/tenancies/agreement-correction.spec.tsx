import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NodeOf } from '@simpul/web-kit';
import type { TenancyChangesQuery } from '../__generated__/operations';
import { connection, STEPS, tenancyAt } from '../testing/fixtures';
import { expectNoMissingTexts, findSummary, gqlError, OPERATOR, renderMpp, unexpected } from '../testing/render-mpp';
import { reply } from '../testing/reply';
import { MPP_TENANCY_HISTORY_MESSAGES } from './tenancy-changes';

type Change = NodeOf<NonNullable<TenancyChangesQuery['tenancy']>['changes']>;

const CORRECTED: Change = {
  id: 'c1',
  at: '2026-12-06T03:15:00Z',
  actorName: 'Operator Banjarmasin',
  action: 'UPDATE',
  changes: [
    { field: 'agreement.number', before: '500/12/MPP-BJM/2026', after: '500/12/MPP-BJM/2026-R' },
    { field: 'agreement.expiresOn', before: '2027-01-09', after: '2027-01-31' },
  ],
};

const WENT_LIVE: Change = {
  id: 'c0',
  at: '2026-12-01T03:15:00Z',
  actorName: 'Admin Nasional',
  action: 'UPDATE',
  changes: [{ field: 'service.status', before: 'PENDING', after: 'LIVE' }],
};

const ADDENDUM = {
  id: 'add-1',
  number: 'ADD-I/2026',
  signedOn: '2026-06-01',
  expiresOn: null,
  summary: 'Penambahan layanan',
  document: null,
};

/** The agreement page's network: the tenancy (with or without an addendum), the history before and after a correction. */
function serve(options: { addenda?: (typeof ADDENDUM)[]; onCorrect?: jest.Mock; onRecord?: jest.Mock } = {}) {
  const base = tenancyAt('AGREEMENT_SIGNED');
  const agreement = { ...base.currentAgreement!, addenda: options.addenda ?? [] };
  const tenancy = { ...base, currentAgreement: agreement, agreements: { ...base.agreements, edges: [{ cursor: 'c0', node: agreement }] } };
  let corrected = false;
  const onCorrect = options.onCorrect ?? jest.fn();
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'Tenancy') return reply('Tenancy', { tenancy, onboardingSteps: STEPS });
    if (operation === 'TenancyChanges')
      return reply('TenancyChanges', {
        tenancy: { id: tenancy.id, changes: connection(corrected ? [CORRECTED, WENT_LIVE] : [WENT_LIVE]) },
      });
    if (operation === 'CorrectAgreement') {
      const answer: unknown = onCorrect(variables);
      corrected = !(answer as { errors?: unknown }).errors;
      return answer;
    }
    if (operation === 'RecordAgreement') return (options.onRecord ?? jest.fn())(variables) as unknown;
    return unexpected(operation);
  };
}

/** The words joined to a field by aria-describedby: its hint and its error. */
function described(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('PKS rules at the field and the correction of a recorded PKS', () => {
  it('shows the ten-year limit and the number length at the field before anything is sent', async () => {
    const onRecord = jest.fn();
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve({ onRecord }), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    const form = (await screen.findByRole('heading', { name: 'Catat PKS' })).closest('form')!;
    await user.type(within(form).getByLabelText(/^Nomor PKS/), 'N'.repeat(101));
    await user.type(within(form).getByLabelText(/^Tanggal tanda tangan/), '2026-01-05');
    await user.type(within(form).getByLabelText(/^Mulai berlaku/), '2026-01-10');
    await user.type(within(form).getByLabelText(/^Berakhir/), '9999-12-31');
    await user.click(within(form).getByRole('button', { name: 'Simpan PKS' }));
    await findSummary();
    const expires = within(form).getByLabelText(/^Berakhir/);
    expect(expires.getAttribute('aria-invalid')).toBe('true');
    expect(described(expires)).toContain(
      'PKS berlaku paling lama 10 tahun: mulai 2026-01-10 harus berakhir paling lambat 2036-01-10, bukan 9999-12-31',
    );
    expect(described(within(form).getByLabelText(/^Nomor PKS/))).toContain('Nomor paling banyak 100 karakter (sekarang 101)');
    expect(onRecord).not.toHaveBeenCalled();
  });

  it('says the limit in English too', async () => {
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve(), { user: OPERATOR, language: 'en' });
    const user = userEvent.setup({ delay: null });
    const form = (await screen.findByRole('heading', { name: 'Record an agreement' })).closest('form')!;
    await user.type(within(form).getByLabelText(/^Agreement number/), '500/99/MPP-BJM/2026');
    await user.type(within(form).getByLabelText(/^Signed on/), '2026-01-05');
    await user.type(within(form).getByLabelText(/^In force from/), '2026-01-10');
    await user.type(within(form).getByLabelText(/^Expires on/), '9999-12-31');
    await user.click(within(form).getByRole('button', { name: 'Save agreement' }));
    await findSummary('There is a problem');
    expect(described(within(form).getByLabelText(/^Expires on/))).toContain(
      'An agreement runs at most 10 years: from 2026-01-10 it must end by 2036-01-10, not 9999-12-31',
    );
    expectNoMissingTexts();
  });

  it('the operator corrects the recorded PKS and the history shows the correction', async () => {
    const onCorrect = jest.fn((_variables: Record<string, unknown>) => reply('CorrectAgreement', { correctAgreement: { id: 'pks-1' } }));
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve({ onCorrect }), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Koreksi data PKS' }));
    const form = screen.getByRole('form', { name: 'Koreksi data PKS 500/12/MPP-BJM/2026' });
    const number = within(form).getByLabelText(/^Nomor PKS/);
    expect((number as HTMLInputElement).value).toBe('500/12/MPP-BJM/2026');
    await user.type(number, '-R');
    const expires = within(form).getByLabelText(/^Berakhir/);
    await user.clear(expires);
    await user.type(expires, '2027-01-31');
    await user.click(within(form).getByRole('button', { name: 'Simpan koreksi' }));
    expect(await screen.findByText('Data PKS dikoreksi.')).toBeTruthy();
    expect(onCorrect.mock.calls[0][0]).toEqual({
      input: {
        agreementId: 'pks-1',
        number: '500/12/MPP-BJM/2026-R',
        signedOn: '2026-01-05',
        startsOn: '2026-01-10',
        expiresOn: '2027-01-31',
        document: null,
      },
    });
    const history = screen.getByRole('region', { name: 'Riwayat perubahan PKS dan layanan' });
    await waitFor(() => expect(history.textContent).toContain('Nomor PKS: 500/12/MPP-BJM/2026 → menjadi 500/12/MPP-BJM/2026-R'));
    expect(history.textContent).toContain('Operator Banjarmasin');
    expect(history.textContent).toContain('Status layanan: Menunggu → menjadi Dilayani');
  });

  it('puts the service’s refusal of a correction (an addendum recorded meanwhile) in the summary', async () => {
    const onCorrect = jest.fn(() =>
      gqlError(
        'CONFLICT',
        'input.agreementId',
        'PKS ini sudah memiliki adendum yang berpijak pada datanya; catat adendum baru alih-alih mengoreksinya.',
        'This agreement has an addendum.',
      ),
    );
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve({ onCorrect }), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Koreksi data PKS' }));
    await user.click(screen.getByRole('button', { name: 'Simpan koreksi' }));
    const summary = await findSummary();
    expect(summary.textContent).toContain('PKS ini sudah memiliki adendum');
  });

  it('hides the correction once an addendum exists and says why', async () => {
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve({ addenda: [ADDENDUM] }), { user: OPERATOR });
    const card = await screen.findByRole('region', { name: 'PKS 500/12/MPP-BJM/2026' });
    expect(within(card).getByText(/tidak dapat dikoreksi lagi karena sudah ada adendum/)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Koreksi data PKS' })).toBeNull();
  });

  it('has the history texts in both languages', () => {
    expectMatchingCatalogues(MPP_TENANCY_HISTORY_MESSAGES);
  });
});
