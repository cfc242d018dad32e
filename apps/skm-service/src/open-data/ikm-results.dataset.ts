import { CC_BY_4_0, type OpenDataField, type OpenDataRow, type OpenDataset } from '@simpul/service-kit';
import { ResultsService } from '../results/results.service';
import { SURVEY_COLUMNS, type SurveyRow } from '../surveys/survey.row';

/** The nine elements of PermenPANRB 14/2017, U1–U9: one column each. */
const ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

const elementFields: OpenDataField[] = ELEMENTS.map((code) => ({
  key: code.toLowerCase(),
  type: 'number',
  description: { id: `Nilai unsur ${code} (NRR × 25, skala 25–100)`, en: `Element ${code} value (NRR × 25, 25–100)` },
}));

type SurveyForOpenData = SurveyRow & { origin: string; source: string | null; startsText: string; endsText: string };

/**
 * The IKM of every survey whose period has ended, per unit (or MPP desk) and period, computed from
 * the rollups exactly as the results page does. Only figures leave: no questionnaire, answer,
 * respondent profile, device or token (UU 27/2022), and running surveys wait until their period ends.
 */
export const IKM_RESULTS_DATASET: OpenDataset = {
  id: 'ikm-results',
  title: { id: 'Indeks Kepuasan Masyarakat (IKM) per unit dan periode', en: 'Community Satisfaction Index (IKM) per unit and period' },
  description: {
    id: 'Nilai IKM (skala 25–100) dan mutunya (A–D) hasil Survei Kepuasan Masyarakat menurut PermenPANRB 14/2017 untuk setiap unit atau gerai MPP per periode yang telah berakhir, dengan nilai per unsur U1–U9, jumlah responden dan kecukupan sampel. Hanya angka agregat: jawaban perorangan dan profil responden tidak disertakan (UU 27/2022 tentang Pelindungan Data Pribadi).',
    en: 'The IKM (25–100) and its grade (A–D) from the community satisfaction survey under PermenPANRB 14/2017 for every unit or MPP desk per ended period, with the U1–U9 element values, respondents and sample adequacy. Aggregates only: individual answers and respondent profiles are not included (Personal Data Protection Law 27/2022).',
  },
  keywords: ['SKM', 'IKM', 'kepuasan masyarakat', 'survei', 'satisfaction'],
  theme: ['Pemerintahan', 'Pelayanan Publik', 'Survei Kepuasan Masyarakat'],
  license: CC_BY_4_0,
  fields: [
    { key: 'survey_id', type: 'string', description: { id: 'Pengenal survei', en: 'Survey id' } },
    { key: 'service_unit_id', type: 'string', description: { id: 'Unit (lihat service-units)', en: 'Unit (see service-units)' } },
    {
      key: 'mall_id',
      type: 'string',
      description: { id: 'MPP bila survei satu gerai (lihat mpp-malls)', en: 'MPP when the survey is of a desk (see mpp-malls)' },
    },
    {
      key: 'desk_id',
      type: 'string',
      description: { id: 'Gerai MPP bila survei satu gerai', en: 'MPP desk when the survey is of a desk' },
    },
    {
      key: 'period_kind',
      type: 'string',
      description: { id: 'QUARTER (triwulan), HALF_YEAR (semester) atau YEAR', en: 'QUARTER, HALF_YEAR or YEAR' },
    },
    { key: 'period_year', type: 'integer', description: { id: 'Tahun periode', en: 'Period year' } },
    {
      key: 'period_number',
      type: 'integer',
      description: { id: 'Nomor periode (triwulan 1–4, semester 1–2, tahun 1)', en: 'Period number (quarter 1–4, half 1–2, year 1)' },
    },
    { key: 'period_label', type: 'string', description: { id: 'Label periode', en: 'Period label (Indonesian)' } },
    { key: 'starts_on', type: 'date', description: { id: 'Awal periode', en: 'Period start' } },
    { key: 'ends_on', type: 'date', description: { id: 'Akhir periode', en: 'Period end' } },
    { key: 'ikm', type: 'number', description: { id: 'IKM (25–100, dua desimal)', en: 'IKM (25–100, two decimals)' } },
    { key: 'grade', type: 'string', description: { id: 'Mutu pelayanan A–D', en: 'Service grade A–D' } },
    {
      key: 'performance',
      type: 'string',
      description: { id: 'Kinerja unit (Sangat Baik, Baik, …)', en: 'Performance (Sangat Baik = very good, …)' },
    },
    { key: 'respondents', type: 'integer', description: { id: 'Kuesioner yang dihitung', en: 'Questionnaires counted' } },
    {
      key: 'required_sample',
      type: 'integer',
      description: {
        id: 'Sampel minimal Krejcie–Morgan; kosong bila populasi belum diisi',
        en: 'Krejcie–Morgan minimum sample; empty without a population',
      },
    },
    { key: 'sample_adequate', type: 'boolean', description: { id: 'Sampel mencukupi', en: 'Sample adequate' } },
    {
      key: 'excluded',
      type: 'integer',
      description: { id: 'Jawaban yang dikeluarkan setelah ditinjau', en: 'Answers excluded after review' },
    },
    ...elementFields,
    { key: 'origin', type: 'string', description: { id: 'OFFICIAL atau DEMO', en: 'OFFICIAL or DEMO' } },
    { key: 'source', type: 'string', description: { id: 'Sumber angka resmi', en: 'Source of an official figure' } },
  ],
  sql: `SELECT ${SURVEY_COLUMNS}, s.origin, s.source,
      to_char(s.starts_on, 'YYYY-MM-DD') AS "startsText", to_char(s.ends_on, 'YYYY-MM-DD') AS "endsText"
    FROM skm.surveys s
    WHERE s.ends_on < (now() AT TIME ZONE 'Asia/Jakarta')::date
    ORDER BY s.period_year, s.starts_on, s.id`,
  // A survey's figures change when answers arrive; the newest counted answer dates the dataset.
  modifiedSql: `SELECT max(r.submitted_at) AS modified FROM skm.responses r JOIN skm.surveys s ON s.id = r.survey_id
    WHERE s.ends_on < (now() AT TIME ZONE 'Asia/Jakarta')::date`,
  async mapBatch(rows, context) {
    const surveys = rows as unknown as SurveyForOpenData[];
    const results = await context.get(ResultsService).resultsOf(surveys);
    return results.flatMap((result, i): OpenDataRow[] => {
      const survey = surveys[i];
      // A survey without counted answers has no IKM to publish.
      if (!result.ikm) return [];
      const values = new Map(result.elements.map((element) => [element.code, element.value]));
      return [
        {
          survey_id: survey.id,
          service_unit_id: survey.serviceUnitId,
          mall_id: survey.mallId,
          desk_id: survey.deskId,
          period_kind: survey.periodKind,
          period_year: survey.periodYear,
          period_number: survey.periodNumber,
          period_label: result.periodLabel,
          starts_on: survey.startsText,
          ends_on: survey.endsText,
          ikm: result.ikm.value,
          grade: result.ikm.category.code,
          performance: result.ikm.category.label,
          respondents: result.ikm.respondents,
          required_sample: result.sample.required,
          sample_adequate: result.sample.adequate,
          excluded: result.exclusions.excluded,
          ...Object.fromEntries(ELEMENTS.map((code) => [code.toLowerCase(), values.get(code) ?? null])),
          origin: survey.origin,
          source: survey.source,
        },
      ];
    });
  },
};
