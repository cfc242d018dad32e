import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LokusRow } from '../cycles/cycle.operations';
import { connection, cycle } from '../testing/fixtures';
import { renderEvaluation, type Resolver } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { RegistryUnit } from './lokus.operations';

const unit = (i: number): RegistryUnit => ({
  id: `unit-${i}`,
  name: `SAMSAT ${i}`,
  kind: 'SAMSAT',
  serviceGroup: 'ADMINISTRASI',
  agency: { id: `agency-${i}`, name: `Pemprov ${i}`, type: 'PROVINSI' },
  region: { code: String(10 + i), name: `Provinsi ${i}`, level: 'PROVINCE', parent: null },
});
const lokusOf = (i: number): LokusRow => ({
  id: `lokus-${i}`,
  cycleId: 'cycle-2026',
  serviceUnitId: `unit-${i}`,
  unitName: `SAMSAT ${i}`,
  unitKind: 'SAMSAT',
  serviceGroup: 'ADMINISTRASI',
  agencyName: `Pemprov ${i}`,
  provinceName: `Provinsi ${i}`,
  cohort: 'PROVINCE:SAMSAT',
  cohortLabel: 'Samsat tingkat provinsi',
  cohortLabelEn: 'Provincial Samsat',
  instrumentId: 'pekppp-2024-a',
  assignments: [],
});

/** A cycle in preparation with `instrumentIds`, 14 registry Samsat, unit-2 already a lokus; `imported` receives importLokus' rows. */
function preparation(instrumentIds: string[], imported: unknown[][]): Resolver {
  const inCycle = new Set(['unit-2']);
  return (operation, variables) => {
    switch (operation) {
      case 'EvaluationCycle':
        return reply('EvaluationCycle', { evaluationCycle: cycle(['PREPARATION'], { instrumentIds }) });
      case 'CycleLokus':
        return reply('CycleLokus', { cycleLokus: connection([...inCycle].map((id) => lokusOf(Number(id.split('-')[1])))) });
      case 'RegistryUnits': {
        const first = (variables as { first: number }).first;
        return reply('RegistryUnits', {
          serviceUnits: { totalCount: 14, edges: Array.from({ length: Math.min(first, 14) }, (_, i) => ({ node: unit(i + 1) })) },
        });
      }
      case 'ImportLokus': {
        const rows = (variables as { rows: { serviceUnitId: string }[] }).rows;
        imported.push(rows);
        rows.forEach((row) => inCycle.add(row.serviceUnitId));
        return reply('ImportLokus', { importLokus: { added: rows.length, alreadyPresent: 0, errors: [] } });
      }
      case 'EvaluatorWorkload':
        return reply('EvaluatorWorkload', { evaluatorWorkload: connection([]) });
      case 'EvaluatorProfiles':
        return reply('EvaluatorProfiles', { evaluatorProfiles: connection([]) });
      case 'InterRaterAgreement':
        return reply('InterRaterAgreement', { interRaterAgreement: [] });
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('adding lokus from the registry by search', () => {
  it('chooses units from the search results (ten, then more), never one already a lokus, and adds them with the chosen instrument', async () => {
    const imported: unknown[][] = [];
    renderEvaluation('/evaluasi/cycles/cycle-2026', preparation(['pekppp-2024-a', 'pekppp-2024-b'], imported));
    await userEvent.type(await screen.findByLabelText(/Cari unit di registri/), 'samsat', { delay: null });
    await screen.findByText('SAMSAT 10 · Pemprov 10 · Provinsi 10');
    expect(screen.queryByText(/SAMSAT 11 ·/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pilih SAMSAT 2' })).toBeNull();
    expect(screen.getByText('Sudah menjadi lokus')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '10 dari 14 unit cocok. Tampilkan lebih banyak' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih SAMSAT 14' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pilih SAMSAT 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pilih SAMSAT 3' }));
    expect(screen.getByRole('button', { name: 'Pilih SAMSAT 3' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Batalkan pilihan SAMSAT 3' }));
    expect(screen.getByRole('heading', { name: 'Unit yang dipilih (2)' })).toBeTruthy();

    // The instruments by name, "sementara" where the data file says so; never their ids.
    const instrument = screen.getByLabelText(/Instrumen penilaian/);
    const options = within(instrument)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['PEKPPP 2024, Formulir A (pelayanan luring)', 'PEKPPP 2024, Formulir B (pelayanan daring), sementara']);
    expect(document.body.textContent).not.toMatch(/pekppp-2024/);
    await userEvent.selectOptions(instrument, 'PEKPPP 2024, Formulir B (pelayanan daring), sementara');

    await userEvent.click(screen.getByRole('button', { name: 'Tambahkan 2 unit sebagai lokus' }));
    expect(await screen.findByText('2 lokus ditambahkan; 0 sudah menjadi lokus.')).toBeTruthy();
    expect(imported).toHaveLength(1);
    expect(imported[0]).toEqual([
      expect.objectContaining({ serviceUnitId: 'unit-14', unitName: 'SAMSAT 14', instrumentId: 'pekppp-2024-b' }),
      expect.objectContaining({ serviceUnitId: 'unit-1', governmentLevel: 'PROVINCE', instrumentId: 'pekppp-2024-b' }),
    ]);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Unit yang dipilih (0)' })).toBeTruthy());
    // Just added: no longer offered.
    expect(screen.queryByRole('button', { name: 'Pilih SAMSAT 14' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pilih SAMSAT 1' })).toBeNull();
    // The whole cycle page and some twenty steps: room for a loaded machine beyond the project's 30 s.
  }, 120_000);

  it('with one instrument it names it and offers no choice; adding nothing is refused in the summary', async () => {
    const imported: unknown[][] = [];
    renderEvaluation('/evaluasi/cycles/cycle-2026', preparation(['pekppp-2024-a'], imported));
    expect(await screen.findByText('Instrumen penilaian: PEKPPP 2024, Formulir A (pelayanan luring)')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /Instrumen penilaian/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Tambahkan 0 unit sebagai lokus' }));
    expect(await screen.findByText('Pilih paling sedikit satu unit')).toBeTruthy();
    expect(imported).toEqual([]);
  });
});
