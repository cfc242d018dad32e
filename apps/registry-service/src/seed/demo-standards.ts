import { DELIVERY_COMPONENTS, StandardComponent, type StoredStandard } from '../services/standard/standard-component';

// Standar Pelayanan texts for the demo services, written the way units publish them. Some are
// left incomplete or unpublished on purpose so the completeness view has something to show.

export interface DeliveryTexts {
  requirements: string;
  procedure: string;
  duration: string;
  fee: string;
  product: string;
}

/** Management components most units word alike; `legalBasis` and `staff` differ per unit. */
function management(legalBasis: string, staffCount: string): Partial<Record<StandardComponent, string>> {
  return {
    [StandardComponent.LEGAL_BASIS]: `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan; ${legalBasis}`,
    [StandardComponent.FACILITIES]:
      'Ruang tunggu ber-AC dengan kursi, loket pelayanan, mesin antrean, papan informasi standar pelayanan, toilet, ruang laktasi, jalur dan kursi roda bagi penyandang disabilitas, area parkir.',
    [StandardComponent.STAFF_COMPETENCE]:
      'Pelaksana memahami peraturan terkait layanan, mampu mengoperasikan aplikasi pelayanan, dan telah mengikuti pelatihan pelayanan prima.',
    [StandardComponent.INTERNAL_SUPERVISION]:
      'Pengawasan melekat oleh atasan langsung; pengawasan fungsional oleh Inspektorat; evaluasi berkala oleh pimpinan unit.',
    [StandardComponent.STAFF_COUNT]: staffCount,
    [StandardComponent.SERVICE_GUARANTEE]:
      'Pelayanan diberikan sesuai standar pelayanan yang ditetapkan dan dituangkan dalam Maklumat Pelayanan yang ditandatangani kepala unit.',
    [StandardComponent.SAFETY_GUARANTEE]:
      'Dokumen pemohon dijaga kerahasiaannya; ruang pelayanan dilengkapi APAR, kotak P3K, CCTV, dan jalur evakuasi.',
    [StandardComponent.STAFF_EVALUATION]:
      'Evaluasi kinerja pelaksana dilakukan setiap semester berdasarkan hasil Survei Kepuasan Masyarakat dan sasaran kinerja pegawai.',
  };
}

export interface DemoStandardOptions {
  legalBasis: string;
  staffCount: string;
  complaints: string;
  /** Components left empty on purpose. */
  omit?: StandardComponent[];
  /** Delivery components filled but not yet published. */
  unpublished?: StandardComponent[];
}

export function demoStandard(texts: DeliveryTexts, options: DemoStandardOptions): StoredStandard {
  const contents: Partial<Record<StandardComponent, string>> = {
    [StandardComponent.REQUIREMENTS]: texts.requirements,
    [StandardComponent.PROCEDURE]: texts.procedure,
    [StandardComponent.DURATION]: texts.duration,
    [StandardComponent.FEE]: texts.fee,
    [StandardComponent.PRODUCT]: texts.product,
    [StandardComponent.COMPLAINT_HANDLING]: options.complaints,
    ...management(options.legalBasis, options.staffCount),
  };
  const stored: StoredStandard = {};
  for (const [component, content] of Object.entries(contents) as [StandardComponent, string][]) {
    if (options.omit?.includes(component)) continue;
    const delivery = DELIVERY_COMPONENTS.includes(component);
    stored[component] = { content, published: delivery && !options.unpublished?.includes(component) };
  }
  return stored;
}

export function complaintChannels(unit: string, phone: string): string {
  return `Pengaduan, saran dan masukan dapat disampaikan melalui SP4N-LAPOR! (www.lapor.go.id), kotak saran di ruang tunggu, meja pengaduan ${unit}, atau telepon/WhatsApp ${phone}. Pengaduan ditindaklanjuti paling lambat 5 hari kerja.`;
}

export const SAMSAT_ANNUAL: DeliveryTexts = {
  requirements:
    'KTP elektronik asli pemilik sesuai STNK; STNK asli; bukti pelunasan PKB tahun sebelumnya. Bila dikuasakan: surat kuasa bermeterai dan KTP penerima kuasa.',
  procedure:
    '1. Ambil nomor antrean dan serahkan berkas di loket pendaftaran. 2. Petugas memverifikasi data kendaraan dan menetapkan PKB serta SWDKLLJ. 3. Bayar di loket kasir atau kanal pembayaran nontunai. 4. Ambil STNK yang telah disahkan beserta bukti pembayaran di loket penyerahan.',
  duration: '30 menit sejak berkas dinyatakan lengkap.',
  fee: 'Pajak Kendaraan Bermotor (PKB) sesuai Peraturan Daerah tentang Pajak dan Retribusi Daerah; Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan (SWDKLLJ) sesuai Peraturan Menteri Keuangan. Tidak ada biaya lain di luar yang tercantum pada bukti pembayaran.',
  product: 'STNK yang telah disahkan untuk satu tahun dan Surat Ketetapan Kewajiban Pembayaran (SKKP) PKB/SWDKLLJ.',
};

export const SAMSAT_FIVE_YEARLY: DeliveryTexts = {
  requirements:
    'KTP elektronik asli pemilik; STNK asli; BPKB asli atau surat keterangan leasing; kendaraan dibawa untuk cek fisik nomor rangka dan nomor mesin.',
  procedure:
    '1. Cek fisik kendaraan. 2. Daftar di loket dengan hasil cek fisik. 3. Penetapan PKB, SWDKLLJ, dan PNBP STNK serta TNKB. 4. Pembayaran. 5. Penyerahan STNK baru dan TNKB.',
  duration: '1 hari kerja; TNKB dapat diambil paling lambat 7 hari kerja bila stok belum tersedia.',
  fee: 'PKB dan SWDKLLJ sesuai ketentuan; PNBP penerbitan STNK dan TNKB sesuai Peraturan Pemerintah tentang jenis dan tarif PNBP yang berlaku pada Polri.',
  product: 'STNK baru dan Tanda Nomor Kendaraan Bermotor (TNKB).',
};

export const SAMSAT_TRANSFER: DeliveryTexts = {
  requirements: 'KTP elektronik pemilik baru; STNK dan BPKB asli; kuitansi jual beli bermeterai; hasil cek fisik kendaraan.',
  procedure:
    '1. Cek fisik kendaraan. 2. Pendaftaran BBNKB di loket. 3. Penetapan BBNKB, PKB, SWDKLLJ dan PNBP. 4. Pembayaran. 5. Penyerahan STNK atas nama pemilik baru; BPKB diproses di Direktorat Lalu Lintas.',
  duration: '1 hari kerja untuk STNK; BPKB paling lama 14 hari kerja.',
  fee: 'Bea Balik Nama Kendaraan Bermotor (BBNKB) sesuai Peraturan Daerah; PKB; SWDKLLJ; PNBP sesuai ketentuan yang berlaku.',
  product: 'STNK dan BPKB atas nama pemilik baru.',
};

export const NIB_OSS: DeliveryTexts = {
  requirements:
    'Akun OSS (Online Single Submission) pelaku usaha; NIK untuk perseorangan atau akta pendirian dan SK pengesahan untuk badan usaha; NPWP; data lokasi dan kegiatan usaha (KBLI).',
  procedure:
    '1. Pelaku usaha mendaftar di oss.go.id atau dibantu petugas di gerai DPMPTSP. 2. Mengisi data usaha dan memilih KBLI. 3. Sistem menentukan tingkat risiko. 4. NIB terbit; untuk risiko menengah-tinggi dan tinggi, persyaratan dasar dan izin dilengkapi dan diverifikasi DPMPTSP.',
  duration: 'NIB: seketika setelah data lengkap. Verifikasi izin risiko menengah-tinggi: paling lama 5 hari kerja.',
  fee: 'Tidak dipungut biaya (gratis).',
  product: 'Nomor Induk Berusaha (NIB) dan Sertifikat Standar atau Izin sesuai tingkat risiko.',
};

export const BUILDING_APPROVAL: DeliveryTexts = {
  requirements:
    'Dokumen kepemilikan tanah; gambar rencana teknis (arsitektur, struktur, utilitas) oleh tenaga ahli bersertifikat; KTP pemohon; NIB bila untuk usaha.',
  procedure:
    '1. Permohonan melalui SIMBG. 2. Konsultasi dengan Tim Profesi Ahli. 3. Penerbitan Surat Pernyataan Pemenuhan Standar Teknis. 4. Penetapan dan pembayaran retribusi. 5. Penerbitan PBG.',
  duration: '28 hari kerja sejak dokumen dinyatakan lengkap.',
  fee: 'Retribusi PBG sesuai Peraturan Daerah Kota Banjarmasin tentang Pajak Daerah dan Retribusi Daerah.',
  product: 'Persetujuan Bangunan Gedung (PBG).',
};

export const KTP_EL: DeliveryTexts = {
  requirements:
    'Berusia 17 tahun atau sudah/pernah kawin; fotokopi Kartu Keluarga; untuk penggantian karena hilang: surat keterangan kehilangan dari kepolisian; karena rusak: KTP-el yang rusak.',
  procedure:
    '1. Ambil antrean. 2. Verifikasi data kependudukan. 3. Perekaman biometrik (foto, sidik jari, iris, tanda tangan) bagi yang belum merekam. 4. Pencetakan KTP-el. 5. Penyerahan kepada pemohon.',
  duration: '1 hari kerja bila blangko tersedia.',
  fee: 'Tidak dipungut biaya (gratis) sesuai Undang-Undang Administrasi Kependudukan.',
  product: 'Kartu Tanda Penduduk elektronik (KTP-el).',
};

export const FAMILY_CARD: DeliveryTexts = {
  requirements:
    'Kartu Keluarga lama; buku nikah/akta perkawinan atau akta cerai bila ada perubahan status; surat keterangan pindah bila pindah datang.',
  procedure:
    '1. Isi formulir F-1.01 atau ajukan melalui aplikasi layanan daring Disdukcapil. 2. Verifikasi dan validasi data. 3. Pencetakan KK (dapat dicetak mandiri dengan kertas HVS sesuai ketentuan tanda tangan elektronik).',
  duration: '1 hari kerja.',
  fee: 'Tidak dipungut biaya (gratis).',
  product: 'Kartu Keluarga (KK) dengan tanda tangan elektronik.',
};

export const BIRTH_CERTIFICATE: DeliveryTexts = {
  requirements:
    'Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau kelurahan; Kartu Keluarga; KTP-el orang tua; buku nikah/akta perkawinan orang tua.',
  procedure: '1. Pengajuan di loket atau daring. 2. Verifikasi berkas. 3. Penerbitan akta dan pemutakhiran data pada Kartu Keluarga.',
  duration: '1 hari kerja.',
  fee: 'Tidak dipungut biaya (gratis).',
  product: 'Kutipan Akta Kelahiran.',
};

export const PASSPORT: DeliveryTexts = {
  requirements:
    'KTP-el; Kartu Keluarga; akta kelahiran, ijazah, buku nikah, atau surat baptis; paspor lama bagi penggantian. Pendaftaran antrean melalui aplikasi M-Paspor.',
  procedure:
    '1. Daftar dan pilih jadwal melalui M-Paspor. 2. Datang sesuai jadwal, verifikasi dokumen. 3. Wawancara, pengambilan foto dan sidik jari. 4. Pembayaran PNBP melalui bank/kantor pos/kanal daring. 5. Pengambilan paspor.',
  duration: '4 hari kerja setelah pembayaran PNBP.',
  fee: 'Sesuai Peraturan Pemerintah tentang jenis dan tarif PNBP yang berlaku pada kementerian yang membidangi imigrasi.',
  product: 'Paspor Republik Indonesia (paspor biasa atau paspor elektronik).',
};

export const JKN_REGISTRATION: DeliveryTexts = {
  requirements: 'KTP-el dan Kartu Keluarga; nomor telepon aktif; alamat surel; nomor rekening untuk autodebet iuran (peserta mandiri).',
  procedure:
    '1. Pendaftaran melalui aplikasi Mobile JKN, PANDAWA, atau di kantor cabang. 2. Pemilihan fasilitas kesehatan tingkat pertama. 3. Pembayaran iuran pertama. 4. Kartu JKN-KIS digital aktif.',
  duration: 'Kartu aktif 14 hari setelah pendaftaran bagi peserta mandiri.',
  fee: 'Tidak ada biaya pendaftaran; iuran bulanan sesuai Peraturan Presiden tentang Jaminan Kesehatan.',
  product: 'Kartu Indonesia Sehat (JKN-KIS) digital dan nomor kepesertaan.',
};

export const JHT_CLAIM: DeliveryTexts = {
  requirements:
    'Kartu peserta BPJS Ketenagakerjaan; KTP-el; surat keterangan berhenti bekerja atau paklaring; buku rekening atas nama peserta; NPWP untuk klaim di atas Rp 50 juta.',
  procedure:
    '1. Ajukan melalui aplikasi JMO, Lapak Asik, atau kantor cabang. 2. Verifikasi data dan wawancara daring bila perlu. 3. Dana ditransfer ke rekening peserta.',
  duration: 'Paling lama 5 hari kerja setelah berkas lengkap.',
  fee: 'Tidak dipungut biaya (gratis).',
  product: 'Pembayaran saldo Jaminan Hari Tua (JHT) ke rekening peserta.',
};

export const OUTPATIENT: DeliveryTexts = {
  requirements:
    'Kartu identitas; kartu JKN-KIS dan surat rujukan dari fasilitas kesehatan tingkat pertama bagi peserta JKN; kartu berobat bagi pasien lama.',
  procedure:
    '1. Ambil antrean daring atau di anjungan. 2. Pendaftaran dan verifikasi kepesertaan. 3. Pemeriksaan di poliklinik. 4. Pengambilan obat di farmasi. 5. Pembayaran bagi pasien umum.',
  duration: 'Pendaftaran hingga pemeriksaan paling lama 60 menit; pelayanan obat jadi paling lama 30 menit.',
  fee: 'Peserta JKN: ditanggung sesuai ketentuan. Pasien umum: tarif sesuai Peraturan Gubernur tentang tarif layanan BLUD RSUD.',
  product: 'Pelayanan pemeriksaan dan pengobatan rawat jalan, resep, dan surat rujukan bila diperlukan.',
};

export const EMERGENCY: DeliveryTexts = {
  requirements: 'Tidak ada persyaratan untuk mendapatkan pertolongan pertama; identitas dan kartu JKN dilengkapi paling lambat 3 x 24 jam.',
  procedure:
    '1. Pasien diterima dan dilakukan triase. 2. Penanganan kegawatdaruratan sesuai kategori. 3. Observasi, rawat inap, atau rujukan. 4. Administrasi setelah kondisi stabil.',
  duration: 'Penanganan pertama paling lama 5 menit setelah pasien tiba.',
  fee: 'Peserta JKN: ditanggung. Pasien umum: sesuai tarif Peraturan Gubernur.',
  product: 'Pelayanan gawat darurat 24 jam.',
};

export const DTKS: DeliveryTexts = {
  requirements: 'KTP-el dan Kartu Keluarga; surat pengantar RT/RW dan kelurahan/desa; foto kondisi rumah.',
  procedure:
    '1. Usulan melalui kelurahan/desa atau aplikasi Cek Bansos. 2. Verifikasi dan validasi lapangan. 3. Musyawarah kelurahan/desa. 4. Penetapan dan pengiriman usulan ke Kementerian Sosial.',
  duration: 'Verifikasi paling lama 14 hari kerja; penetapan mengikuti jadwal pemutakhiran nasional.',
  fee: 'Tidak dipungut biaya (gratis).',
  product: 'Data warga masuk dalam usulan Data Terpadu Kesejahteraan Sosial (DTKS) / Data Tunggal Sosial dan Ekonomi Nasional.',
};

export const SOCIAL_REHAB: DeliveryTexts = {
  requirements:
    'Surat permohonan dari keluarga, pendamping, atau dinas sosial kabupaten/kota; KTP-el dan KK; hasil asesmen pekerja sosial.',
  procedure:
    '1. Penerimaan rujukan. 2. Asesmen oleh pekerja sosial. 3. Penetapan rencana intervensi. 4. Pelaksanaan rehabilitasi. 5. Terminasi dan bimbingan lanjut.',
  duration: 'Asesmen paling lama 7 hari kerja sejak rujukan diterima.',
  fee: 'Tidak dipungut biaya (gratis).',
  product: 'Layanan rehabilitasi sosial dasar bagi penerima manfaat.',
};

export const HEIRS_LETTER: DeliveryTexts = {
  requirements: 'Surat pengantar RT dan kelurahan; akta kematian pewaris; KTP-el dan KK seluruh ahli waris; dua orang saksi.',
  procedure: '1. Penyerahan berkas di loket kecamatan. 2. Verifikasi dan pemeriksaan saksi. 3. Penandatanganan oleh camat.',
  duration: '3 hari kerja.',
  fee: 'Tidak dipungut biaya (gratis).',
  product: 'Surat Keterangan Ahli Waris yang dikuatkan camat.',
};
