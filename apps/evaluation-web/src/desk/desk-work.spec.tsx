import { getInstrument, pathToNextCategory } from '@simpul/scoring';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indicatorsOf } from '../shared/instrument';
import { connection, lokus } from '../testing/fixtures';
import { DESK, errorOf, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { Claim } from '../lokus/lokus.operations';

const instrument = getInstrument('pekppp-2024-a');
const codes = indicatorsOf(instrument).map((i) => i.code);
const claim = (code: string, level: number, version = 1): Claim => ({
  lokusId: 'lokus-1',
  indicatorCode: code,
  level,
  justification: 'Ada SK dan dokumentasi',
  version,
  updatedAt: '2026-11-01T00:00:00Z',
  evidence: [],
});
const claims = codes.map((code) => claim(code, 3));

function render(
  resolveMore: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined,
  phases: Parameters<typeof lokus>[0] = ['F01_FILLING', 'F03_SURVEY'],
) {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation, variables) => {
      const more = resolveMore(operation, variables);
      if (more !== undefined) return more;
      if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(phases, { claims }) });
      if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([]) });
      if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
      if (operation === 'UnitLatestIkm')
        return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm: null, latestIkmGap: null } });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      throw new Error(`unexpected ${operation}`);
    },
    { user: DESK },
  );
}

const card = (code: string) => screen.getByRole('article', { name: new RegExp(`^${code.replace(/\./g, '\\.')} ·`) });

describe('desk F-01 with the live gap analysis', () => {
  it('recomputes the gap in the browser as a claim changes, before anything is saved', async () => {
    const { calls } = render();
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    const live = screen.getByTestId('gap-live');
    const before = pathToNextCategory(instrument, { f02: Object.fromEntries(codes.map((c) => [c, 3])) });
    expect(live.textContent).toContain(`Untuk naik ke kategori ${before.target?.code}`);
    for (const step of before.steps) expect(live.textContent).toContain(`${step.code} dari ${step.from} ke ${step.to}`);

    await userEvent.click(within(card('1.a.Ak')).getByRole('radio', { name: /^Level 5/ }));
    const after = pathToNextCategory(instrument, { f02: { ...Object.fromEntries(codes.map((c) => [c, 3])), '1.a.Ak': 5 } });
    expect(after).not.toEqual(before);
    await waitFor(() => expect(live.textContent).toContain(`IPP dari klaim: ${after.fromIndex.toFixed(2).replace('.', ',')}`));
    for (const step of after.steps) expect(live.textContent).toContain(`${step.code} dari ${step.from} ke ${step.to}`);
    expect(calls.some((c) => c.operation === 'SaveF01Claim')).toBe(false);
    expect(document.body.textContent).not.toMatch(/evaluation\.[a-z]/);
  });

  it('puts the server field error on the justification of that indicator', async () => {
    const { calls } = render((operation) =>
      operation === 'SaveF01Claim'
        ? errorOf('BAD_USER_INPUT', 'input.justification', 'Justifikasi terlalu pendek', 'Justification too short')
        : undefined,
    );
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    await userEvent.click(within(card('2.a.P')).getByRole('button', { name: 'Simpan klaim 2.a.P' }));
    const field = await within(card('2.a.P')).findByLabelText(/Justifikasi/, { selector: 'textarea' });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(within(card('2.a.P')).getByText('Justifikasi terlalu pendek')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'SaveF01Claim')?.variables).toEqual({
      input: { lokusId: 'lokus-1', indicatorCode: '2.a.P', level: 3, justification: 'Ada SK dan dokumentasi', expectedVersion: 1 },
    });
  });

  it('refuses a file that is too large or of a forbidden type before uploading it', async () => {
    const { calls, container } = render();
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    const input = container.querySelector('#evidence-1\\.a\\.Ak') as HTMLElement;
    const fileInput = (input.closest('div')?.parentElement?.querySelector('input[type="file"]') ??
      container.querySelector('input[type="file"]')) as HTMLInputElement;
    const big = new File(['x'], 'sk.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    fireEvent.change(fileInput, { target: { files: [big] } });
    expect(await screen.findByText(/Berkas lebih besar dari 10 MB/)).toBeTruthy();
    const exe = new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' });
    fireEvent.change(fileInput, { target: { files: [exe] } });
    expect(await screen.findByText(/Jenis berkas tidak diterima/)).toBeTruthy();
    expect(calls.some((c) => c.operation === 'UploadEvidenceDocument')).toBe(false);
  });

  it('says when a chosen file cannot be read instead of leaving the upload hanging', async () => {
    const read = jest.spyOn(FileReader.prototype, 'readAsDataURL').mockImplementation(function (this: FileReader) {
      this.onerror?.(new ProgressEvent('error') as ProgressEvent<FileReader>);
    });
    try {
      const { calls, container } = render();
      await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
      const fileInput = container.querySelector<HTMLInputElement>('input[type="file"]');
      expect(fileInput).not.toBeNull();
      fireEvent.change(fileInput as HTMLInputElement, {
        target: { files: [new File(['%PDF-1.7'], 'sk.pdf', { type: 'application/pdf' })] },
      });
      expect(await screen.findByText('Berkas tidak dapat dibaca. Pilih berkas lain.')).toBeTruthy();
      expect(calls.some((c) => c.operation === 'UploadEvidenceDocument')).toBe(false);
    } finally {
      read.mockRestore();
    }
  });

  it('makes claims read-only outside the F-01 phase', async () => {
    render(undefined, ['EVALUATOR_SCORING']);
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    expect(screen.getByText('Pengisian F-01 ditutup')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Simpan klaim/ })).toBeNull();
  });
});
