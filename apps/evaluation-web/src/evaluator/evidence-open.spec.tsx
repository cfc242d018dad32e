import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim, EvidenceDocument } from '../lokus/lokus.operations';
import { connection, lokus } from '../testing/fixtures';
import { errorOf, EVALUATOR, renderEvaluation, type Resolver } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

const SHA = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pdf: EvidenceDocument = {
  id: 'doc-pdf',
  serviceUnitId: 'unit-1',
  fileName: 'bukti-sp.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 12_800,
  sha256: SHA,
  uploadedByName: 'Desk SAMSAT Kalimantan Selatan',
  uploadedAt: '2026-05-04T03:00:00Z',
};
const sheet: EvidenceDocument = { ...pdf, id: 'doc-xlsx', fileName: 'rekap-pengaduan.xlsx', mimeType: XLSX, sizeBytes: 2_345_678 };

const claim: Claim = {
  lokusId: 'lokus-1',
  indicatorCode: '1.a.Ak',
  level: 4,
  justification: 'SP ditetapkan.',
  version: 1,
  updatedAt: '2026-05-04T03:00:00Z',
  evidence: [pdf, sheet],
};

/** The evaluator's F-02 page with the desk's claim on 1.a.Ak; `content` answers EvidenceDocumentContent. */
function renderScoring(content: Resolver, language: 'id' | 'en' = 'id') {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation, variables) => {
      if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(['EVALUATOR_SCORING'], { claims: [claim] }) });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      if (operation === 'EvidenceDocumentContent') return content(operation, variables);
      throw new Error(operation);
    },
    { user: EVALUATOR, language },
  );
}

const contentOf = (doc: EvidenceDocument, text: string) =>
  reply('EvidenceDocumentContent', { evidenceDocumentContent: { document: doc, contentBase64: btoa(text) } });
const card = () => screen.findByRole('article', { name: /^1\.a\.Ak ·/ });

// jsdom has neither object URLs nor windows to open: these two stand in for the browser, and record
// the Blob and the URL the page hands them.
let blobs: Blob[];
let opened: unknown[][];
let downloads: string[];
beforeEach(() => {
  blobs = [];
  opened = [];
  downloads = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:simpul/${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(window, 'open').mockImplementation((...args: unknown[]) => {
    opened.push(args);
    return {} as Window;
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => jest.restoreAllMocks());

describe("the evaluator opens the desk's evidence beside the F-02 score", () => {
  it('lists each document with its name, type, size, SHA-256, uploader and date', async () => {
    renderScoring(() => contentOf(pdf, '%PDF-1.4'));
    const list = within(await card()).getByRole('list', { name: 'Bukti dukung' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('bukti-sp.pdf');
    expect(first?.textContent).toContain('PDF · 12,5 KB · diunggah Desk SAMSAT Kalimantan Selatan, 4 Mei 2026');
    expect(first?.textContent).toContain('a3f1c2d4e5b6…');
    // The whole SHA-256 is read out (the shortened one is hidden from screen readers) and can be copied.
    expect(within(first).getByText(SHA)).toBeTruthy();
    expect(within(first).getByRole('button', { name: 'Salin SHA-256 bukti-sp.pdf' })).toBeTruthy();
    expect(second?.textContent).toContain('XLSX · 2,2 MB');
  });

  it('opens a PDF in a new tab from a Blob of its own type, fetched through the service', async () => {
    const { calls } = renderScoring(() => contentOf(pdf, '%PDF-1.4 bukti'));
    const open = within(await card()).getByRole('button', { name: 'Buka bukti-sp.pdf' });
    open.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(calls.filter((c) => c.operation === 'EvidenceDocumentContent').map((c) => c.variables)).toEqual([{ documentId: 'doc-pdf' }]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]?.type).toBe('application/pdf');
    expect(blobs[0]?.size).toBe('%PDF-1.4 bukti'.length);
    expect(opened[0]).toEqual(['blob:simpul/1', '_blank']);
    expect(downloads).toEqual([]);
  });

  it('downloads other types under their file name', async () => {
    renderScoring(() => contentOf(sheet, 'PK-xlsx'));
    await userEvent.click(within(await card()).getByRole('button', { name: 'Buka rekap-pengaduan.xlsx (diunduh)' }));
    await waitFor(() => expect(downloads).toEqual(['rekap-pengaduan.xlsx']));
    expect(blobs[0]?.type).toBe(XLSX);
    expect(opened).toEqual([]);
  });

  it('shows a refusal from the service as a visible message, in the reader’s language', async () => {
    renderScoring(() =>
      errorOf(
        'FORBIDDEN',
        null,
        'Hanya petugas unit, evaluator yang ditugaskan pada lokus yang memakai dokumen ini, dan admin nasional yang boleh membukanya.',
        'Only the unit’s desk, the evaluators assigned to a lokus this document supports and the national admin may open it.',
      ),
    );
    await userEvent.click(within(await card()).getByRole('button', { name: 'Buka bukti-sp.pdf' }));
    const alert = await within(await card()).findByRole('alert');
    expect(alert.textContent).toContain('bukti-sp.pdf tidak dapat dibuka');
    expect(alert.textContent).toContain('evaluator yang ditugaskan pada lokus yang memakai dokumen ini');
    expect(opened).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('shows a network failure too, and speaks English when switched', async () => {
    renderScoring(() => {
      throw new TypeError('Failed to fetch');
    }, 'en');
    await userEvent.click(within(await card()).getByRole('button', { name: 'Open bukti-sp.pdf' }));
    const alert = await within(await card()).findByRole('alert');
    expect(alert.textContent).toContain('bukti-sp.pdf could not be opened');
    expect(alert.textContent).toContain('The server could not be reached');
    expect(within(await card()).getByRole('list', { name: 'Evidence' }).textContent).toContain(
      'uploaded by Desk SAMSAT Kalimantan Selatan',
    );
  });
});
