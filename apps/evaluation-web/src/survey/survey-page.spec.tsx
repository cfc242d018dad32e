import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorOf, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { PublicSurvey } from './survey.operations';

const ITEMS = [
  'Persyaratan mudah dipenuhi',
  'Prosedur mudah',
  'Biaya sesuai',
  'Waktu sesuai janji',
  'Jam layanan',
  'Petugas responsif',
  'Sikap petugas',
  'Parkir',
  'Ruang tunggu',
  'Toilet',
  'Sarana pendukung',
  'Informasi daring',
  'Informasi di tempat',
  'Akses pengaduan',
];
const survey = (overrides: Partial<PublicSurvey> = {}) =>
  reply('PublicSurvey', {
    publicSurvey: {
      unitName: 'SAMSAT Kalimantan Selatan',
      year: 2026,
      title: 'F-03',
      scaleMin: 0,
      scaleMax: 5,
      items: ITEMS.map((text, i) => ({ code: `u${i + 1}`, text })),
      open: true,
      used: false,
      ...overrides,
    },
  });

describe('public F-03 survey by one-time link', () => {
  it('sends the 14 answers in order with skipped items as null, without signing in', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/survei/tok-1',
      (operation) => (operation === 'PublicSurvey' ? survey() : reply('SubmitSurveyResponse', { submitSurveyResponse: true })),
      { user: null },
    );
    await screen.findByRole('heading', { name: 'Survei pengguna layanan SAMSAT Kalimantan Selatan' });
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(14);
    await userEvent.click(within(groups[0]).getByRole('radio', { name: '5 Sangat baik' }));
    await userEvent.click(within(groups[3]).getByRole('radio', { name: '2 Buruk' }));
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByText('Terima kasih')).toBeTruthy();
    const sent = calls.find((c) => c.operation === 'SubmitSurveyResponse')?.variables;
    expect(sent).toEqual({ token: 'tok-1', answers: [5, null, null, 2, null, null, null, null, null, null, null, null, null, null] });
  });

  it('asks for at least one answer before sending', async () => {
    const { calls } = renderEvaluation('/evaluasi/survei/tok-1', () => survey(), { user: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByRole('link', { name: 'Jawab paling sedikit satu pertanyaan' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'SubmitSurveyResponse')).toBe(false);
  });

  it('says plainly when the link was already used, on load or when the server refuses a repeat', async () => {
    renderEvaluation('/evaluasi/survei/tok-1', () => survey({ used: true }), { user: null });
    expect(await screen.findByText('Tautan sudah dipakai')).toBeTruthy();
  });

  it('shows a repeat submission refused as CONFLICT in words people understand', async () => {
    renderEvaluation(
      '/evaluasi/survei/tok-1',
      (operation) => (operation === 'PublicSurvey' ? survey() : errorOf('CONFLICT', 'token', 'Tautan sudah dipakai', 'Link already used')),
      { user: null },
    );
    await screen.findByRole('heading', { name: /Survei pengguna layanan/ });
    await userEvent.click(within(screen.getAllByRole('radiogroup')[0]).getByRole('radio', { name: '4 Baik' }));
    await userEvent.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByText(/Setiap tautan hanya untuk satu jawaban/)).toBeTruthy();
  });

  it('the intro names the lowest score as option 0 does ("Tidak ada"), not "sangat buruk", in both languages', async () => {
    renderEvaluation('/evaluasi/survei/tok-1', () => survey(), { user: null });
    await screen.findByRole('heading', { name: /Survei pengguna layanan/ });
    const option0 = within(screen.getAllByRole('radiogroup')[0]).getByRole('radio', { name: '0 Tidak ada' });
    expect(option0).toBeTruthy();
    expect(screen.getByText(/^Beri nilai 0 \(tidak ada, paling tidak sesuai\) sampai 5/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('0 (sangat buruk)');
  });

  it('in English the intro and option 0 agree too', async () => {
    renderEvaluation('/evaluasi/survei/tok-1', () => survey(), { user: null, language: 'en' });
    await screen.findByRole('heading', { name: /SAMSAT Kalimantan Selatan/ });
    expect(within(screen.getAllByRole('radiogroup')[0]).getByRole('radio', { name: '0 None' })).toBeTruthy();
    expect(screen.getByText(/^Score from 0 \(none, least suitable\) to 5/)).toBeTruthy();
  });
});
