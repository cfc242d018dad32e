import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim, EvidenceDocument } from '../lokus/lokus.operations';
import { connection, lokus } from '../testing/fixtures';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

const photo: EvidenceDocument = {
  id: 'doc-jpg',
  serviceUnitId: 'unit-1',
  fileName: 'papan-antrean.jpg',
  mimeType: 'image/jpeg',
  sizeBytes: 845,
  sha256: 'b'.repeat(64),
  uploadedByName: null,
  uploadedAt: '2026-05-04T03:00:00Z',
};
const claim: Claim = {
  lokusId: 'lokus-1',
  indicatorCode: '1.a.Ak',
  level: 3,
  justification: 'Ada foto.',
  version: 1,
  updatedAt: '2026-05-04T03:00:00Z',
  evidence: [photo],
};

describe("the desk opens its own unit's evidence in the F-01 slot", () => {
  let opened: unknown[][];
  beforeEach(() => {
    opened = [];
    // jsdom has no windows to open; this records what the page hands the browser.
    jest.spyOn(window, 'open').mockImplementation((...args: unknown[]) => {
      opened.push(args);
      return {} as Window;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows the details beside "Lepas" and opens an image inline in a new tab', async () => {
    renderEvaluation(
      '/evaluasi/lokus/lokus-1',
      (operation) => {
        if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(['F01_FILLING', 'F03_SURVEY'], { claims: [claim] }) });
        if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([photo]) });
        if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
        if (operation === 'UnitLatestIkm')
          return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm: null, latestIkmGap: null } });
        if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
        if (operation === 'EvidenceDownloadLink')
          return reply('EvidenceDownloadLink', {
            evidenceDownloadLink: { url: '/files/evidence/doc-jpg?token=t', expiresAt: '2026-05-04T03:02:00Z', document: photo },
          });
        throw new Error(`unexpected ${operation}`);
      },
      { user: DESK },
    );
    const card = await screen.findByRole('article', { name: /^1\.a\.Ak ·/ });
    const item = within(card).getByRole('listitem');
    expect(item.textContent).toContain('JPG · 845 byte · diunggah pengunggah tidak tercatat');
    expect(within(item).getByRole('button', { name: 'Lepas papan-antrean.jpg' })).toBeTruthy();
    await userEvent.click(within(item).getByRole('button', { name: 'Buka papan-antrean.jpg' }));
    await waitFor(() => expect(opened).toEqual([['/files/evidence/doc-jpg?token=t', '_blank']]));
  });
});
