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

/** The evaluator's F-02 page with the desk's claim on 1.a.Ak; `link` answers EvidenceDownloadLink. */
function renderScoring(link: Resolver, language: 'id' | 'en' = 'id') {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation, variables) => {
      if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(['EVALUATOR_SCORING'], { claims: [claim] }) });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      if (operation === 'EvidenceDownloadLink') return link(operation, variables);
      throw new Error(operation);
    },
    { user: EVALUATOR, language },
  );
}

const urlOf = (doc: EvidenceDocument) => `/files/evidence/${doc.id}?token=signed.${doc.id}.token`;
const linkTo = (doc: EvidenceDocument) =>
  reply('EvidenceDownloadLink', { evidenceDownloadLink: { url: urlOf(doc), expiresAt: '2026-05-04T03:02:00Z', document: doc } });
const card = () => screen.findByRole('article', { name: /^1\.a\.Ak ·/ });

// jsdom has no windows to open and downloads nothing: these stand in for the browser and record the
// URL handed to a new tab, and the link and name of each download. No Blob is ever made.
let opened: unknown[][];
let downloads: { name: string; href: string | null }[];
let openedTab: { opener: unknown } | null;
beforeEach(() => {
  opened = [];
  downloads = [];
  openedTab = { opener: window };
  URL.createObjectURL = jest.fn(() => {
    throw new Error('no Blob should be made: the browser follows the link itself');
  });
  jest.spyOn(window, 'open').mockImplementation((...args: unknown[]) => {
    opened.push(args);
    return openedTab as Window | null;
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.getAttribute('href') });
  });
});
afterEach(() => jest.restoreAllMocks());

describe("the evaluator opens the desk's evidence beside the F-02 score", () => {
  it('lists each document with its name, type, size, SHA-256, uploader and date', async () => {
    renderScoring(() => linkTo(pdf));
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

  it('opens a PDF in a new tab at the signed link the service gives, cut off from this page', async () => {
    const { calls } = renderScoring(() => linkTo(pdf));
    const open = within(await card()).getByRole('button', { name: 'Buka bukti-sp.pdf' });
    open.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(calls.filter((c) => c.operation === 'EvidenceDownloadLink').map((c) => c.variables)).toEqual([{ documentId: 'doc-pdf' }]);
    expect(opened[0]).toEqual([urlOf(pdf), '_blank']);
    expect(openedTab?.opener).toBeNull();
    expect(downloads).toEqual([]);
  });

  it('downloads other types from their link under their file name', async () => {
    renderScoring(() => linkTo(sheet));
    await userEvent.click(within(await card()).getByRole('button', { name: 'Buka rekap-pengaduan.xlsx (diunduh)' }));
    await waitFor(() => expect(downloads).toEqual([{ name: 'rekap-pengaduan.xlsx', href: urlOf(sheet) }]));
    expect(opened).toEqual([]);
  });

  it('downloads a PDF instead when the browser blocks the new tab', async () => {
    openedTab = null;
    renderScoring(() => linkTo(pdf));
    await userEvent.click(within(await card()).getByRole('button', { name: 'Buka bukti-sp.pdf' }));
    await waitFor(() => expect(downloads).toEqual([{ name: 'bukti-sp.pdf', href: urlOf(pdf) }]));
    expect(opened).toHaveLength(1);
    expect(within(await card()).queryByRole('alert')).toBeNull();
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
