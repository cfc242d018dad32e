// Texts of the unit and service lifecycle controls (issue #20 §1): importing services from a file,
// archiving a service or a unit, finding a unit by another national system's code. Merged into the
// registry catalogue; every key starts with `import.`, `archive.` or `lookup.` so none overwrites another.

const id = {
  'import.link': 'Impor layanan dari berkas',
  'import.title': 'Impor layanan',
  'import.intro':
    'Tambahkan atau perbarui banyak layanan {unit} sekaligus dari berkas CSV atau XLSX. Seluruh berkas diperiksa baris demi baris: bila satu baris salah, tidak ada yang disimpan.',
  'import.columnsTitle': 'Isi berkas',
  'import.columns':
    'Baris pertama berisi judul kolom. Wajib: name (nama layanan). Boleh ada: description (keterangan), published, dan satu kolom untuk setiap komponen Standar Pelayanan: {columns}.',
  'import.published':
    'Kolom published menyebut komponen penyampaian yang dipublikasikan, dipisah koma atau titik koma (misalnya requirements; fee), atau “semua”.',
  'import.matching':
    'Layanan yang namanya sudah ada di unit ini diperbarui; yang lain ditambahkan. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.',
  'import.file': 'Berkas',
  'import.fileHint': 'CSV atau XLSX, paling besar {max}',
  'import.format': 'Format berkas',
  'import.formatMissing': 'Pilih format berkas',
  'import.formatHint': 'Dipilih dari nama berkas; ubah bila tidak sesuai.',
  'import.format.CSV': 'CSV (dipisah koma atau titik koma, UTF-8)',
  'import.format.XLSX': 'XLSX (lembar pertama)',
  'import.submit': 'Periksa dan impor',
  'import.working': 'Memeriksa berkas…',
  'import.fileMissing': 'Pilih berkas yang akan diimpor',
  'import.fileEmpty': 'Berkas {name} kosong',
  'import.fileTooLarge': 'Berkas {name} lebih besar dari {max}',
  'import.unreadable': 'Berkas {name} tidak dapat dibaca lagi; pilih berkas itu sekali lagi.',
  'import.accepted': 'Berkas diterima: {created} layanan ditambahkan, {updated} diperbarui.',
  'import.rejected':
    'Berkas ditolak: {bad} dari {rows} baris bermasalah. Tidak ada yang disimpan; perbaiki baris yang ditandai lalu impor lagi.',
  'import.fileRejected': 'Berkas ditolak dan tidak ada yang disimpan:',
  'import.reportCaption': 'Hasil pemeriksaan per baris',
  'import.col.row': 'Baris',
  'import.col.name': 'Nama layanan',
  'import.col.result': 'Hasil',
  'import.rowOk': 'Benar',
  'import.rowHeader': 'Judul kolom',
  'import.noName': '(tanpa nama)',
  'import.column.name': 'Nama',
  'import.column.description': 'Keterangan',
  'import.column.published': 'Dipublikasikan',
  'import.column.file': 'Berkas',
  'import.column.other': 'Kolom “{column}”',
  'import.problem': '{column}: {message}',
  'import.backToUnit': 'Lihat layanan {unit}',
  'import.notAllowed': 'Hanya admin nasional dan petugas unit ini yang dapat mengimpor layanan unit ini.',

  'archive.sectionTitle': 'Arsipkan',
  'archive.service': 'Arsipkan layanan',
  'archive.serviceExplain':
    'Layanan yang diarsipkan tidak lagi tampil bagi publik, di daftar layanan unit, maupun di unduhan. Datanya dan riwayat perubahannya tetap tersimpan dan masih dapat dilihat admin nasional dan petugas unit ini. Pengarsipan tidak dapat dibatalkan lewat portal.',
  'archive.serviceQuestion': 'Arsipkan {name}? Publik tidak akan melihatnya lagi, dan pengarsipan tidak dapat dibatalkan lewat portal.',
  'archive.confirm': 'Ya, arsipkan',
  'archive.serviceDone': '{name} sudah diarsipkan.',
  'archive.serviceArchivedOn': 'Layanan ini diarsipkan pada {date} dan tidak tampil bagi publik.',
  'archive.unit': 'Arsipkan unit',
  'archive.unitExplain':
    'Unit yang diarsipkan, beserta semua layanannya, tidak lagi tampil bagi publik, di pencarian, maupun di unduhan. Datanya dan riwayat perubahannya tetap tersimpan dan masih dapat dilihat admin nasional dan petugas unit ini. Pengarsipan tidak dapat dibatalkan lewat portal.',
  'archive.unitQuestion':
    'Arsipkan {name} beserta semua layanannya? Publik tidak akan melihatnya lagi, dan pengarsipan tidak dapat dibatalkan lewat portal.',
  'archive.unitDone': '{name} sudah diarsipkan.',
  'archive.unitArchivedOn': 'Unit ini diarsipkan pada {date}; unit dan layanannya tidak tampil bagi publik.',

  'lookup.title': 'Cari dengan kode sistem nasional',
  'lookup.intro': 'Punya kode unit dari SIPPN, PEKPPP, SP4N-LAPOR! atau SINOVIK? Temukan unitnya di registri.',
  'lookup.system': 'Sistem',
  'lookup.value': 'Kode unit di sistem itu',
  'lookup.valueHint': 'Tulis persis seperti di sistem itu',
  'lookup.submit': 'Cari unit',
  'lookup.valueRequired': 'Masukkan kode unit',
  'lookup.searching': 'Mencari…',
  'lookup.found': 'Kode {value} di {system}:',
  'lookup.notFound': 'Tidak ada unit dengan kode {value} di {system}.',
  'lookup.archived': 'Diarsipkan',
};

export const LIFECYCLE_MESSAGES = { id };
