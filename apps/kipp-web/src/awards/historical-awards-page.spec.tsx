import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoInternalCodes } from '@simpul/ui/testing';
import { DESK, connection, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import type { HistoricalAwardRow } from './awards.operations';

const TIERS = [
  { year: 2014, winnerSize: 9, name: 'Top 9', source: 'KemenPAN-RB (docs/domain.md §9)' },
  { year: 2015, winnerSize: 25, name: 'Top 25', source: 'KemenPAN-RB (docs/domain.md §9)' },
  { year: 2026, winnerSize: 45, name: 'Top 45', source: null },
];
const UNIT = {
  id: 'unit-62',
  name: 'Biro Perekonomian Kalimantan Tengah',
  agency: { id: 'pemprov-62', name: 'Pemprov Kalimantan Tengah' },
};
const entered = (overrides: Partial<HistoricalAwardRow> = {}): HistoricalAwardRow => ({
  innovationId: 'inv-h1',
  year: 2015,
  award: 'TOP45',
  tierName: 'Top 25',
  title: 'Pengendalian inflasi daerah',
  summary: '',
  category: 'Ekonomi',
  group: 'UMUM',
  serviceUnitId: UNIT.id,
  source: 'Berita uji, 2015',
  enteredAt: '2026-06-15T00:00:00Z',
  ...overrides,
});

describe('past competitions: the national admin', () => {
  it('enters a published 2015 winner, which is listed with that year’s tier (Top 25)', async () => {
    const saved: HistoricalAwardRow[] = [];
    const inputs: unknown[] = [];
    const { calls } = renderKipp('/kipp/kompetisi-terdahulu', (operation, variables) => {
      if (operation === 'KippAwardTiers') return reply('KippAwardTiers', { kippAwardTiers: TIERS });
      if (operation === 'KippHistoricalAwards') return reply('KippHistoricalAwards', { historicalAwards: connection(saved) });
      if (operation === 'KippUnitOptions') return reply('KippUnitOptions', { serviceUnits: connection([UNIT]) });
      if (operation === 'KippRecordHistoricalAward') {
        inputs.push(variables['input']);
        saved.push(entered());
        return reply('KippRecordHistoricalAward', { recordHistoricalAward: entered() });
      }
      return undefined;
    });
    const tiers = await screen.findByRole('table', { name: 'Tingkat pemenang per tahun' });
    expect(within(tiers).getAllByRole('row')[2].textContent).toContain('Top 25');
    expect(await screen.findByText('Belum ada pemenang yang dimasukkan')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Masukkan pemenang' }));
    expect(screen.getAllByText('Sebutkan sumber publikasinya').length).toBeGreaterThan(0);

    const form = screen.getByRole('form', { name: 'Masukkan pemenang dari publikasi' });
    await userEvent.type(within(form).getByLabelText(/^Tahun/), '2015');
    await userEvent.type(within(form).getByLabelText(/^Judul inovasi/), 'Pengendalian inflasi daerah');
    await userEvent.type(within(form).getByLabelText(/^Kategori/), 'Ekonomi');
    await screen.findByRole('option', { name: `${UNIT.name} — ${UNIT.agency.name}` });
    await userEvent.selectOptions(within(form).getByLabelText(/^Unit pelayanan pemilik/), UNIT.id);
    await userEvent.type(within(form).getByLabelText(/^Sumber/), 'Berita uji, 2015');
    await userEvent.click(screen.getByRole('button', { name: 'Masukkan pemenang' }));

    expect(await screen.findByText('✓ Pengendalian inflasi daerah dimasukkan ke katalog.')).toBeTruthy();
    expect(inputs).toEqual([
      {
        year: 2015,
        award: 'TOP45',
        title: 'Pengendalian inflasi daerah',
        summary: '',
        category: 'Ekonomi',
        group: 'UMUM',
        serviceUnitId: UNIT.id,
        source: 'Berita uji, 2015',
      },
    ]);
    const list = await screen.findByRole('table', { name: 'Pemenang yang dimasukkan dari publikasi' });
    expect((await within(list).findByRole('link', { name: 'Pengendalian inflasi daerah' })).closest('tr')?.textContent).toContain('Top 25');
    expect(calls.filter((call) => call.operation === 'KippHistoricalAwards').length).toBeGreaterThan(1);
    expectNoInternalCodes();
  });

  it('shows the service’s refusal at the field it names (a competition run in Simpul)', async () => {
    renderKipp('/kipp/kompetisi-terdahulu', (operation) => {
      if (operation === 'KippAwardTiers') return reply('KippAwardTiers', { kippAwardTiers: TIERS });
      if (operation === 'KippHistoricalAwards') return reply('KippHistoricalAwards', { historicalAwards: connection([entered()]) });
      if (operation === 'KippUnitOptions') return reply('KippUnitOptions', { serviceUnits: connection([UNIT]) });
      if (operation === 'KippUpdateHistoricalAward')
        return errorOf(
          'CONFLICT',
          'year',
          'Kompetisi 2026 dijalankan di Simpul: pemenangnya berasal dari keputusannya sendiri.',
          'The 2026 competition runs in Simpul: its winners come from its own decisions.',
        );
      return undefined;
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah Pengendalian inflasi daerah' }));
    const form = screen.getByRole('form', { name: 'Ubah: Pengendalian inflasi daerah' });
    const year = within(form).getByLabelText(/^Tahun/);
    await userEvent.clear(year);
    await userEvent.type(year, '2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect(
      (await screen.findAllByText('Kompetisi 2026 dijalankan di Simpul: pemenangnya berasal dari keputusannya sendiri.')).length,
    ).toBeGreaterThan(0);
  });

  it('opens an entered winner for correction with its unit chosen, even when the unit is not among the first matches', async () => {
    const others = Array.from({ length: 20 }, (_, at) => ({ ...UNIT, id: `other-${at}`, name: `Unit lain ${at}` }));
    const { calls } = renderKipp('/kipp/kompetisi-terdahulu', (operation, variables) => {
      if (operation === 'KippAwardTiers') return reply('KippAwardTiers', { kippAwardTiers: TIERS });
      if (operation === 'KippHistoricalAwards') return reply('KippHistoricalAwards', { historicalAwards: connection([entered()]) });
      if (operation === 'KippUnitOptions') return reply('KippUnitOptions', { serviceUnits: connection(others) });
      if (operation === 'KippChosenUnit') return reply('KippChosenUnit', { serviceUnit: variables['id'] === UNIT.id ? UNIT : null });
      return undefined;
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah Pengendalian inflasi daerah' }));
    const form = screen.getByRole('form', { name: 'Ubah: Pengendalian inflasi daerah' });
    const unit = within(form).getByLabelText<HTMLSelectElement>(/^Unit pelayanan pemilik/);
    await waitFor(() => expect(unit.selectedOptions[0]?.textContent).toBe(`${UNIT.name} — ${UNIT.agency.name}`));
    expect(calls.filter((call) => call.operation === 'KippChosenUnit').map((call) => call.variables)).toEqual([{ id: UNIT.id }]);
  });

  it('corrects a year’s tier, and the winners entered for that year are listed with the new tier at once', async () => {
    let tierName = 'Top 25';
    renderKipp('/kipp/kompetisi-terdahulu', (operation, variables) => {
      if (operation === 'KippAwardTiers') return reply('KippAwardTiers', { kippAwardTiers: TIERS });
      if (operation === 'KippHistoricalAwards')
        return reply('KippHistoricalAwards', { historicalAwards: connection([entered({ tierName })]) });
      if (operation === 'KippUnitOptions') return reply('KippUnitOptions', { serviceUnits: connection([UNIT]) });
      if (operation === 'KippSetAwardTier') {
        tierName = `Top ${String(variables['winnerSize'])}`;
        return reply('KippSetAwardTier', {
          setKippAwardTier: { year: 2015, winnerSize: 20, name: tierName, source: String(variables['source']) },
        });
      }
      return undefined;
    });
    const list = await screen.findByRole('table', { name: 'Pemenang yang dimasukkan dari publikasi' });
    expect(within(list).getByRole('link', { name: 'Pengendalian inflasi daerah' }).closest('tr')?.textContent).toContain('Top 25');

    const form = screen.getByRole('form', { name: 'Catat atau koreksi tingkat satu tahun' });
    await userEvent.type(within(form).getByLabelText(/^Tahun/), '2015');
    await userEvent.type(within(form).getByLabelText(/^Jumlah pemenang/), '20');
    await userEvent.type(within(form).getByLabelText(/^Sumber/), 'Koreksi dari keputusan 2015');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan tingkat' }));

    expect(await screen.findByText('✓ Tingkat 2015 dicatat: Top 20.')).toBeTruthy();
    await waitFor(() => {
      const refreshed = screen.getByRole('table', { name: 'Pemenang yang dimasukkan dari publikasi' });
      expect(within(refreshed).getByRole('link', { name: 'Pengendalian inflasi daerah' }).closest('tr')?.textContent).toContain('Top 20');
    });
  });

  it('is refused to anyone but the national admin', async () => {
    renderKipp('/kipp/kompetisi-terdahulu', () => undefined, { user: DESK });
    expect(await screen.findByText('Halaman ini untuk admin nasional')).toBeTruthy();
  });
});
