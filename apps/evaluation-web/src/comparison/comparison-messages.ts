import { registerMessages } from '@simpul/web-kit';

/** Texts of the cycle comparison page (Bahasa Indonesia; English: ./comparison-messages.en.ts). */
export const COMPARISON = 'evaluation-comparison';

export const COMPARISON_MESSAGES_ID: Record<string, string> = {
  title: 'Bandingkan dua siklus',
  titleUnit: 'Bandingkan dua siklus: {unit}',
  crumb: 'Bandingkan siklus',
  description:
    'Dua siklus berdampingan, aspek demi aspek. Bila instrumennya berbeda, catatan menunjukkan di mana skor tidak dibangun dengan cara yang sama, sehingga angkanya tidak dapat dibandingkan begitu saja.',
  link: 'Bandingkan dua siklus',
  first: 'Siklus pertama',
  second: 'Siklus kedua',
  choose: 'Pilih siklus',
  chooseBoth: 'Pilih dua siklus yang berbeda untuk membandingkannya.',
  loadFailed: 'Perbandingan tidak dapat dimuat',
  refused: 'Perbandingan ini belum dapat dibuka',
  refusedHelp: 'Siklus yang hasilnya belum dipublikasikan hanya dapat dibandingkan oleh admin nasional.',
  'side.instrument': 'Instrumen: {name}',
  'side.noInstrument': 'Tidak ada instrumen tercatat: siklus ini hanya memuat angka yang dipublikasikan.',
  'side.ipp': 'IPP rata-rata: {value}',
  'side.ippUnit': 'IPP unit: {value}',
  'side.noIpp': 'Belum ada hasil',
  'side.counts': '{scored} hasil dengan nilai di baliknya · {published} angka yang dipublikasikan saja',
  caption: 'Aspek demi aspek: bobot dan skor di setiap siklus, dan di mana instrumennya berbeda',
  'col.aspect': 'Aspek',
  'col.weight': 'Bobot {cycle}',
  'col.score': 'Skor {cycle}',
  'col.notes': 'Catatan',
  'score.none': '–',
  'notes.same': 'Dinilai dengan cara yang sama',
  'note.ONLY_FIRST': 'Hanya ada di instrumen siklus pertama',
  'note.ONLY_SECOND': 'Hanya ada di instrumen siklus kedua',
  'note.NAME': 'Nama aspek berbeda',
  'note.WEIGHT': 'Bobot aspek berbeda',
  'note.INDICATORS_ADDED': 'Indikator baru di siklus kedua: {codes}',
  'note.INDICATORS_REMOVED': 'Indikator yang tidak ada lagi di siklus kedua: {codes}',
  'note.INDICATOR_WEIGHTS': 'Bobot indikator berbeda: {codes}',
  'note.LADDERS': 'Deskripsi level berbeda: {codes}',
  'note.PROVISIONAL': 'Sebagian sementara di instrumen siklus {cycle} (belum ditranskripsikan dari formulir resmi)',
  noAspects: 'Tidak ada aspek untuk dibandingkan: kedua siklus hanya memuat angka yang dipublikasikan, tanpa nilai aspek.',
  blendDiffers: 'Rumus gabungan F-02 dan F-03 berbeda antara kedua instrumen.',
  surveyAdded: 'Butir survei pengguna (F-03) yang baru di siklus kedua: {codes}',
  surveyRemoved: 'Butir survei pengguna (F-03) yang tidak ada lagi di siklus kedua: {codes}',
  scoreHelpUnit: 'Skor aspek adalah skor unit ini di setiap siklus.',
  scoreHelpCycle: 'Skor aspek adalah rata-rata hasil siklus yang memiliki nilai di baliknya.',
};

registerMessages(COMPARISON, {
  id: COMPARISON_MESSAGES_ID,
  en: () => import('./comparison-messages.en').then((module) => module.COMPARISON_MESSAGES_EN),
});
