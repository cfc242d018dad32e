import { screen } from '@testing-library/react';
import type { SkmSurveyQuery } from '../__generated__/operations';
import { ADMIN, NINE, renderSkm } from '../testing/render-skm';
import { reply } from '../testing/reply';

const TENTH = { code: 'U10', name: 'Kemudahan parkir', weight: '0.1', required: true };
const DESK_SURVEY: SkmSurveyQuery['skmSurvey'] = {
  id: 's8',
  title: 'SKM Gerai 8 MPP Kota Banjarmasin 2026',
  serviceUnitId: 'unit-bpjs',
  mallId: 'mall-1',
  deskId: 'desk-8',
  periodKind: 'YEAR',
  year: 2026,
  number: 1,
  periodLabel: 'Tahun 2026',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  expectedUsers: 2400,
  opensAt: null,
  closesAt: null,
  publicCode: 'LOKET8',
  publicUrl: 'http://127.0.0.1:4200/skm/s/LOKET8',
  kioskUrl: 'http://127.0.0.1:4200/skm/kiosk/LOKET8',
  elements: [...NINE, TENTH],
  serviceUnit: { id: 'unit-bpjs', name: 'BPJS Kesehatan Kantor Cabang Banjarmasin' },
  result: {
    surveyId: 's8',
    periodLabel: 'Tahun 2026',
    origin: 'OFFICIAL',
    source: null,
    ikm: null,
    elements: [],
    sample: { expectedUsers: 2400, required: 331, respondents: 0, adequate: false, shortBy: 331, percent: 0 },
    exclusions: { excluded: 0, pendingReview: 0, reasons: [] },
  },
  followUps: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
};

describe('QR poster', () => {
  it('a desk poster names the desk’s survey beside the unit and counts the survey’s own questions', async () => {
    renderSkm(
      '/skm/surveys/s8/poster',
      (operation) =>
        operation === 'SkmSurvey'
          ? reply('SkmSurvey', { skmSurvey: DESK_SURVEY })
          : { data: null, errors: [{ message: `unexpected ${operation}` }] },
      { user: ADMIN },
    );
    expect(await screen.findByRole('img', { name: 'Kode QR menuju http://127.0.0.1:4200/skm/s/LOKET8' })).toBeTruthy();
    expect(screen.getByText('BPJS Kesehatan Kantor Cabang Banjarmasin')).toBeTruthy();
    expect(screen.getByText('SKM Gerai 8 MPP Kota Banjarmasin 2026')).toBeTruthy();
    expect(screen.getByText(/Hanya 10 pertanyaan, tanpa nama atau NIK\./)).toBeTruthy();
    expect(screen.getByText(/Only 10 questions, no name or ID number\./)).toBeTruthy();
  });
});
