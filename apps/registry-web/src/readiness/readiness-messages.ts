// Texts of the Ombudsman readiness panels (issue #16 §1), merged into the registry catalogue.
// Every key starts with `readiness.` so none overwrites another registry text.

const id = {
  'readiness.title': 'Kesiapan penilaian Ombudsman',
  'readiness.intro':
    'Dari Standar Pelayanan yang dicatat unit ini sendiri: komponen yang diperiksa Ombudsman RI dalam Penilaian Kepatuhan yang belum diisi atau belum dipublikasikan, sebelum kunjungan.',
  'readiness.loading': 'Memuat kesiapan…',
  'readiness.unavailable': 'Kesiapan penilaian Ombudsman sedang tidak dapat dimuat.',
  'readiness.ready': 'Siap: semua komponen yang diperiksa sudah diisi dan dipublikasikan.',
  'readiness.noServices': 'Unit ini belum mencatat satu layanan pun, sehingga tidak ada Standar Pelayanan yang dapat diperiksa.',
  'readiness.summary':
    '{missing} belum diisi dan {unpublished} belum dipublikasikan, dari {checked} komponen yang diperiksa pada {services} layanan.',
  'readiness.missing': 'Belum diisi',
  'readiness.unpublished': 'Belum dipublikasikan',
  'readiness.present': 'Tersedia',
  'readiness.gapsCaption': 'Komponen yang perlu dilengkapi sebelum kunjungan Ombudsman',
  'readiness.col.service': 'Layanan',
  'readiness.col.component': 'Komponen',
  'readiness.col.state': 'Keadaan',
  'readiness.col.units': 'Unit',
  'readiness.col.services': 'Layanan',
  'readiness.col.missing': 'Belum diisi',
  'readiness.col.unpublished': 'Belum dipublikasikan',
  'readiness.col.status': 'Kesiapan',
  'readiness.allServices': 'Semua layanan (unit belum punya layanan)',
  'readiness.checksTitle': 'Apa yang diperiksa, dan mengapa',
  'readiness.requirement.PUBLISHED': 'Harus diisi dan dipublikasikan',
  'readiness.requirement.FILLED': 'Harus tertulis dalam standar',
  'readiness.notKnownTitle': 'Yang juga diperiksa Ombudsman tetapi tidak dapat diketahui Simpul',
  'readiness.agencyTitle': 'Kesiapan penilaian Ombudsman per unit',
  'readiness.agencyIntro': 'Hitungan dari Standar Pelayanan yang dicatat setiap unit aktif instansi ini.',
  'readiness.agencySummary': '{ready} dari {units} unit siap; {missing} komponen belum diisi dan {unpublished} belum dipublikasikan.',
  'readiness.agencyCaption': 'Kesiapan setiap unit instansi ini',
  'readiness.agencyNoUnits': 'Instansi ini belum memiliki unit pelayanan aktif.',
  'readiness.unitReady': 'Siap',
  'readiness.unitNotReady': 'Belum siap',
};

// English: ./readiness-messages.en.ts, a chunk fetched only when English is shown (issue #17).
export const READINESS_MESSAGES = { id };
