import { registerMessages } from '@simpul/web-kit';

/** Texts of the header search box and the /cari page (their own namespace). */
export const SEARCH = 'portal.search';

export const SEARCH_PATH = '/cari';

export const SEARCH_MESSAGES = {
  id: {
    boxLabel: 'Cari di Simpul',
    boxPlaceholder: 'Unit, layanan, instansi, MPP, inovasi…',
    boxSubmit: 'Cari',
    title: 'Pencarian',
    titleFor: 'Hasil pencarian “{text}”',
    crumb: 'Pencarian',
    field: 'Kata yang dicari',
    fieldHelp: 'Singkatan dan ejaan lain juga dikenali, misalnya “samsat kalsel”, “antrian online”, “pdam”.',
    submit: 'Cari',
    prompt: 'Tulis nama unit layanan, jenis layanan, instansi, MPP, inovasi, atau daerah yang dicari.',
    loading: 'Mencari…',
    error: 'Pencarian gagal',
    none: 'Tidak ada hasil untuk “{text}”.',
    noneHelp: 'Periksa ejaannya atau pakai kata yang lebih umum.',
    corrected: 'Menampilkan hasil untuk “{text}”.',
    total: '{count} hasil',
    filters: 'Saring menurut jenis',
    all: 'Semua',
    more: 'Tampilkan lebih banyak',
    shown: 'Menampilkan {shown} dari {total} hasil',
    'kind.SERVICE_UNIT': 'Unit layanan',
    'kind.SERVICE': 'Jenis layanan',
    'kind.AGENCY': 'Instansi',
    'kind.MALL': 'Mal Pelayanan Publik',
    'kind.INNOVATION': 'Inovasi KIPP',
    'kind.PUBLISHED_RESULT': 'Hasil PEKPPP',
    'kind.OMBUDSMAN_RESULT': 'Kepatuhan Ombudsman',
  },
  en: {
    boxLabel: 'Search Simpul',
    boxPlaceholder: 'Units, services, agencies, malls, innovations…',
    boxSubmit: 'Search',
    title: 'Search',
    titleFor: 'Search results for “{text}”',
    crumb: 'Search',
    field: 'Search for',
    fieldHelp: 'Abbreviations and other spellings are understood too, such as “samsat kalsel”, “antrian online”, “pdam”.',
    submit: 'Search',
    prompt: 'Type the name of a service unit, a service, an agency, a public service mall, an innovation or a region.',
    loading: 'Searching…',
    error: 'The search failed',
    none: 'Nothing found for “{text}”.',
    noneHelp: 'Check the spelling or use a more general word.',
    corrected: 'Showing results for “{text}”.',
    total: '{count} results',
    filters: 'Filter by kind',
    all: 'All',
    more: 'Show more',
    shown: 'Showing {shown} of {total} results',
    'kind.SERVICE_UNIT': 'Service units',
    'kind.SERVICE': 'Services',
    'kind.AGENCY': 'Agencies',
    'kind.MALL': 'Public service malls',
    'kind.INNOVATION': 'KIPP innovations',
    'kind.PUBLISHED_RESULT': 'PEKPPP results',
    'kind.OMBUDSMAN_RESULT': 'Ombudsman compliance',
  },
} as const;

registerMessages(SEARCH, SEARCH_MESSAGES);
