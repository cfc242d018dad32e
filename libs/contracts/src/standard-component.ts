/**
 * The 14 components of a Standar Pelayanan (UU 25/2009, PermenPANRB 15/2014), in legal order. The
 * first six are service-delivery components, which must be published; the other eight are management
 * components. One list for every service and remote: the registry stores and checks them, the MPP
 * service reports what a tenant's service misses, the web shows them.
 */
export const STANDARD_COMPONENT_CODES = [
  'REQUIREMENTS',
  'PROCEDURE',
  'DURATION',
  'FEE',
  'PRODUCT',
  'COMPLAINT_HANDLING',
  'LEGAL_BASIS',
  'FACILITIES',
  'STAFF_COMPETENCE',
  'INTERNAL_SUPERVISION',
  'STAFF_COUNT',
  'SERVICE_GUARANTEE',
  'SAFETY_GUARANTEE',
  'STAFF_EVALUATION',
] as const;
export type StandardComponentCode = (typeof STANDARD_COMPONENT_CODES)[number];

export interface StandardComponentDefinition {
  component: StandardComponentCode;
  /** Service-delivery components must be published; management components need not be. */
  delivery: boolean;
  /** Column name in service import files (CSV/XLSX). */
  column: string;
  label: { id: string; en: string };
}

export const STANDARD_COMPONENTS: readonly StandardComponentDefinition[] = [
  { component: 'REQUIREMENTS', delivery: true, column: 'requirements', label: { id: 'Persyaratan', en: 'Requirements' } },
  { component: 'PROCEDURE', delivery: true, column: 'procedure', label: { id: 'Sistem, mekanisme dan prosedur', en: 'Procedure' } },
  { component: 'DURATION', delivery: true, column: 'duration', label: { id: 'Jangka waktu penyelesaian', en: 'Duration' } },
  { component: 'FEE', delivery: true, column: 'fee', label: { id: 'Biaya/tarif', en: 'Fee' } },
  { component: 'PRODUCT', delivery: true, column: 'product', label: { id: 'Produk pelayanan', en: 'Product' } },
  {
    component: 'COMPLAINT_HANDLING',
    delivery: true,
    column: 'complaint_handling',
    label: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Complaint handling' },
  },
  { component: 'LEGAL_BASIS', delivery: false, column: 'legal_basis', label: { id: 'Dasar hukum', en: 'Legal basis' } },
  {
    component: 'FACILITIES',
    delivery: false,
    column: 'facilities',
    label: { id: 'Sarana, prasarana dan/atau fasilitas', en: 'Facilities' },
  },
  {
    component: 'STAFF_COMPETENCE',
    delivery: false,
    column: 'staff_competence',
    label: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
  },
  {
    component: 'INTERNAL_SUPERVISION',
    delivery: false,
    column: 'internal_supervision',
    label: { id: 'Pengawasan internal', en: 'Internal supervision' },
  },
  { component: 'STAFF_COUNT', delivery: false, column: 'staff_count', label: { id: 'Jumlah pelaksana', en: 'Number of staff' } },
  {
    component: 'SERVICE_GUARANTEE',
    delivery: false,
    column: 'service_guarantee',
    label: { id: 'Jaminan pelayanan', en: 'Service guarantee' },
  },
  {
    component: 'SAFETY_GUARANTEE',
    delivery: false,
    column: 'safety_guarantee',
    label: { id: 'Jaminan keamanan dan keselamatan pelayanan', en: 'Safety guarantee' },
  },
  {
    component: 'STAFF_EVALUATION',
    delivery: false,
    column: 'staff_evaluation',
    label: { id: 'Evaluasi kinerja pelaksana', en: 'Staff evaluation' },
  },
];

export const DELIVERY_COMPONENT_CODES: readonly StandardComponentCode[] = STANDARD_COMPONENTS.filter((c) => c.delivery).map(
  (c) => c.component,
);

export function isDeliveryComponent(value: string): value is StandardComponentCode {
  return (DELIVERY_COMPONENT_CODES as readonly string[]).includes(value);
}

/** `{ REQUIREMENTS: 'REQUIREMENTS', … }`: the shape GraphQL enum registration expects. */
export const StandardComponentValues = Object.fromEntries(STANDARD_COMPONENT_CODES.map((code) => [code, code])) as {
  readonly [K in StandardComponentCode]: K;
};
