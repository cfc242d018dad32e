import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LokusRow } from '../cycles/cycle.operations';
import { connection, cycle } from '../testing/fixtures';
import { renderEvaluation } from '../testing/render-evaluation';
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

describe('adding lokus from the registry', () => {
  it('shows "more" beyond ten matches, and a unit already in the cycle or just added no longer offers "Tambah"', async () => {
    const inCycle = new Set(['unit-2']);
    const { calls } = renderEvaluation('/evaluasi/cycles/cycle-2026', (operation, variables) => {
      switch (operation) {
        case 'EvaluationCycle':
          return reply('EvaluationCycle', { evaluationCycle: cycle(['PREPARATION']) });
        case 'CycleLokus':
          return reply('CycleLokus', { cycleLokus: connection([...inCycle].map((id) => lokusOf(Number(id.split('-')[1])))) });
        case 'RegistryUnits': {
          const first = (variables as { first: number }).first;
          return reply('RegistryUnits', {
            serviceUnits: { totalCount: 14, edges: Array.from({ length: Math.min(first, 14) }, (_, i) => ({ node: unit(i + 1) })) },
          });
        }
        case 'AddLokus':
          inCycle.add('unit-1');
          return reply('AddLokus', { addLokus: lokusOf(1) });
        case 'EvaluatorWorkload':
          return reply('EvaluatorWorkload', { evaluatorWorkload: connection([]) });
        case 'EvaluatorProfiles':
          return reply('EvaluatorProfiles', { evaluatorProfiles: connection([]) });
        case 'InterRaterAgreement':
          return reply('InterRaterAgreement', { interRaterAgreement: [] });
        default:
          throw new Error(`unexpected ${operation}`);
      }
    });
    await userEvent.type(await screen.findByLabelText(/Cari unit di registri/), 'samsat', { delay: null });
    await screen.findByText('SAMSAT 10 · Pemprov 10 · Provinsi 10');
    expect(screen.queryByText(/SAMSAT 11 ·/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tambahkan SAMSAT 2 sebagai lokus' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '10 dari 14 unit cocok. Tampilkan lebih banyak' }));
    expect(await screen.findByText('SAMSAT 14 · Pemprov 14 · Provinsi 14')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Tampilkan lebih banyak/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Tambahkan SAMSAT 1 sebagai lokus' }));
    expect(await screen.findByText('SAMSAT 1 ditambahkan sebagai lokus.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tambahkan SAMSAT 1 sebagai lokus' })).toBeNull());
    expect(calls.filter((c) => c.operation === 'AddLokus')).toHaveLength(1);
  });
});
