// "Riwayat perubahan" of a survey's settings, kept apart from the survey page's own code: its own
// query and its own small catalogue, so the page needs one line to show it.
import { ChangeHistory, useMorePages } from '@simpul/ui';
import { gql, PAGE_INFO, registerMessages, useT } from '@simpul/web-kit';
import type { SkmSurveyChangesQuery, SkmSurveyChangesQueryVariables } from '../__generated__/operations';

export const SKM_HISTORY = 'skm-history';

const ELEMENT_PARTS = ['code', 'name', 'question', 'weight', 'options', 'required'] as const;
const MAX_ELEMENTS = 20;

const id: Record<string, string> = {
  title: 'Judul survei',
  publicCode: 'Kode publik',
  periodKind: 'Jenis periode',
  periodYear: 'Tahun periode',
  periodNumber: 'Nomor periode',
  startsOn: 'Mulai',
  endsOn: 'Selesai',
  expectedUsers: 'Perkiraan jumlah pengguna layanan',
  opensAt: 'Jam buka',
  closesAt: 'Jam tutup',
  serviceUnitId: 'Unit pelayanan',
  mallId: 'MPP',
  deskId: 'Gerai',
  elements: 'Unsur survei',
  'element.code': 'Unsur {number}: kode',
  'element.name': 'Unsur {number}: nama',
  'element.question': 'Unsur {number}: pertanyaan',
  'element.weight': 'Unsur {number}: bobot',
  'element.options': 'Unsur {number}: pilihan jawaban',
  'element.required': 'Unsur {number}: wajib dijawab',
  origin: 'Asal data',
  'origin.OFFICIAL': 'Resmi',
  'origin.DEMO': 'Contoh',
  'origin.DERIVED': 'Turunan',
  'period.QUARTER': 'Triwulan',
  'period.HALF_YEAR': 'Semester',
  'period.YEAR': 'Tahun',
  loadError: 'Riwayat perubahan tidak dapat dimuat.',
};

const en: Record<keyof typeof id, string> = {
  title: 'Survey title',
  publicCode: 'Public code',
  periodKind: 'Period type',
  periodYear: 'Period year',
  periodNumber: 'Period number',
  startsOn: 'Starts',
  endsOn: 'Ends',
  expectedUsers: 'Expected number of service users',
  opensAt: 'Opening time',
  closesAt: 'Closing time',
  serviceUnitId: 'Service unit',
  mallId: 'MPP',
  deskId: 'Desk',
  elements: 'Survey elements',
  'element.code': 'Element {number}: code',
  'element.name': 'Element {number}: name',
  'element.question': 'Element {number}: question',
  'element.weight': 'Element {number}: weight',
  'element.options': 'Element {number}: answer options',
  'element.required': 'Element {number}: answer required',
  origin: 'Data origin',
  'origin.OFFICIAL': 'Official',
  'origin.DEMO': 'Example',
  'origin.DERIVED': 'Derived',
  'period.QUARTER': 'Quarter',
  'period.HALF_YEAR': 'Half year',
  'period.YEAR': 'Year',
  loadError: 'The change history could not be loaded.',
};

export const SKM_HISTORY_MESSAGES = { id, en };
registerMessages(SKM_HISTORY, SKM_HISTORY_MESSAGES);

export const SKM_SURVEY_CHANGES = gql<SkmSurveyChangesQuery, SkmSurveyChangesQueryVariables>`
query SkmSurveyChanges($id: ID!, $first: Int, $after: String) {
  skmSurvey(id: $id) { id changes(first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { id at actorName action changes { field before after } } } } }
}`;

const SIMPLE_FIELDS = [
  'title',
  'publicCode',
  'periodKind',
  'periodYear',
  'periodNumber',
  'startsOn',
  'endsOn',
  'expectedUsers',
  'opensAt',
  'closesAt',
  'serviceUnitId',
  'mallId',
  'deskId',
  'elements',
  'origin',
] as const;

export function SurveyHistory({ surveyId }: { surveyId: string }) {
  const t = useT(SKM_HISTORY);
  const pages = useMorePages(SKM_SURVEY_CHANGES, { id: surveyId, first: 10 }, (data) => data.skmSurvey?.changes);
  const labels: Record<string, string> = Object.fromEntries(SIMPLE_FIELDS.map((field) => [field, t(field)]));
  for (let index = 0; index < MAX_ELEMENTS; index++) {
    for (const part of ELEMENT_PARTS) labels[`elements.${index}.${part}`] = t(`element.${part}`, { number: index + 1 });
  }
  return (
    <ChangeHistory
      entries={pages.items}
      fieldLabels={labels}
      formatValue={(field, value) =>
        field === 'periodKind' ? t(`period.${value}`) : field === 'origin' ? t(`origin.${value}`) : undefined
      }
      totalCount={pages.totalCount}
      hasMore={pages.hasMore}
      onMore={pages.loadMore}
      loading={pages.loading}
      error={pages.query.errors && !pages.query.data ? t('loadError') : null}
      onRetry={pages.query.refetch}
    />
  );
}
