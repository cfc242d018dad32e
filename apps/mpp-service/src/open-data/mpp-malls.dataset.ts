import { CC_BY_4_0, type OpenDataset } from '@simpul/service-kit';

/**
 * Every operating MPP (ACTIVE, as the public list shows) with its live tenants. Proposed malls,
 * tenants still onboarding, agreements (PKS) and their files, desks, visitors and operators stay
 * in the service.
 */
export const MPP_MALLS_DATASET: OpenDataset = {
  id: 'mpp-malls',
  title: { id: 'Mal Pelayanan Publik (MPP) dan tenantnya', en: 'Public Service Malls (MPP) and their tenants' },
  description: {
    id: 'Mal Pelayanan Publik yang beroperasi (status ACTIVE) dengan kabupaten/kota, alamat, tanggal peresmian, unit pengelola dan instansi tenant yang sudah melayani (LIVE). Usulan MPP, tenant yang masih dalam proses, perjanjian kerja sama, gerai dan data pengunjung tidak disertakan.',
    en: 'Operating Public Service Malls (status ACTIVE) with their regency/city, address, opening date, managing unit and the tenant agencies already serving (LIVE). Proposed malls, tenants still onboarding, agreements, desks and visitor data are not included.',
  },
  keywords: ['MPP', 'mal pelayanan publik', 'tenant', 'public service mall'],
  theme: ['Pemerintahan', 'Pelayanan Publik'],
  license: CC_BY_4_0,
  fields: [
    { key: 'id', type: 'string', description: { id: 'Pengenal MPP', en: 'Mall id' } },
    { key: 'name', type: 'string', description: { id: 'Nama MPP', en: 'Mall name' } },
    { key: 'regency_code', type: 'string', description: { id: 'Kode kabupaten/kota', en: 'Regency/city code' } },
    { key: 'province_code', type: 'string', description: { id: 'Kode provinsi', en: 'Province code' } },
    { key: 'address', type: 'string', description: { id: 'Alamat', en: 'Address' } },
    { key: 'status', type: 'string', description: { id: 'Status MPP (ACTIVE)', en: 'Mall status (ACTIVE)' } },
    { key: 'opened_on', type: 'date', description: { id: 'Tanggal peresmian', en: 'Opening date' } },
    {
      key: 'managing_unit_id',
      type: 'string',
      description: { id: 'Unit pengelola (lihat service-units)', en: 'Managing unit (see service-units)' },
    },
    { key: 'tenant_count', type: 'integer', description: { id: 'Jumlah instansi tenant yang melayani', en: 'Tenant agencies serving' } },
    {
      key: 'tenant_agency_ids',
      type: 'string',
      description: {
        id: 'Pengenal instansi tenant yang melayani, dipisah titik koma (lihat agency_id di service-units)',
        en: 'Serving tenant agency ids, separated by semicolons (see agency_id in service-units)',
      },
    },
    { key: 'origin', type: 'string', description: { id: 'OFFICIAL atau DEMO', en: 'OFFICIAL or DEMO' } },
    { key: 'updated_at', type: 'datetime', description: { id: 'Terakhir diubah', en: 'Last changed' } },
  ],
  sql: `SELECT m.id, m.name, m.regency_code, m.province_code, m.address, m.status, to_char(m.opened_on, 'YYYY-MM-DD') AS opened_on,
      m.managing_unit_id, count(t.id)::int AS tenant_count,
      string_agg(t.agency_id::text, ';' ORDER BY t.agency_id) AS tenant_agency_ids, m.origin,
      greatest(m.updated_at, max(t.updated_at)) AS updated_at
    FROM mpp.malls m
    LEFT JOIN mpp.tenancies t ON t.mall_id = m.id AND t.step = 'LIVE'
    WHERE m.status = 'ACTIVE'
    GROUP BY m.id
    ORDER BY m.province_code, m.name, m.id`,
  modifiedSql: `SELECT greatest(max(m.updated_at), max(t.updated_at)) AS modified
    FROM mpp.malls m LEFT JOIN mpp.tenancies t ON t.mall_id = m.id AND t.step = 'LIVE' WHERE m.status = 'ACTIVE'`,
};
