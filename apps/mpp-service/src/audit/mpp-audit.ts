import { forbidden, requireSignedIn, type SubgraphContext } from '@simpul/service-kit';
import { canReadMallHistory } from '../access/mpp-access';

export const AUDIT_SCHEMA = 'mpp';

/** What the MPP audit log holds, by the GraphQL type the change is shown on. */
export const MPP_AUDITED_TYPES = ['Desk', 'Tenancy'] as const;

export function assertMayReadMallHistory(context: SubgraphContext, mallId: string): void {
  requireSignedIn(context.caller);
  if (!canReadMallHistory(context.caller, mallId)) {
    throw forbidden('Only the operator of this mall or a national admin may read this history.', 'Riwayat perubahan ini hanya dapat dilihat operator MPP ini atau admin nasional.');
  }
}
