import { CC_BY_4_0, type OpenDataField, type OpenDataRow, type OpenDataset } from '@simpul/service-kit';

/** The six delivery components of a Standar Pelayanan (PermenPANRB 15/2014) the public sees. */
const DELIVERY: Array<{ code: string; key: string; id: string; en: string }> = [
  { code: 'REQUIREMENTS', key: 'requirements', id: 'Persyaratan', en: 'Requirements' },
  { code: 'PROCEDURE', key: 'procedure', id: 'Sistem, mekanisme dan prosedur', en: 'System, mechanism and procedure' },
  { code: 'DURATION', key: 'duration', id: 'Jangka waktu penyelesaian', en: 'Time to complete' },
  { code: 'FEE', key: 'fee', id: 'Biaya/tarif', en: 'Fee' },
  { code: 'PRODUCT', key: 'product', id: 'Produk pelayanan', en: 'Service product' },
  {
    code: 'COMPLAINT_HANDLING',
    key: 'complaint_handling',
    id: 'Penanganan pengaduan, saran dan masukan',
    en: 'Complaints, suggestions and feedback',
  },
];

const componentFields: OpenDataField[] = DELIVERY.map((component) => ({
  key: component.key,
  type: 'string',
  description: {
    id: `${component.id} menurut Standar Pelayanan; kosong bila belum dipublikasikan`,
    en: `${component.en} as in the Standar Pelayanan; empty while not published`,
  },
}));

/**
 * The published delivery components of a service as one small jsonb ({ code: content }): jsonb_each
 * reads the TOASTed standard once per row (extracting each component apart decompressed it twelve
 * times), and only what is published leaves PostgreSQL.
 */
const PUBLISHED_COMPONENTS = `(SELECT jsonb_object_agg(c.key, c.value ->> 'content') FROM jsonb_each(s.standard) c
      WHERE c.key IN (${DELIVERY.map((d) => `'${d.code}'`).join(', ')}) AND (c.value ->> 'published')::boolean)`;

function componentColumns(published: Record<string, string | null> | null): Record<string, string | null> {
  return Object.fromEntries(DELIVERY.map((c) => [c.key, published?.[c.code] ?? null]));
}

/**
 * Every active service with the delivery components of its Standar Pelayanan that its unit has
 * published. The eight management components (staff, supervision, …) are internal and not included.
 */
export const SERVICES_DATASET: OpenDataset = {
  id: 'services',
  title: { id: 'Jenis pelayanan dan standar pelayanannya', en: 'Services and their service standards' },
  description: {
    id: 'Jenis pelayanan setiap unit beserta enam komponen penyampaian Standar Pelayanan (persyaratan, prosedur, waktu, biaya, produk, pengaduan) yang telah dipublikasikan unit. Komponen yang belum dipublikasikan dan komponen pengelolaan internal tidak disertakan.',
    en: "Each unit's services with the six delivery components of their Standar Pelayanan (requirements, procedure, time, fee, product, complaints) the unit has published. Unpublished components and the internal management components are not included.",
  },
  keywords: ['standar pelayanan', 'jenis layanan', 'persyaratan', 'biaya', 'service standards'],
  theme: ['Pemerintahan', 'Pelayanan Publik'],
  license: CC_BY_4_0,
  fields: [
    { key: 'id', type: 'string', description: { id: 'Pengenal layanan (UUID, tetap)', en: 'Service id (UUID, stable)' } },
    {
      key: 'service_unit_id',
      type: 'string',
      description: { id: 'Pengenal unit (lihat set data service-units)', en: 'Unit id (see the service-units dataset)' },
    },
    { key: 'service_unit_name', type: 'string', description: { id: 'Nama unit', en: 'Unit name' } },
    { key: 'name', type: 'string', description: { id: 'Nama layanan', en: 'Service name' } },
    { key: 'description', type: 'string', description: { id: 'Uraian layanan', en: 'Description' } },
    ...componentFields,
    { key: 'updated_at', type: 'datetime', description: { id: 'Terakhir diubah', en: 'Last changed' } },
  ],
  sql: `SELECT s.id, s.service_unit_id, u.name AS service_unit_name, s.name, s.description,
      ${PUBLISHED_COMPONENTS} AS published, s.updated_at
    FROM registry.services s
    JOIN registry.service_units u ON u.id = s.service_unit_id AND u.archived_at IS NULL
    WHERE s.archived_at IS NULL
    ORDER BY s.id`,
  mapBatch: async (rows) =>
    rows.map(({ published, ...row }) => ({
      ...(row as OpenDataRow),
      ...componentColumns(published as Record<string, string | null> | null),
    })),
  modifiedSql: `SELECT max(updated_at) AS modified FROM registry.services WHERE archived_at IS NULL`,
};
