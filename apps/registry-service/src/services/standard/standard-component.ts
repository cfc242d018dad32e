import { registerEnumType } from '@nestjs/graphql';
import {
  DELIVERY_COMPONENT_CODES,
  STANDARD_COMPONENTS as COMPONENTS,
  StandardComponentValues,
  type StandardComponentCode,
  type StandardComponentDefinition,
} from '@simpul/contracts';

/** The 14 components of a Standar Pelayanan, from the shared list in @simpul/contracts. */
export const StandardComponent = StandardComponentValues;
export type StandardComponent = StandardComponentCode;
registerEnumType(StandardComponent, {
  name: 'StandardComponent',
  description:
    'Komponen Standar Pelayanan; enam pertama komponen penyampaian pelayanan (wajib dipublikasikan), delapan berikutnya komponen pengelolaan',
});

export type ComponentDefinition = StandardComponentDefinition;
export const STANDARD_COMPONENTS: readonly ComponentDefinition[] = COMPONENTS;
export const DELIVERY_COMPONENTS: readonly StandardComponent[] = DELIVERY_COMPONENT_CODES;

/** What is stored per service (jsonb): content and, for delivery components, whether it is published. */
export type StoredStandard = Partial<Record<StandardComponent, { content: string | null; published: boolean }>>;
