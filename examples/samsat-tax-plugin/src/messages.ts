import type { PluginLanguage } from '@simpul/plugin-sdk';

// The plugin's own texts, in the language the portal gives it (context.language).
const ID = {
  intro: 'Plugin contoh dari instansi Samsat, dimuat oleh portal dengan pustaka bersama Simpul.',
  'ipp.heading': 'IPP unit ini',
  'ipp.loading': 'Memuat IPP unit…',
  'ipp.error': 'IPP unit tidak dapat dimuat',
  'ipp.retry': 'Coba lagi',
  'ipp.none': 'Unit ini belum memiliki hasil IPP.',
  'ipp.latest': 'IPP {cycle}: {index}',
  'ipp.demo': 'Data contoh',
  'whatIf.heading': 'Bagaimana jika…',
  'whatIf.intro':
    'Naikkan tingkat indikator satu aspek F-02 dan lihat indeks serta kategorinya bergerak, dihitung dengan @simpul/scoring seperti di portal.',
  'whatIf.estimated':
    'Titik awal adalah sebaran tingkat indikator yang menghasilkan IPP unit ({index}), bukan nilai F-02 sebenarnya; simulasi ini tidak mengubah apa pun.',
  'whatIf.neutral': 'Belum ada IPP: simulasi dimulai dari tingkat 3 untuk setiap indikator.',
  'whatIf.aspect': 'Aspek {code} · {name} (bobot {weight}%)',
  'whatIf.raise0': 'Tetap',
  'whatIf.raise': '+{levels} tingkat',
  'whatIf.result': 'Indeks simulasi: {index} ({delta})',
  'pkb.heading': 'Perkiraan Pajak Kendaraan Bermotor (PKB)',
  'pkb.kind': 'Jenis kendaraan',
  'pkb.kind.MOTORCYCLE': 'Sepeda motor',
  'pkb.kind.PASSENGER_CAR': 'Mobil penumpang',
  'pkb.njkb': 'Nilai Jual Kendaraan Bermotor (NJKB), rupiah',
  'pkb.njkbHint': 'Tertera pada notis pajak; angka tanpa titik, mis. 200000000.',
  'pkb.njkbInvalid': 'Isi NJKB sebagai bilangan bulat rupiah, 0 sampai 10 miliar.',
  'pkb.order': 'Kendaraan ke- (atas nama pemilik yang sama)',
  'pkb.order.n': 'Ke-{n}',
  'pkb.order.last': 'Ke-5 atau lebih',
  'pkb.base': 'Dasar pengenaan (NJKB × bobot {bobot})',
  'pkb.tariff': 'Tarif',
  'pkb.pkb': 'PKB pokok',
  'pkb.opsen': 'Opsen PKB ({percent}%)',
  'pkb.total': 'Perkiraan per tahun',
  'pkb.caption': 'Perkiraan PKB setahun',
  'pkb.item': 'Komponen',
  'pkb.amount': 'Jumlah',
};

type MessageKey = keyof typeof ID;

const EN: Record<MessageKey, string> = {
  intro: "An example plugin of the Samsat agency, loaded by the portal with Simpul's shared libraries.",
  'ipp.heading': "This unit's IPP",
  'ipp.loading': "Loading the unit's IPP…",
  'ipp.error': "The unit's IPP could not be loaded",
  'ipp.retry': 'Try again',
  'ipp.none': 'This unit has no IPP result yet.',
  'ipp.latest': 'IPP {cycle}: {index}',
  'ipp.demo': 'Demo data',
  'whatIf.heading': 'What if…',
  'whatIf.intro':
    'Raise the indicator levels of one F-02 aspect and watch the index and category move, computed with @simpul/scoring as in the portal.',
  'whatIf.estimated':
    "The starting point is a spread of indicator levels that gives the unit's IPP ({index}), not its real F-02 scores; this simulation changes nothing.",
  'whatIf.neutral': 'No IPP yet: the simulation starts from level 3 for every indicator.',
  'whatIf.aspect': 'Aspect {code} · {name} (weight {weight}%)',
  'whatIf.raise0': 'Unchanged',
  'whatIf.raise': '+{levels} levels',
  'whatIf.result': 'Simulated index: {index} ({delta})',
  'pkb.heading': 'Motor vehicle tax (PKB) estimate',
  'pkb.kind': 'Vehicle',
  'pkb.kind.MOTORCYCLE': 'Motorcycle',
  'pkb.kind.PASSENGER_CAR': 'Passenger car',
  'pkb.njkb': 'Vehicle sale value (NJKB), rupiah',
  'pkb.njkbHint': 'Printed on the tax notice; digits only, e.g. 200000000.',
  'pkb.njkbInvalid': 'Enter the NJKB as whole rupiah, 0 to 10 billion.',
  'pkb.order': 'Vehicle number (same owner)',
  'pkb.order.n': '{n}',
  'pkb.order.last': '5th or later',
  'pkb.base': 'Tax base (NJKB × weight {bobot})',
  'pkb.tariff': 'Rate',
  'pkb.pkb': 'PKB',
  'pkb.opsen': 'PKB opsen ({percent}%)',
  'pkb.total': 'Estimate per year',
  'pkb.caption': 'Yearly PKB estimate',
  'pkb.item': 'Item',
  'pkb.amount': 'Amount',
};

// English aspect names for the F-02 aspects; the instrument carries the Indonesian ones.
const ASPECTS_EN: Record<string, string> = {
  a: 'Service policy',
  b: 'Staff professionalism',
  c: 'Facilities',
  d: 'Public service information system',
  e: 'Consultation and complaints',
  f: 'Public service innovation',
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: PluginLanguage): Translate {
  const messages = language === 'en' ? EN : ID;
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function aspectName(code: string, indonesianName: string, language: PluginLanguage): string {
  return language === 'en' ? (ASPECTS_EN[code] ?? indonesianName) : indonesianName;
}
