import { registerEnumType } from '@nestjs/graphql';

/**
 * The 14 Standar Pelayanan components, the same enum (name and values) the registry publishes, so
 * the supergraph composes; the first six are service-delivery components (DOMAIN.md §6).
 */
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

export const DELIVERY_COMPONENTS: readonly StandardComponent[] = [
  StandardComponent.REQUIREMENTS,
  StandardComponent.PROCEDURE,
  StandardComponent.DURATION,
  StandardComponent.FEE,
  StandardComponent.PRODUCT,
  StandardComponent.COMPLAINT_HANDLING,
];

export function isDeliveryComponent(value: string): value is StandardComponent {
  return (DELIVERY_COMPONENTS as readonly string[]).includes(value);
}
