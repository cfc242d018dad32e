import { registerMessages } from '@simpul/web-kit';

/** Texts of the cohort ranking page and the peers comparison (Bahasa Indonesia; English: ./cohort-messages.en.ts). */
export const COHORT = 'evaluation-cohort';

export const COHORT_MESSAGES_ID: Record<string, string> = {
  'link.fromResults': 'Peringkat per kelompok pembanding, dengan rentang peringkat',
  'ranking.title': 'Peringkat {cohort}',
  'ranking.titleNoCohort': 'Peringkat per kelompok pembanding',
  'ranking.crumb': 'Peringkat',
  'ranking.description': '{cycle}: setiap unit dibandingkan hanya dengan unit sejenis di tingkat pemerintahan yang sama.',
  'ranking.cohort': 'Kelompok pembanding',
  'ranking.chooseCohort': 'Pilih kelompok pembanding untuk melihat peringkatnya.',
  'ranking.caption': 'Peringkat {cohort}, {count} unit',
  'ranking.none': 'Belum ada hasil di kelompok ini',
  'ranking.noneHelp': 'Peringkat muncul setelah hasil IPP dihitung untuk unit-unit di kelompok ini.',
  'ranking.loadFailed': 'Peringkat tidak dapat dimuat',
  'peers.loadFailed': 'Perbandingan tidak dapat dimuat',
  'ranking.refused': 'Peringkat ini belum dapat dibuka',
  'ranking.refusedHelp':
    'Sebelum hasil siklus dipublikasikan, peringkat hanya dapat dilihat admin nasional. Masuk sebagai admin, atau kembali setelah hasil dipublikasikan.',
  'ranking.howTitle': 'Cara membaca peringkat',
  'ranking.how':
    'Peringkat ditulis sebagai rentang, misalnya 3–6, bila angkanya tidak cukup untuk membedakan unit: selisih IPP yang kecil (misalnya 0,01) bisa lebih kecil daripada ketidakpastian dari pembulatan dua desimal dan dari jumlah responden survei pengguna (F-03). Rentang adalah posisi terbaik dan terburuk yang masih sesuai dengan angka. Satu angka berarti posisinya pasti.',
  'ranking.howSample':
    'Tanda "Sampel kurang" berarti responden F-03 di bawah minimum lokus: survei pengguna tidak dihitung, sehingga IPP hanya dari penilaian evaluator (F-02).',
  'ranking.howMore': 'Cara menghitungnya: selisih ± pada kolom IPP adalah ketidakpastian angka itu (95 %).',
  'col.rank': 'Peringkat',
  'col.unit': 'Unit layanan',
  'col.ipp': 'IPP',
  'col.category': 'Kategori',
  'col.sample': 'Responden F-03',
  'col.compare': 'Bandingkan',
  'rank.exact': '{rank}',
  'rank.range': '{best}–{worst}',
  'rank.rangeSpoken': 'peringkat {best} sampai {worst} dari {of}, tidak pasti',
  'rank.exactSpoken': 'peringkat {rank} dari {of}',
  'rank.uncertain': 'Tidak pasti',
  'rank.none': 'Tanpa peringkat',
  'ipp.margin': '{value} ± {margin}',
  'sample.count': '{respondents} (minimum {minimum})',
  'sample.below': 'Sampel kurang',
  'sample.unknown': 'Tidak diketahui',
  'compare.link': 'Bandingkan {unit}',
  'peers.title': '{unit} dibandingkan dengan unit sejenis',
  'peers.crumb': 'Pembanding',
  'peers.description':
    '{cycle}: IPP unit ini di antara tiga kelompok pembanding — kelompok peringkatnya, unit lain di provinsi yang sama, dan unit sejenis di semua tingkat.',
  'peers.noResult': 'Unit ini belum memiliki hasil IPP di siklus ini; kelompok pembandingnya tetap ditampilkan.',
  'peers.chartTitle': 'IPP unit ini dan kelompok pembandingnya',
  'peers.chartSummary':
    '{unit}: IPP {index}. {groups}. Setiap titik adalah satu unit; titik biru tua adalah unit ini, garis putus-putus adalah rerata kelompok.',
  'peers.groupSummary': '{group}: posisi {position} dari {count}, rerata {mean}',
  'peers.groupSummaryNoPosition': '{group}: {count} unit, rerata {mean}',
  'peers.axis': 'IPP (0–5)',
  'peers.legendUnit': 'Unit ini',
  'peers.legendPeer': 'Unit lain dalam kelompok',
  'peers.legendMean': 'Rerata kelompok',
  'peers.caption': 'Kelompok pembanding {unit}',
  'peers.col.group': 'Kelompok',
  'peers.col.count': 'Jumlah unit',
  'peers.col.position': 'Posisi unit ini',
  'peers.col.mean': 'Rerata IPP',
  'peers.col.range': 'Terendah–tertinggi',
  'peers.position': '{position} dari {count}',
  'peers.range': '{min}–{max}',
  'peers.empty': 'Tidak ada unit lain untuk dibandingkan',
  'peers.emptyHelp': 'Kelompok pembanding terisi setelah hasil IPP unit lain di siklus ini dihitung.',
  'peers.refused': 'Perbandingan ini belum dapat dibuka',
  'peers.refusedHelp': 'Sebelum hasil siklus dipublikasikan, perbandingan hanya dapat dilihat admin nasional.',
  'peers.backToRanking': 'Kembali ke peringkat kelompok',
};

// English is a chunk of its own, fetched only when English is shown (issue #17).
registerMessages(COHORT, {
  id: COHORT_MESSAGES_ID,
  en: () => import('./cohort-messages.en').then((module) => module.COHORT_MESSAGES_EN),
});
