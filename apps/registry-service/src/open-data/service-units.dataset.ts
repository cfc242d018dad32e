import { CC_BY_4_0, type OpenDataset } from '@simpul/service-kit';

/**
 * Every active service unit with its agency and region. The unit's telephone and e-mail are left
 * out: in the registry they are often an officer's own number or address (personal data, UU 27/2022).
 */
export const SERVICE_UNITS_DATASET: OpenDataset = {
  id: 'service-units',
  title: { id: 'Unit penyelenggara pelayanan publik', en: 'Public service units' },
  description: {
    id: 'Daftar unit penyelenggara pelayanan publik di registri Simpul beserta instansi induk, jenis, kelompok layanan, wilayah, alamat, situs web dan kode di sistem nasional lain (SIPPN, PEKPPP, SP4N-LAPOR!, SINOVIK). Nomor telepon dan surel unit tidak disertakan.',
    en: 'The public service units in the Simpul registry with their parent agency, kind, service group, region, address, website and their ids in other national systems (SIPPN, PEKPPP, SP4N-LAPOR!, SINOVIK). Unit telephone numbers and e-mail addresses are not included.',
  },
  keywords: ['pelayanan publik', 'unit layanan', 'registri', 'instansi', 'public services'],
  theme: ['Pemerintahan', 'Pelayanan Publik'],
  license: CC_BY_4_0,
  fields: [
    { key: 'id', type: 'string', description: { id: 'Pengenal unit (UUID, tetap)', en: 'Unit id (UUID, stable)' } },
    { key: 'name', type: 'string', description: { id: 'Nama unit', en: 'Unit name' } },
    {
      key: 'kind',
      type: 'string',
      description: { id: 'Jenis unit (SAMSAT, DPMPTSP, RSUD, …)', en: 'Unit kind (SAMSAT, DPMPTSP, RSUD, …)' },
    },
    {
      key: 'service_group',
      type: 'string',
      description: {
        id: 'Kelompok layanan: ADMINISTRASI, BARANG atau JASA',
        en: 'Service group: ADMINISTRASI (administrative), BARANG (goods) or JASA (services)',
      },
    },
    { key: 'agency_id', type: 'string', description: { id: 'Pengenal instansi induk', en: 'Parent agency id' } },
    { key: 'agency_name', type: 'string', description: { id: 'Nama instansi induk', en: 'Parent agency name' } },
    {
      key: 'agency_type',
      type: 'string',
      description: { id: 'Jenis instansi (KEMENTERIAN, PEMPROV, PEMKOT, …)', en: 'Agency type (ministry, province, city, …)' },
    },
    {
      key: 'region_code',
      type: 'string',
      description: { id: 'Kode wilayah Kemendagri tempat unit berada', en: 'Home Affairs region code where the unit is' },
    },
    { key: 'region_name', type: 'string', description: { id: 'Nama wilayah', en: 'Region name' } },
    { key: 'province_code', type: 'string', description: { id: 'Kode provinsi', en: 'Province code' } },
    { key: 'province_name', type: 'string', description: { id: 'Nama provinsi', en: 'Province name' } },
    { key: 'address', type: 'string', description: { id: 'Alamat kantor unit', en: 'Office address' } },
    { key: 'website', type: 'string', description: { id: 'Situs web unit', en: 'Unit website' } },
    { key: 'sippn_id', type: 'string', description: { id: 'Kode unit di SIPPN', en: 'Unit id in SIPPN' } },
    { key: 'pekppp_id', type: 'string', description: { id: 'Kode unit di PEKPPP', en: 'Unit id in PEKPPP' } },
    { key: 'sp4n_lapor_id', type: 'string', description: { id: 'Kode unit di SP4N-LAPOR!', en: 'Unit id in SP4N-LAPOR!' } },
    { key: 'sinovik_id', type: 'string', description: { id: 'Kode unit di SINOVIK', en: 'Unit id in SINOVIK' } },
    { key: 'updated_at', type: 'datetime', description: { id: 'Terakhir diubah', en: 'Last changed' } },
  ],
  sql: `SELECT u.id, u.name, u.kind, u.service_group, u.agency_id, a.name AS agency_name, a.type AS agency_type,
      u.region_code, r.name AS region_name, r.province_code, p.name AS province_name, u.address, u.website,
      u.sippn_id, u.pekppp_id, u.sp4n_lapor_id, u.sinovik_id, u.updated_at
    FROM registry.service_units u
    JOIN registry.agencies a ON a.id = u.agency_id
    LEFT JOIN registry.regions r ON r.code = u.region_code
    LEFT JOIN registry.regions p ON p.code = r.province_code
    WHERE u.archived_at IS NULL
    ORDER BY u.id`,
  modifiedSql: `SELECT max(updated_at) AS modified FROM registry.service_units WHERE archived_at IS NULL`,
};
