import { getInstrument } from '@simpul/scoring';
import { screen, within } from '@testing-library/react';
import { indicatorsOf } from '../shared/instrument';
import { connection, lokus } from '../testing/fixtures';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { Claim, LokusDetail, LokusResult } from '../lokus/lokus.operations';

const instrument = getInstrument('pekppp-2024-a');
const codes = indicatorsOf(instrument).map((i) => i.code);
const claim = (code: string, level: number): Claim => ({
  lokusId: 'lokus-1',
  indicatorCode: code,
  level,
  justification: 'Ada SK dan dokumentasi',
  version: 1,
  updatedAt: '2026-11-01T00:00:00Z',
  evidence: [],
});

const official: LokusResult = {
  id: 'r-1',
  lokusId: 'lokus-1',
  cycleId: 'cycle-2026',
  year: 2026,
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
  cohort: 'PROVINCE:SAMSAT',
  cohortLabel: 'Samsat tingkat provinsi',
  cohortLabelEn: 'Provincial Samsat',
  rank: 20,
  cohortSize: 34,
  rankLabel: { id: 'peringkat 20 dari 34', en: 'rank 20 of 34' },
  reason: null,
  computedAt: '2026-12-01T00:00:00Z',
  origin: 'OFFICIAL',
  source: 'Keputusan Menteri PANRB Nomor 1 Tahun 2026',
  indicatorsOrigin: 'OFFICIAL',
  cycleName: 'PEKPPP 2026',
  scheme: 'PEMANTAUAN',
  label: { id: 'PEKPPP 2026 (Pemantauan): peringkat 20 dari 34', en: 'PEKPPP 2026 (Monitoring): rank 20 of 34' },
};

/** The desk's lokus page with the given lokus; the other queries answer empty. */
async function open(detail: LokusDetail) {
  renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation) => {
      if (operation === 'LokusById') return reply('LokusById', { lokusById: detail });
      if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([]) });
      if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
      if (operation === 'UnitLatestIkm')
        return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm: null, latestIkmGap: null } });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      throw new Error(`unexpected ${operation}`);
    },
    { user: DESK },
  );
  await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
}

const gapPanel = () => screen.getByRole('region', { name: 'Analisis kesenjangan (langsung)' });

describe('desk gap panel: empty, estimate, official result', () => {
  it('an empty F-01 shows an empty state, not an index and a failing grade', async () => {
    await open(lokus(['F01_FILLING'], { claims: [] }));
    const panel = gapPanel();
    expect(within(panel).getByRole('heading', { level: 3, name: 'Belum ada klaim' })).toBeTruthy();
    expect(panel.textContent).toContain('Isi klaim indikator pertama untuk melihat perkiraan IPP');
    expect(panel.textContent).not.toContain('0,00');
    expect(panel.textContent).not.toContain('Gagal');
    expect(panel.textContent).not.toContain('IPP dari klaim');
  });

  it('a partly filled F-01 shows the estimate and says it is from N of M claims', async () => {
    const some = codes.slice(0, 3).map((code) => claim(code, 4));
    await open(lokus(['F01_FILLING'], { claims: some }));
    const panel = gapPanel();
    expect(panel.textContent).toContain(`Perkiraan berdasarkan 3 dari ${codes.length} klaim indikator.`);
    expect(panel.textContent).toContain('IPP dari klaim: ');
    expect(panel.textContent).toContain(`${codes.length - 3} indikator belum diklaim dan dihitung 0.`);
    expect(within(panel).queryByRole('heading', { name: 'Belum ada klaim' })).toBeNull();
  });

  it('a published lokus with a result shows the official result and no estimate', async () => {
    const published = lokus(['PUBLISHED'], { claims: codes.map((code) => claim(code, 3)), result: official });
    published.cycle = { ...published.cycle, finalisedAt: '2026-11-30T00:00:00Z', publishedAt: '2026-12-05T00:00:00Z' };
    await open(published);
    const panel = screen.getByRole('region', { name: 'Hasil resmi' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Hasil resmi' })).toBeTruthy();
    expect(panel.textContent).toContain('4,02');
    expect(panel.textContent).toContain('Sangat Baik');
    expect(panel.textContent).toContain('Dipublikasikan 5 Desember 2026.');
    expect(panel.textContent).toContain('Sumber: Keputusan Menteri PANRB Nomor 1 Tahun 2026');
    expect(screen.queryByRole('region', { name: 'Analisis kesenjangan (langsung)' })).toBeNull();
    expect(screen.queryByTestId('gap-live')).toBeNull();
    expect(document.body.textContent).not.toContain('IPP dari klaim');
    expect(document.body.textContent).not.toMatch(/evaluation\.[a-z]/);
  });
});
