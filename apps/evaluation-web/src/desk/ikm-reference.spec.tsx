import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import { connection, lokus } from '../testing/fixtures';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { SkmHeadlineGap } from '../__generated__/operations';
import type { LatestIkm } from './ikm.operations';
import { SKM_INDICATOR_CODES } from './skm-indicators';

const IKM: LatestIkm = {
  value: 82.47,
  category: { code: 'B', label: 'Baik', labelEn: 'Good' },
  periodKind: 'HALF_YEAR',
  year: 2026,
  number: 1,
  respondents: 384,
  sampleAdequate: true,
  origin: 'OFFICIAL',
  source: 'Laporan SKM Semester I 2026',
};

function render(latestIkm: LatestIkm | null | 'error', language: 'id' | 'en' = 'id', latestIkmGap: SkmHeadlineGap | null = null) {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation) => {
      if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(['F01_FILLING', 'F03_SURVEY']) });
      if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([]) });
      if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      if (operation === 'UnitLatestIkm') {
        if (latestIkm === 'error')
          return { data: null, errors: [{ message: 'Subgraph skm unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
        return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm, latestIkmGap } });
      }
      throw new Error(`unexpected ${operation}`);
    },
    { user: DESK, language },
  );
}

const card = (code: string) => screen.getByRole('article', { name: new RegExp(`^${code.replace(/\./g, '\\.')} ·`) });

describe("the unit's latest IKM on the desk's F-01", () => {
  it('sits next to the claims of 6.a.B–9.a.Ak with value, category, period, respondents, sample and the public results link', async () => {
    const { calls } = render(IKM);
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' }, { timeout: 10_000 });
    for (const code of SKM_INDICATOR_CODES) {
      const reference = within(card(code)).getByRole('region', { name: 'Rujukan: IKM terbaru unit' });
      expect(await within(reference).findByText('IKM 82,47 (B, Baik)')).toBeTruthy();
      expect(reference.textContent).toContain('Periode: Semester I 2026');
      expect(reference.textContent).toContain('384 responden');
      expect(reference.textContent).toContain('sampel mencukupi');
      expect(reference.textContent).toContain('ResmiSumber: Laporan SKM Semester I 2026');
      expect(within(reference).getByRole('link', { name: 'Lihat hasil SKM publik unit ini' }).getAttribute('href')).toBe(
        '/skm/units/unit-1/public',
      );
    }
    expect(within(card('1.a.Ak')).queryByRole('region', { name: 'Rujukan: IKM terbaru unit' })).toBeNull();
    // One request for the whole page, through the gateway's ServiceUnit, not one per indicator.
    expect(calls.filter((c) => c.operation === 'UnitLatestIkm')).toEqual([{ operation: 'UnitLatestIkm', variables: { id: 'unit-1' } }]);
  });

  it('says plainly when the unit has no IKM yet, and when the sample is not adequate', async () => {
    render(null);
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' }, { timeout: 10_000 });
    expect(await within(card('6.a.B')).findByText(/Unit ini belum memiliki IKM dari SKM di Simpul/)).toBeTruthy();
  });

  it('says in words why there is no headline IKM when the SKM service names a reason', async () => {
    render(null, 'en', 'SAMPLE_TOO_SMALL');
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' }, { timeout: 10_000 });
    expect(await within(card('6.a.B')).findByText(/fewer respondents than the minimum sample/)).toBeTruthy();
    expectNoInternalCodes(card('6.a.B'));
  });

  it('reads in English, including a sample that is not yet adequate', async () => {
    render({ ...IKM, sampleAdequate: false, respondents: 120 }, 'en');
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' }, { timeout: 10_000 });
    const reference = within(card('6.a.B')).getByRole('region', { name: "Reference: the unit's latest IKM" });
    expect(await within(reference).findByText('IKM 82.47 (B, Good)')).toBeTruthy();
    expect(reference.textContent).toContain('120 respondents');
    expect(reference.textContent).toContain('sample not yet adequate');
    // The period in English from its kind, year and number, never the server's "Semester I 2026" (#12 item 14).
    expect(reference.textContent).toContain('Period: First half of 2026');
    expect(reference.textContent).not.toContain('Semester I 2026 ·');
    expectNoInternalCodes(reference);
  });

  it('keeps the F-01 usable when the SKM service cannot answer', async () => {
    render('error');
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' }, { timeout: 10_000 });
    expect(await within(card('6.a.B')).findByText(/IKM unit tidak dapat dimuat saat ini/)).toBeTruthy();
    expect(within(card('6.a.B')).getByRole('button', { name: 'Simpan klaim 6.a.B' })).toBeTruthy();
  });
});
