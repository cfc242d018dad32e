import { registerEnumType } from '@nestjs/graphql';
import { DELIVERY_COMPONENT_CODES, StandardComponentValues, type StandardComponentCode } from '@simpul/contracts';

export { isDeliveryComponent } from '@simpul/contracts';

/**
 * The 14 Standar Pelayanan components, the same enum (name and values) the registry publishes, so
 * the supergraph composes; the list itself lives in @simpul/contracts.
 */
export const StandardComponent = StandardComponentValues;
export type StandardComponent = StandardComponentCode;
registerEnumType(StandardComponent, {
  name: 'StandardComponent',
  description:
    'Komponen Standar Pelayanan; enam pertama komponen penyampaian pelayanan (wajib dipublikasikan), delapan berikutnya komponen pengelolaan',
});

export const DELIVERY_COMPONENTS: readonly StandardComponent[] = DELIVERY_COMPONENT_CODES;
