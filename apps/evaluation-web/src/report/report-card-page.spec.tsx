import { dateInWords } from '@simpul/ui';
import { expectAccessible } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import type { ReportCardQuery } from '../__generated__/operations';
import { cohortFields } from '../testing/fixtures';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import { RAPOR_MESSAGES } from './rapor-messages';

type Card = ReportCardQuery['reportCard'];

function card(origin: 'OFFICIAL' | 'DEMO'): Card {
  return {
    lokus: {
      id: 'lokus-2022',
      unitName: 'SAMSAT Kalimantan Selatan',
      agencyName: 'Pemprov Kalsel',
      provinceName: 'Kalimantan Selatan',
      ...cohortFields('PROVINCE:SAMSAT'),
      instrumentId: 'pekppp-2024-a',
      serviceUnitId: 'unit-1',
      cycle: { name: 'PEKPPP 2022', year: 2022 },
    },
    result: {
      id: 'r-1',
      lokusId: 'lokus-2022',
      cycleId: 'cycle-2022',
      year: 2022,
      unitName: 'SAMSAT Kalimantan Selatan',
      serviceUnitId: 'unit-1',
      provinceCode: '63',
      version: 1,
      current: true,
      index: 4.02,
      evaluatorIndex: 4.02,
      userIndex: null,
      basis: 'EVALUATOR_ONLY',
      respondents: 0,
      category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
      ...cohortFields('PROVINCE:SAMSAT'),
      rank: 20,
      cohortSize: 34,
      rankLabel: { id: 'peringkat 20 dari 34', en: 'rank 20 of 34' },
      reason: null,
      computedAt: '2022-10-16T00:00:00Z',
      explanation: { formula: 'IPP = F-02', text: { id: 'IPP dari F-02', en: 'IPP from F-02' }, steps: [] },
      origin,
      source: origin === 'OFFICIAL' ? 'Keputusan Menteri PANRB Nomor 1035 Tahun 2022' : null,
      indicatorsOrigin: origin,
      cycleName: 'PEKPPP 2022',
      scheme: 'PEMANTAUAN',
      label: { id: 'PEKPPP 2022 (Pemantauan): peringkat 20 dari 34', en: 'PEKPPP 2022 (Monitoring): rank 20 of 34' },
    },
    aspects: [{ code: 'a', name: 'Kebijakan Pelayanan', weight: 20, score: 4.1 }],
    history: [],
    gap: null,
    followUpProgress: null,
  };
}

function network(data: Card, issued: Record<string, unknown>[]) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'ReportCard') return reply('ReportCard', { reportCard: data });
    if (operation === 'IssueDocument') {
      issued.push(variables);
      return reply('IssueDocument', { issueDocument: { code: 'ABCD2345EFGH', issuedAt: '2026-12-07T02:00:00Z' } });
    }
    throw new Error(`unexpected ${operation}`);
  };
}

describe('the PEKPPP rapor as an A4 document', () => {
  it('prints under the ministry’s letterhead with the date in words, the issuer’s signatory block and a QR registered with its figures', async () => {
    const issued: Record<string, unknown>[] = [];
    renderEvaluation('/evaluasi/lokus/lokus-2022/rapor', network(card('OFFICIAL'), issued), { user: DESK });
    const sheet = await screen.findByRole('article', { name: 'Rapor SAMSAT Kalimantan Selatan' });
    expect(within(sheet).getByText('Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi')).toBeTruthy();
    expect(within(sheet).getByText('Rapor Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP)')).toBeTruthy();
    expect(within(sheet).queryByRole('note')).toBeNull();
    expect(within(sheet).getByText(`Kalimantan Selatan, ${dateInWords(new Date(), 'id')}`)).toBeTruthy();
    expect(within(sheet).getByText('Desk SAMSAT Kalimantan Selatan')).toBeTruthy();
    expect(within(sheet).getByText('Penerbit dokumen, Petugas unit')).toBeTruthy();
    expect(await within(sheet).findByRole('img', { name: 'Kode QR verifikasi dokumen ABCD2345EFGH' })).toBeTruthy();
    expect(within(sheet).getByText('Kode verifikasi: ABCD2345EFGH')).toBeTruthy();
    // The print button sits outside the sheet: it never reaches the paper.
    expect(within(sheet).queryByRole('button', { name: 'Cetak' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cetak' })).toBeTruthy();

    expect(issued).toHaveLength(1);
    expect(issued[0]).toEqual({
      input: {
        kind: 'PEKPPP_RAPOR',
        subjectId: 'lokus-2022',
        title: 'Rapor Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP) — SAMSAT Kalimantan Selatan, PEKPPP 2022',
        sourcePath: '/evaluasi/lokus/lokus-2022/rapor',
        figures: [
          { label: 'Unit pelayanan', value: 'SAMSAT Kalimantan Selatan' },
          { label: 'Siklus', value: 'PEKPPP 2022' },
          { label: 'IPP', value: '4,02' },
          { label: 'Kategori', value: 'A- (Sangat Baik)' },
          { label: 'Peringkat', value: 'peringkat 20 dari 34' },
          { label: 'F-02 / F-03', value: '4,02 / –' },
          { label: 'Aspek A', value: '4,10' },
          { label: 'Asal data', value: 'Resmi' },
        ],
      },
    });
    await expectAccessible();
  });

  it('says in words on the letterhead that demo figures are no official document', async () => {
    renderEvaluation('/evaluasi/lokus/lokus-2022/rapor', network(card('DEMO'), []), { user: DESK, language: 'en' });
    const sheet = await screen.findByRole('article', { name: 'Report card: SAMSAT Kalimantan Selatan' });
    expect(within(sheet).getByRole('note').textContent).toBe('SAMPLE DOCUMENT — contains Simpul demo data, not an official document.');
    expect(within(sheet).getByText(`Kalimantan Selatan, ${dateInWords(new Date(), 'en')}`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  });

  it('signed out, registers nothing and prints an unsigned public copy that says it cannot be verified', async () => {
    const issued: Record<string, unknown>[] = [];
    renderEvaluation('/evaluasi/lokus/lokus-2022/rapor', network(card('OFFICIAL'), issued), { user: null });
    const sheet = await screen.findByRole('article', { name: 'Rapor SAMSAT Kalimantan Selatan' });
    expect(within(sheet).getByRole('status').textContent).toContain('Masuk untuk mencetak');
    expect(within(sheet).getByText('Salinan publik dari portal Simpul, tanpa tanda tangan')).toBeTruthy();
    expect(issued).toHaveLength(0);
  });

  it('a figure published without its parts shows the figure and its source, says the breakdown was not published, and registers no parts', async () => {
    const published = card('OFFICIAL');
    const aggregate: Card = {
      ...published,
      lokus: { ...published.lokus, instrumentId: 'pekppp-2022-a' },
      result: { ...published.result, basis: 'PUBLISHED_AGGREGATE', evaluatorIndex: null, explanation: null },
      aspects: [],
    };
    const issued: Record<string, unknown>[] = [];
    renderEvaluation('/evaluasi/lokus/lokus-2022/rapor', network(aggregate, issued), { user: DESK });
    const sheet = await screen.findByRole('article', { name: 'Rapor SAMSAT Kalimantan Selatan' });
    expect(within(sheet).getByText(/dipublikasikan tanpa nilai aspek dan indikator/)).toBeTruthy();
    expect(within(sheet).getByText('Hanya IPP yang dipublikasikan; F-02 dan F-03 di baliknya tidak dipublikasikan')).toBeTruthy();
    expect(within(sheet).getByText(/Keputusan Menteri PANRB Nomor 1035 Tahun 2022/)).toBeTruthy();
    expect(within(sheet).queryByRole('table', { name: 'Skor aspek 0–5 dan bobotnya' })).toBeNull();
    await within(sheet).findByText('Kode verifikasi: ABCD2345EFGH');
    const figures = (issued[0]?.input as { figures: { label: string }[] }).figures.map((figure) => figure.label);
    expect(figures).toEqual(['Unit pelayanan', 'Siklus', 'IPP', 'Kategori', 'Peringkat', 'Asal data']);
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(RAPOR_MESSAGES.en).sort()).toEqual(Object.keys(RAPOR_MESSAGES.id).sort());
  });
});
