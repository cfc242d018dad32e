/**
 * N synthetic catalogue innovations for the search benchmark (ARCHITECTURE: about 26 000 in ten
 * years). Plain SQL with generate_series, no decorators or framework, so benchmark tools can run it
 * over any PostgreSQL client: `await client.query(syntheticCatalogueSql(), [26000])`. Ids are
 * md5-derived, so running it twice adds nothing. Titles and summaries combine Indonesian service
 * words so the text-search index sees a realistic vocabulary.
 */
export function syntheticCatalogueSql(): string {
  return `
    WITH words AS (
      SELECT ARRAY['Layanan', 'Sistem', 'Gerakan', 'Aplikasi', 'Program', 'Gerai', 'Klinik', 'Rumah', 'Pusat', 'Jaringan'] AS heads,
             ARRAY['Perizinan Usaha', 'Kesehatan Ibu dan Anak', 'Administrasi Kependudukan', 'Pajak Daerah', 'Air Bersih', 'Pengelolaan Sampah',
                   'Bantuan Sosial', 'Beasiswa Pelajar', 'Pengaduan Masyarakat', 'Pertanian Organik', 'Nelayan Kecil', 'Pariwisata Desa',
                   'Imunisasi Balita', 'Gizi Buruk', 'Pelayanan Lansia', 'Penanggulangan Banjir', 'Sertifikat Tanah', 'Pajak Kendaraan'] AS subjects,
             ARRAY['Terpadu', 'Keliling', 'Daring', 'Tanpa Antre', 'Berbasis Desa', 'Ramah Disabilitas', 'Satu Pintu', 'Jemput Bola',
                   'Digital', 'Terapung', 'Malam Hari', 'Akhir Pekan'] AS modifiers,
             ARRAY['Aceh', 'Medan', 'Padang', 'Pekanbaru', 'Jambi', 'Palembang', 'Bengkulu', 'Lampung', 'Bandung', 'Semarang', 'Yogyakarta',
                   'Surabaya', 'Denpasar', 'Mataram', 'Kupang', 'Pontianak', 'Palangka Raya', 'Banjarmasin', 'Samarinda', 'Manado', 'Makassar',
                   'Kendari', 'Ambon', 'Ternate', 'Jayapura', 'Manokwari', 'Merauke', 'Wamena'] AS places,
             ARRAY['Tata Kelola Pemerintahan yang Adaptif', 'Pelayanan Publik Digital', 'Kesehatan', 'Pendidikan', 'Ekonomi dan Investasi',
                   'Sosial dan Pemberdayaan Masyarakat', 'Lingkungan dan Ketahanan Bencana'] AS categories,
             ARRAY['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA', 'BUMN', 'BUMD'] AS agency_types,
             ARRAY['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63',
                   '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96'] AS provinces
    ), rows AS (
      SELECT g, w.*,
             md5('synthetic-innovation:' || g)::uuid AS id,
             2014 + (g % 10) AS year,
             w.provinces[1 + (g * 7) % 38] AS province
      FROM generate_series(1, $1::int) AS g, words w
    ), inserted AS (
      INSERT INTO kipp.innovations (id, title, summary, service_unit_id, agency_id, agency_type, region_code, province_code, category, group_code, first_year, latest_year, award, origin)
      SELECT id,
             heads[1 + g % 10] || ' ' || subjects[1 + (g / 10) % 18] || ' ' || modifiers[1 + (g / 180) % 12] || ' ' || places[1 + (g * 11) % 28],
             'Inovasi ' || lower(subjects[1 + (g / 10) % 18]) || ' yang ' || lower(modifiers[1 + (g / 180) % 12]) || ' di ' || places[1 + (g * 11) % 28]
               || ' untuk memangkas waktu tunggu, biaya dan perjalanan warga; nomor katalog ' || g || '.',
             NULL, md5('synthetic-agency:' || (g % 600))::uuid, agency_types[1 + g % 7], province, province,
             categories[1 + (g / 3) % 7], CASE WHEN g % 9 = 0 THEN 'REPLIKASI' ELSE 'UMUM' END, year, year,
             CASE WHEN g % 5 = 0 THEN 'TOP45' ELSE 'TOP99' END, 'DEMO'
      FROM rows
      ON CONFLICT (id) DO NOTHING
      RETURNING id, first_year, group_code, award
    ), entries AS (
      INSERT INTO kipp.innovation_entries (innovation_id, year, group_code, award)
      SELECT id, first_year, group_code, award FROM inserted ON CONFLICT DO NOTHING RETURNING 1
    )
    SELECT count(*)::int AS added FROM entries`;
}
