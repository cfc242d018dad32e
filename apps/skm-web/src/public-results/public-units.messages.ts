import { registerMessages } from '@simpul/web-kit';

/** Texts of the signed-out list of units with a published IKM. */
export const SKM_PUBLIC_LIST = 'skm-public-list';

const id: Record<string, string> = {
  title: 'Hasil SKM unit pelayanan',
  description:
    'Indeks Kepuasan Masyarakat (IKM) yang sudah diumumkan, per unit pelayanan. Siapa pun dapat melihatnya tanpa masuk; hanya angka gabungan, jawaban perorangan tidak pernah diumumkan.',
  rule: 'Hanya unit dengan periode survei yang sudah selesai, seluruh jawabannya sudah ditinjau dan sampelnya cukup (Krejcie–Morgan) yang tampil. Urutan: IKM tertinggi dahulu.',
  search: 'Cari nama unit',
  searchHint: 'Misalnya "samsat" atau "dukcapil"',
  province: 'Provinsi',
  allProvinces: 'Semua provinsi',
  submit: 'Cari',
  reset: 'Hapus pencarian',
  count: '{count} unit dengan IKM yang diumumkan',
  caption: 'Unit pelayanan dengan IKM yang diumumkan, IKM tertinggi dahulu',
  empty: 'Tidak ada unit dengan IKM yang diumumkan untuk pencarian ini.',
  emptyHelp: 'Coba kata lain atau pilih semua provinsi.',
  loadError: 'Daftar hasil SKM tidak dapat dimuat',
  'col.unit': 'Unit pelayanan',
  'col.agency': 'Instansi',
  'col.region': 'Wilayah',
  'col.ikm': 'IKM',
  'col.band': 'Mutu',
  'col.period': 'Periode',
  'col.respondents': 'Responden',
  'col.origin': 'Asal data',
  signedInLink: 'Survei yang Anda kelola',
  unknownUnit: 'Unit pelayanan (nama belum tersedia)',
};

const en: Record<string, string> = {
  title: 'SKM results of service units',
  description:
    'Published Community Satisfaction Index (IKM) figures per service unit. Anyone can read them without signing in; only combined figures, individual answers are never published.',
  rule: 'Only units whose survey period has ended, whose answers have all been reviewed and whose sample is large enough (Krejcie–Morgan) are listed. Order: highest IKM first.',
  search: 'Search unit name',
  searchHint: 'For example "samsat" or "dukcapil"',
  province: 'Province',
  allProvinces: 'All provinces',
  submit: 'Search',
  reset: 'Clear search',
  count: '{count} units with a published IKM',
  caption: 'Service units with a published IKM, highest first',
  empty: 'No unit with a published IKM matches this search.',
  emptyHelp: 'Try another word or choose all provinces.',
  loadError: 'The SKM results list could not be loaded',
  'col.unit': 'Service unit',
  'col.agency': 'Agency',
  'col.region': 'Region',
  'col.ikm': 'IKM',
  'col.band': 'Grade',
  'col.period': 'Period',
  'col.respondents': 'Respondents',
  'col.origin': 'Data origin',
  signedInLink: 'Surveys you manage',
  unknownUnit: 'Service unit (name not available)',
};

export const PUBLIC_LIST_MESSAGES = { id, en };

registerMessages(SKM_PUBLIC_LIST, PUBLIC_LIST_MESSAGES);
