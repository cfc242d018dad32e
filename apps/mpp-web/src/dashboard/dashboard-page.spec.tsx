import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import { DASHBOARD } from '../testing/dashboard-fixture';
import { ADMIN, expectNoMissingTexts, MALL_ID, OPERATOR, OTHER_OPERATOR, renderMpp, unexpected } from '../testing/render-mpp';
import { connection } from '../testing/fixtures';
import { reply } from '../testing/reply';
import type { MallProfile } from '../malls/mall.operations';
import type { DashboardDesk } from './dashboard.operations';

const MALL: Pick<MallProfile, 'id' | 'name' | 'status' | 'origin'> = {
  id: MALL_ID,
  name: 'MPP Kota Banjarmasin',
  status: 'ACTIVE',
  origin: 'OFFICIAL',
};
const DESKS: DashboardDesk[] = [
  {
    id: 'desk-8',
    number: 8,
    label: null,
    latestIkm: {
      value: 72.65,
      category: { code: 'C', label: 'Kurang Baik', labelEn: 'Poor' },
      respondents: 45,
      periodKind: 'YEAR',
      year: 2026,
      number: 1,
      origin: 'DEMO',
      source: null,
    },
    latestIkmGap: null,
  },
  {
    id: 'desk-1',
    number: 1,
    label: 'Imigrasi',
    latestIkm: {
      value: 88.31,
      category: { code: 'A', label: 'Sangat Baik', labelEn: 'Very good' },
      respondents: 412,
      periodKind: 'YEAR',
      year: 2026,
      number: 1,
      origin: 'OFFICIAL',
      source: 'Laporan SKM MPP Banjarmasin 2026',
    },
    latestIkmGap: null,
  },
  { id: 'desk-9', number: 9, label: null, latestIkm: null, latestIkmGap: 'NO_ANSWERS' },
  // A survey with too few respondents is not "no survey": the desk is told why there is no IKM yet.
  { id: 'desk-10', number: 10, label: null, latestIkm: null, latestIkmGap: 'SAMPLE_TOO_SMALL' },
];
const PUBLIC_MALL: MallProfile = {
  ...MALL,
  address: 'Jl. Lambung Mangkurat',
  openedOn: '2019-02-01',
  proposedOn: null,
  regency: { code: '63.71', name: 'Kota Banjarmasin' },
  province: { code: '63', name: 'Kalimantan Selatan' },
  managingUnit: null,
  openingHours: [{ weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' }],
  documents: [],
  desks: [],
  tenancies: connection([
    {
      id: 'ten-imi',
      step: 'LIVE',
      agency: { id: 'agency-imi', name: 'Direktorat Jenderal Imigrasi' },
      services: connection([{ id: 'ts-1', status: 'LIVE', dailyQuota: 30, service: { id: 'svc-paspor', name: 'Paspor biasa' } }]),
    },
  ]),
};

const serve = (operation: string) => {
  if (operation === 'MallDashboard') return reply('MallDashboard', { mall: { ...MALL, desks: DESKS }, mallDashboard: DASHBOARD });
  if (operation === 'MallProfile') return reply('MallProfile', { mall: PUBLIC_MALL });
  return unexpected(operation);
};

describe('mall front page by role', () => {
  it('sends the operator from the remote’s start to its own mall’s dashboard', async () => {
    renderMpp('/mpp', serve, { user: OPERATOR });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dasbor MPP Kota Banjarmasin' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe(`/mpp/malls/${MALL_ID}`);
  });

  it('shows the public face of the mall to the operator of another mall and to the public', async () => {
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}`, serve, { user: OTHER_OPERATOR });
    expect(await screen.findByText('Paspor biasa')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'MallDashboard')).toBe(false);
    expect(screen.getByRole('table', { name: 'Jam layanan' }).textContent).toContain('08:00–15:00');
    expectNoMissingTexts();
  });

  it('gives the admin any mall’s dashboard', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, serve, { user: ADMIN });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dasbor MPP Kota Banjarmasin' })).toBeTruthy();
  });
});

describe('operator dashboard', () => {
  it('draws the funnel and occupancy as images described in words, each with its table behind it', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, serve);
    const funnel = await screen.findByRole('img', { name: /Diundang: 14, PKS ditandatangani: 13/ });
    expect(funnel.textContent).toContain('12');
    const figure = funnel.closest('figure')!;
    const table = within(figure).getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(8);
    expect(screen.getByRole('img', { name: /Senin: 88%.*Sabtu: Tutup/ })).toBeTruthy();
  });

  it('warns of agreements nearing expiry and says why services are not ready', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, serve);
    expect(await screen.findByText('1 PKS akan atau sudah berakhir')).toBeTruthy();
    expect(screen.getAllByText('Berakhir dalam 27 hari').length).toBeGreaterThan(0);
    const notReady = screen.getByRole('table', { name: 'Layanan yang belum dilayani dan alasannya' });
    expect(notReady.textContent).toContain('Pendaftaran nikah');
    expect(notReady.textContent).toContain('Belum diisi: Biaya/tarif');
    expect(notReady.textContent).toContain('Belum dipublikasikan: Penanganan pengaduan, saran dan masukan');
  });

  it('shows every desk’s IKM, not only the busiest desks’, so a quiet desk’s satisfaction is visible', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, serve);
    const table = await screen.findByRole('table', { name: 'IKM per gerai' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Gerai 1 · Imigrasi88,31✓A · Sangat Baik412Tahun 2026✓ResmiSumber: Laporan SKM MPP Banjarmasin 2026',
      'Gerai 872,65!C · Kurang Baik45Tahun 2026!Contoh',
      'Gerai 9Belum ada survei SKM––––',
      'Gerai 10Jumlah responden periode terakhir belum mencapai sampel minimal (Krejcie–Morgan).––––',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Kepuasan masyarakat per gerai' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Gerai tersibuk' })).toBeTruthy();
    expectNoMissingTexts();
  });

  it('rule (#11 §7): a demo mall’s dashboard figures say they are demo', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, (operation) =>
      operation === 'MallDashboard'
        ? reply('MallDashboard', {
            mall: { id: MALL.id, name: MALL.name, status: MALL.status, desks: DESKS },
            mallDashboard: { ...DASHBOARD, origin: 'DEMO' },
          })
        : serve(operation),
    );
    const range = await screen.findByText('Data pengunjung 25 Agustus 2026 sampai 23 November 2026.');
    expect(range.parentElement?.textContent).toContain('Contoh');
  });

  it('in English: desk periods, categories and missing IKMs in words, no internal codes (#12 item 14)', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, serve, { language: 'en' });
    const table = await screen.findByRole('table', { name: /IKM/ });
    expect(table.textContent).toContain('A · Very good');
    expect(table.textContent).toContain('Year 2026');
    expect(table.textContent).toContain('fewer respondents than the minimum sample');
    expect(table.textContent).not.toContain('Tahun 2026');
    expectNoInternalCodes();
  });

  it('writes numbers and dates the Indonesian way', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, serve);
    expect(await screen.findByText('Data pengunjung 25 Agustus 2026 sampai 23 November 2026.')).toBeTruthy();
    expect(screen.getByText('Jumlah pengunjung seluruh gerai: 4.621 orang.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Pemakaian kuota harian' }).textContent).toContain('95%');
    expectNoMissingTexts();
  });
});
