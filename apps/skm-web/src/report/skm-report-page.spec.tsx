import { SKM_ELEMENTS } from '@simpul/scoring';
import { dateInWords } from '@simpul/ui';
import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import { renderSkm, UNIT_DESK } from '../testing/render-skm';
import { reply } from '../testing/reply';
import { SKM_REPORT_MESSAGES } from './skm-report-messages';
import type { SkmReportData } from './skm-report.operations';

const connection = <T,>(rows: T[]) => ({
  totalCount: rows.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: rows.map((node, index) => ({ cursor: String(index), node })),
});

const VALUES = [90.1, 85.2, 70.4, 95, 88, 87.5, 91, 76.2, 80.3];

function survey(origin: 'OFFICIAL' | 'DEMO'): SkmReportData {
  return {
    id: 's1',
    title: 'SKM Samsat Banjarmasin',
    serviceUnitId: 'unit-1',
    mallId: null,
    deskId: null,
    periodKind: 'HALF_YEAR',
    year: 2026,
    number: 1,
    periodLabel: 'Semester I 2026',
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
    serviceUnit: {
      id: 'unit-1',
      name: 'Samsat Banjarmasin',
      agency: { id: 'a-1', name: 'Badan Pendapatan Daerah Provinsi Kalimantan Selatan' },
      region: { code: '63.71', name: 'Kota Banjarmasin' },
    },
    desk: null,
    result: {
      surveyId: 's1',
      origin,
      source: null,
      ikm: { value: 84.75, interval: 3.39, respondents: 412, category: { code: 'B', label: 'Baik', labelEn: 'Good' } },
      elements: SKM_ELEMENTS.map((e, i) => ({
        code: e.code,
        name: e.name ?? e.code,
        weight: 1 / 9,
        answered: 412,
        nrr: VALUES[i] / 25,
        value: VALUES[i],
        categoryCode: VALUES[i] >= 88.31 ? 'A' : VALUES[i] >= 76.61 ? 'B' : 'C',
        weak: VALUES[i] < 76.61,
      })),
      sample: { expectedUsers: 12000, required: 373, respondents: 412, adequate: true, shortBy: 0, percent: 110 },
      exclusions: { excluded: 3 },
      sex: connection([
        { bucket: 'MALE', respondents: 220 },
        { bucket: 'FEMALE', respondents: 192 },
      ]),
      age: connection([{ bucket: 'AGE_20_29', respondents: 412 }]),
      education: connection([{ bucket: 'SMA', respondents: 412 }]),
      occupation: connection([{ bucket: 'UNKNOWN', respondents: 412 }]),
    },
    followUps: connection([
      {
        id: 'f1',
        elementCode: 'U3',
        elementName: 'Waktu penyelesaian',
        action: 'Menambah loket pengesahan STNK pada jam sibuk',
        owner: 'Kepala Seksi Pelayanan',
        dueOn: '2026-09-30',
        status: 'IN_PROGRESS' as const,
        outcome: null,
      },
    ]),
  };
}

function network(data: SkmReportData, issued: Record<string, unknown>[]) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'SkmReport') return reply('SkmReport', { skmSurvey: data });
    if (operation === 'IssueDocument') {
      issued.push(variables);
      return reply('IssueDocument', { issueDocument: { code: 'SKM2345EFGHJ', issuedAt: '2026-12-07T02:00:00Z' } });
    }
    throw new Error(`unexpected ${operation}`);
  };
}

describe('the SKM report (PermenPANRB 14/2017) as an A4 document', () => {
  it('has the Permen’s parts: unit and period, sample, respondent profile, IKM and band, each element, analysis, follow-up plan, conclusion', async () => {
    const issued: Record<string, unknown>[] = [];
    renderSkm('/skm/surveys/s1/report', network(survey('OFFICIAL'), issued), { user: UNIT_DESK });
    const sheet = await screen.findByRole('article', { name: 'Laporan SKM: SKM Samsat Banjarmasin' });
    const text = sheet.textContent ?? '';
    expect(sheet.querySelector('.simpul-letterhead-body')?.textContent).toBe('Badan Pendapatan Daerah Provinsi Kalimantan Selatan');
    expect(within(sheet).getByText('Laporan Hasil Survei Kepuasan Masyarakat')).toBeTruthy();
    expect(within(sheet).getByText('Disusun menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017')).toBeTruthy();
    expect(text).toContain('1 Januari 2026 s.d. 30 Juni 2026');
    // Sample: population, Krejcie–Morgan minimum, respondents.
    expect(within(sheet).getByRole('row', { name: /Populasi.*12\.000/ })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: /Krejcie dan Morgan.*373/ })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: /responden yang dihitung.*412/ })).toBeTruthy();
    // Profile in words, never as codes.
    expect(within(sheet).getByRole('row', { name: /Perempuan 192 46,6%/ })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: /Tidak diisi 412 100,0%/ })).toBeTruthy();
    // IKM, mutu and kinerja; the Permen's conversion table.
    expect(within(sheet).getByRole('row', { name: 'Nilai IKM 84,75' })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: 'Mutu pelayanan B' })).toBeTruthy();
    expect(within(sheet).getByRole('row', { name: '88,31 – 100,00 A Sangat Baik' })).toBeTruthy();
    // U1–U9 and the weakest first in the analysis.
    expect(within(sheet).getByRole('row', { name: /U3 · Waktu penyelesaian 412 2,82 70,40 C/ })).toBeTruthy();
    expect(text).toContain('Unsur dengan nilai terendah: U3 Waktu penyelesaian (70,40)');
    // The follow-up plan as skm-service records it.
    expect(
      within(sheet).getByRole('row', { name: /Menambah loket pengesahan STNK.*Kepala Seksi Pelayanan.*30 September 2026.*Berjalan/ }),
    ).toBeTruthy();
    expect(text).toContain('Jumlah responden memenuhi sampel minimal 373.');
    // Signatory in the unit's town with today's date in words, and the registered QR.
    expect(within(sheet).getByText(`Banjarmasin, ${dateInWords(new Date(), 'id')}`)).toBeTruthy();
    expect(await within(sheet).findByText('Kode verifikasi: SKM2345EFGHJ')).toBeTruthy();
    expect(within(sheet).queryByRole('note')).toBeNull();
    expectNoInternalCodes();

    expect(issued).toHaveLength(1);
    const input = (issued[0] as { input: { kind: string; subjectId: string; figures: { label: string; value: string }[] } }).input;
    expect(input).toMatchObject({ kind: 'SKM_REPORT', subjectId: 's1', sourcePath: '/skm/surveys/s1/report' });
    expect(input.figures).toEqual(
      expect.arrayContaining([
        { label: 'IKM', value: '84,75 (B, Baik)' },
        { label: 'Populasi', value: '12.000' },
        { label: 'Sampel minimal (Krejcie–Morgan)', value: '373' },
        { label: 'Responden', value: '412' },
        { label: 'Unsur U3', value: '70,40 (C)' },
        { label: 'Rencana tindak lanjut', value: '1' },
      ]),
    );
    await expectAccessible();
  });

  it('says on the letterhead that demo answers make no official report, in English when switched', async () => {
    renderSkm('/skm/surveys/s1/report', network(survey('DEMO'), []), { user: UNIT_DESK, language: 'en' });
    const sheet = await screen.findByRole('article', { name: 'SKM report: SKM Samsat Banjarmasin' });
    expect(within(sheet).getByRole('note').textContent).toContain('not an official document');
    expect(sheet.textContent).toContain('1 January 2026 to 30 June 2026');
    expect(within(sheet).getByText('Community Satisfaction Survey (SKM) Report')).toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(SKM_REPORT_MESSAGES.en).sort()).toEqual(Object.keys(SKM_REPORT_MESSAGES.id).sort());
  });
});
