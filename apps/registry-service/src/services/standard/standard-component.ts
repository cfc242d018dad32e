import { registerEnumType } from '@nestjs/graphql';

/** The 14 components of a Standar Pelayanan (UU 25/2009, PermenPANRB 15/2014), in legal order. */
export enum StandardComponent {
  REQUIREMENTS = 'REQUIREMENTS',
  PROCEDURE = 'PROCEDURE',
  DURATION = 'DURATION',
  FEE = 'FEE',
  PRODUCT = 'PRODUCT',
  COMPLAINT_HANDLING = 'COMPLAINT_HANDLING',
  LEGAL_BASIS = 'LEGAL_BASIS',
  FACILITIES = 'FACILITIES',
  STAFF_COMPETENCE = 'STAFF_COMPETENCE',
  INTERNAL_SUPERVISION = 'INTERNAL_SUPERVISION',
  STAFF_COUNT = 'STAFF_COUNT',
  SERVICE_GUARANTEE = 'SERVICE_GUARANTEE',
  SAFETY_GUARANTEE = 'SAFETY_GUARANTEE',
  STAFF_EVALUATION = 'STAFF_EVALUATION',
}
registerEnumType(StandardComponent, {
  name: 'StandardComponent',
  description: 'Komponen Standar Pelayanan; enam pertama komponen penyampaian pelayanan (wajib dipublikasikan), delapan berikutnya komponen pengelolaan',
});

export interface ComponentDefinition {
  component: StandardComponent;
  /** Service-delivery components must be published; management components need not be. */
  delivery: boolean;
  /** Column name in import files. */
  column: string;
  label: { id: string; en: string };
}

export const STANDARD_COMPONENTS: readonly ComponentDefinition[] = [
  { component: StandardComponent.REQUIREMENTS, delivery: true, column: 'requirements', label: { id: 'Persyaratan', en: 'Requirements' } },
  { component: StandardComponent.PROCEDURE, delivery: true, column: 'procedure', label: { id: 'Sistem, mekanisme dan prosedur', en: 'Procedure' } },
  { component: StandardComponent.DURATION, delivery: true, column: 'duration', label: { id: 'Jangka waktu penyelesaian', en: 'Duration' } },
  { component: StandardComponent.FEE, delivery: true, column: 'fee', label: { id: 'Biaya/tarif', en: 'Fee' } },
  { component: StandardComponent.PRODUCT, delivery: true, column: 'product', label: { id: 'Produk pelayanan', en: 'Product' } },
  { component: StandardComponent.COMPLAINT_HANDLING, delivery: true, column: 'complaint_handling', label: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Complaint handling' } },
  { component: StandardComponent.LEGAL_BASIS, delivery: false, column: 'legal_basis', label: { id: 'Dasar hukum', en: 'Legal basis' } },
  { component: StandardComponent.FACILITIES, delivery: false, column: 'facilities', label: { id: 'Sarana, prasarana dan/atau fasilitas', en: 'Facilities' } },
  { component: StandardComponent.STAFF_COMPETENCE, delivery: false, column: 'staff_competence', label: { id: 'Kompetensi pelaksana', en: 'Staff competence' } },
  { component: StandardComponent.INTERNAL_SUPERVISION, delivery: false, column: 'internal_supervision', label: { id: 'Pengawasan internal', en: 'Internal supervision' } },
  { component: StandardComponent.STAFF_COUNT, delivery: false, column: 'staff_count', label: { id: 'Jumlah pelaksana', en: 'Number of staff' } },
  { component: StandardComponent.SERVICE_GUARANTEE, delivery: false, column: 'service_guarantee', label: { id: 'Jaminan pelayanan', en: 'Service guarantee' } },
  { component: StandardComponent.SAFETY_GUARANTEE, delivery: false, column: 'safety_guarantee', label: { id: 'Jaminan keamanan dan keselamatan pelayanan', en: 'Safety guarantee' } },
  { component: StandardComponent.STAFF_EVALUATION, delivery: false, column: 'staff_evaluation', label: { id: 'Evaluasi kinerja pelaksana', en: 'Staff evaluation' } },
];

export const DELIVERY_COMPONENTS = STANDARD_COMPONENTS.filter((definition) => definition.delivery).map((definition) => definition.component);

/** What is stored per service (jsonb): content and, for delivery components, whether it is published. */
export type StoredStandard = Partial<Record<StandardComponent, { content: string | null; published: boolean }>>;
