import { dateInWords } from '@simpul/ui';
import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import { DESK, renderEvaluation } from '../../testing/render-evaluation';
import { reply } from '../../testing/reply';
import { OMBUDSMAN_PRINT_MESSAGES } from './ombudsman-print-messages';
import type { OmbudsmanSummaryData, PrintedResult } from './ombudsman-print.operations';

const SOURCE = 'Ombudsman RI, Penilaian Kepatuhan Standar Pelayanan Publik 2022';

function result(year: number, score: number, origin: 'OFFICIAL' | 'DEMO'): PrintedResult {
  return {
    id: `r-${year}`,
    year,
    methodVersion: 'OPINI_2022',
    score,
    zone: 'KUNING',
    zoneLabel: { id: 'Zona Kuning (kepatuhan sedang)', en: 'Yellow zone (medium compliance)' },
    opinion: 'C',
    opinionLabel: { id: 'Kualitas Sedang', en: 'Medium quality' },
    maladministrationRisk: null,
    origin,
    source: origin === 'OFFICIAL' ? SOURCE : null,
    dimensions: [{ dimension: 'PENGADUAN', score: 60.5, weight: 10 }],
    unitFindings: [{ unitName: 'Disdukcapil Kota Banjarmasin', score: 72.1, zone: 'KUNING', note: null }],
  };
}

function data(origin: 'OFFICIAL' | 'DEMO'): OmbudsmanSummaryData {
  return {
    agency: { id: 'agency-bjm', name: 'Pemerintah Kota Banjarmasin', region: { code: '63.71', name: 'Kota Banjarmasin' } },
    ombudsmanCompliance: {
      // The newest row is a demo 2023 one; the published 2022 result is the latest official.
      history: [result(2023, 74.12, origin), result(2022, 69.63, 'OFFICIAL')],
      latest: { id: 'r-2023' },
      latestOfficial: { id: origin === 'OFFICIAL' ? 'r-2023' : 'r-2022' },
      changeSinceLastYear: {
        yearBefore: 2022,
        yearAfter: 2023,
        scoreDelta: 4.49,
        zoneBefore: 'KUNING',
        zoneAfter: 'KUNING',
        methodChanged: true,
        summary: { id: 'Naik 4,49 poin; tetap zona kuning', en: 'Up 4.49 points; still yellow zone' },
      },
    },
  };
}

function network(answer: OmbudsmanSummaryData, issued: Record<string, unknown>[]) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'OmbudsmanSummaryPrint') return reply('OmbudsmanSummaryPrint', answer);
    if (operation === 'IssueDocument') {
      issued.push(variables);
      return reply('IssueDocument', { issueDocument: { code: 'OMB2345EFGHJ', issuedAt: '2026-12-07T02:00:00Z' } });
    }
    throw new Error(`unexpected ${operation}`);
  };
}

describe('the Ombudsman compliance summary as an A4 document', () => {
  it('prints the latest result with zone and opinion, the latest official one with its source, what changed, history and unit findings, and a registered QR', async () => {
    const issued: Record<string, unknown>[] = [];
    renderEvaluation('/evaluasi/ombudsman/instansi/agency-bjm/cetak', network(data('DEMO'), issued), { user: DESK });
    const sheet = await screen.findByRole('article', { name: 'Ringkasan kepatuhan Ombudsman: Pemerintah Kota Banjarmasin' });
    expect(within(sheet).getByRole('row', { name: 'Nilai 74,12' })).toBeTruthy();
    expect(within(sheet).getAllByRole('row', { name: 'Zona Zona Kuning (kepatuhan sedang)' })).toHaveLength(2);
    expect(within(sheet).getAllByRole('row', { name: 'Opini C — Kualitas Sedang' })).toHaveLength(2);
    // The demo 2023 row leads, so the published 2022 result is printed beside it with its source.
    expect(within(sheet).getByRole('heading', { name: 'Hasil resmi terakhir (2022)' })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: 'Nilai 69,63' })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: `Sumber ${SOURCE}` })).toBeTruthy();
    expect(within(sheet).getByText('Naik 4,49 poin; tetap zona kuning')).toBeTruthy();
    expect(
      within(sheet).getByRole('row', {
        name: `2022 Opini Ombudsman (2022–2023) 69,63 Zona Kuning (kepatuhan sedang) C Kualitas Sedang Resmi ${SOURCE}`,
      }),
    ).toBeTruthy();
    expect(within(sheet).getAllByRole('row', { name: 'Pengaduan 60,50 10%' })).toHaveLength(1);
    expect(within(sheet).getByRole('row', { name: 'Disdukcapil Kota Banjarmasin 72,10 Kuning –' })).toBeTruthy();
    expect(within(sheet).getByRole('note').textContent).toContain('bukan dokumen resmi');
    expect(within(sheet).getByText(`Banjarmasin, ${dateInWords(new Date(), 'id')}`)).toBeTruthy();
    expect(await within(sheet).findByText('Kode verifikasi: OMB2345EFGHJ')).toBeTruthy();
    expectNoInternalCodes();

    const input = (issued[0] as { input: { kind: string; subjectId: string; figures: { label: string; value: string }[] } }).input;
    expect(input).toMatchObject({
      kind: 'OMBUDSMAN_SUMMARY',
      subjectId: 'agency-bjm',
      sourcePath: '/evaluasi/ombudsman/instansi/agency-bjm/cetak',
    });
    expect(input.figures).toEqual([
      { label: 'Instansi', value: 'Pemerintah Kota Banjarmasin' },
      { label: 'Tahun hasil terakhir', value: '2023' },
      { label: 'Nilai', value: '74,12' },
      { label: 'Zona', value: 'Zona Kuning (kepatuhan sedang)' },
      { label: 'Opini', value: 'C Kualitas Sedang' },
      { label: 'Perubahan', value: 'Naik 4,49 poin; tetap zona kuning' },
      { label: 'Asal data', value: 'Contoh (data demo)' },
      { label: 'Hasil resmi 2022', value: '69,63 (Zona Kuning (kepatuhan sedang))' },
    ]);
    await expectAccessible();
  });

  it('prints no second block when the latest result is the official one, and no demo notice when every row is official', async () => {
    renderEvaluation('/evaluasi/ombudsman/instansi/agency-bjm/cetak', network(data('OFFICIAL'), []), { user: DESK });
    const sheet = await screen.findByRole('article', { name: 'Ringkasan kepatuhan Ombudsman: Pemerintah Kota Banjarmasin' });
    expect(within(sheet).queryByRole('heading', { name: /Hasil resmi terakhir/ })).toBeNull();
    expect(within(sheet).queryByRole('note')).toBeNull();
  });

  it('signed out, prints a public copy without registering it, in English when switched', async () => {
    const issued: Record<string, unknown>[] = [];
    renderEvaluation('/evaluasi/ombudsman/instansi/agency-bjm/cetak', network(data('OFFICIAL'), issued), { user: null, language: 'en' });
    const sheet = await screen.findByRole('article', { name: 'Ombudsman compliance summary: Pemerintah Kota Banjarmasin' });
    expect(within(sheet).getByText('Up 4.49 points; still yellow zone')).toBeTruthy();
    expect(within(sheet).getByText('Public copy from the Simpul portal, unsigned')).toBeTruthy();
    expect(issued).toHaveLength(0);
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(OMBUDSMAN_PRINT_MESSAGES.en).sort()).toEqual(Object.keys(OMBUDSMAN_PRINT_MESSAGES.id).sort());
  });
});
