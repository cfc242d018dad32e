import { dateInWords } from '@simpul/ui';
import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import { connection } from '../testing/fixtures';
import { MALL_ID, OPERATOR, renderMpp } from '../testing/render-mpp';
import { reply } from '../testing/reply';
import { MPP_REPORT_MESSAGES } from './mpp-report-messages';
import type { MallReportCard } from './mpp-report.operations';

const ikm = (value: number) => ({
  value,
  category: { code: 'B', label: 'Baik', labelEn: 'Good' },
  respondents: 120,
  periodKind: 'QUARTER' as const,
  year: 2026,
  number: 3,
  origin: 'OFFICIAL' as const,
  source: null,
});

function data(origin: 'OFFICIAL' | 'DEMO'): MallReportCard {
  return {
    mall: {
      id: MALL_ID,
      name: 'MPP Kota Banjarmasin',
      status: 'ACTIVE',
      origin,
      address: 'Jl. Lambung Mangkurat No. 2',
      openedOn: '2019-11-20',
      regency: { code: '63.71', name: 'Kota Banjarmasin' },
      province: { code: '63', name: 'Kalimantan Selatan' },
      managingUnit: { id: 'u-dpmptsp', name: 'DPMPTSP Kota Banjarmasin', agency: { id: 'a-bjm', name: 'Pemerintah Kota Banjarmasin' } },
      desks: [
        { id: 'd1', number: 1, label: 'Imigrasi', latestIkm: ikm(84.5), latestIkmGap: null },
        { id: 'd2', number: 2, label: null, latestIkm: null, latestIkmGap: 'NO_ANSWERS' },
      ],
      tenancies: connection([
        {
          id: 't1',
          step: 'LIVE' as const,
          agency: { id: 'a1', name: 'Kantor Imigrasi Banjarmasin' },
          currentAgreement: { id: 'g1', number: 'PKS/01/2024', expiresOn: '2027-01-31', status: 'ACTIVE' as const, daysToExpiry: 420 },
          services: { totalCount: 4 },
        },
        {
          id: 't2',
          step: 'INVITED' as const,
          agency: { id: 'a2', name: 'BPJS Kesehatan' },
          currentAgreement: null,
          services: { totalCount: 0 },
        },
      ]),
    },
    mallDashboard: {
      from: '2026-09-08',
      to: '2026-12-06',
      origin,
      visitorTrend: [
        { period: '2026-10', visitors: 1200, complaints: 3, deskDays: 40 },
        { period: '2026-11', visitors: 1350, complaints: 1, deskDays: 42 },
      ],
      agreementsNearingExpiry: { totalCount: 0 },
    },
  };
}

function network(answer: MallReportCard, issued: Record<string, unknown>[]) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'MallReportCard') return reply('MallReportCard', answer);
    if (operation === 'IssueDocument') {
      issued.push(variables);
      return reply('IssueDocument', { issueDocument: { code: 'MPP2345EFGHJ', issuedAt: '2026-12-07T02:00:00Z' } });
    }
    throw new Error(`unexpected ${operation}`);
  };
}

describe('the MPP report card as an A4 document', () => {
  it('prints the mall, its tenants with their agreements and services, its desks with their IKM, visitors, and a registered QR', async () => {
    const issued: Record<string, unknown>[] = [];
    renderMpp(`/mpp/malls/${MALL_ID}/report`, network(data('OFFICIAL'), issued), { user: OPERATOR });
    const sheet = await screen.findByRole('article', { name: 'Rapor MPP Kota Banjarmasin' });
    expect(sheet.querySelector('.simpul-letterhead-body')?.textContent).toBe('Pemerintah Kota Banjarmasin');
    expect(within(sheet).getByText('Rapor Mal Pelayanan Publik')).toBeTruthy();
    expect(within(sheet).getByText('Periode data pengunjung: 8 September 2026 s.d. 6 Desember 2026')).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: 'Diresmikan 20 November 2019' })).toBeTruthy();
    expect(within(sheet).getByText('1 instansi tergabung beroperasi dari 2 instansi yang pernah diundang; 4 layanan.')).toBeTruthy();
    expect(
      within(sheet).getByRole('row', { name: 'Kantor Imigrasi Banjarmasin Beroperasi Berlaku (berakhir 31 Januari 2027) 4' }),
    ).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: 'BPJS Kesehatan Diundang Belum ada PKS 0' })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: 'Gerai 1 · Imigrasi 84,50 B (Baik) 120' })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: 'November 2026 1.350 1' })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: 'Jumlah 2.550 4' })).toBeTruthy();
    expect(within(sheet).getByText(`Banjarmasin, ${dateInWords(new Date(), 'id')}`)).toBeTruthy();
    expect(await within(sheet).findByText('Kode verifikasi: MPP2345EFGHJ')).toBeTruthy();
    // Reached from the mall's own menu, which stays off the paper.
    expect(screen.getByRole('link', { name: 'Rapor MPP' }).getAttribute('aria-current')).toBe('page');
    expect(within(sheet).queryByRole('navigation')).toBeNull();
    expectNoInternalCodes();

    const input = (issued[0] as { input: { kind: string; subjectId: string; figures: { label: string; value: string }[] } }).input;
    expect(input).toMatchObject({ kind: 'MPP_REPORT_CARD', subjectId: MALL_ID, sourcePath: `/mpp/malls/${MALL_ID}/report` });
    expect(input.figures).toEqual(
      expect.arrayContaining([
        { label: 'Instansi tergabung beroperasi / diundang', value: '1 / 2' },
        { label: 'Layanan', value: '4' },
        { label: 'Gerai dengan IKM', value: '1' },
        { label: 'Pengunjung 8 September 2026 s.d. 6 Desember 2026', value: '2.550' },
        { label: 'Asal data', value: 'Resmi' },
      ]),
    );
    await expectAccessible();
  });

  it('says on the letterhead that a demo mall makes no official document, in English when switched', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/report`, network(data('DEMO'), []), { user: OPERATOR, language: 'en' });
    const sheet = await screen.findByRole('article', { name: 'Report card: MPP Kota Banjarmasin' });
    expect(within(sheet).getByRole('note').textContent).toContain('not an official document');
    expect(within(sheet).getByText('Visitor data from 8 September 2026 to 6 December 2026')).toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(MPP_REPORT_MESSAGES.en).sort()).toEqual(Object.keys(MPP_REPORT_MESSAGES.id).sort());
  });
});
