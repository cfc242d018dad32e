import type { Role } from './role';

/**
 * The caller as every subgraph sees it, forwarded by the gateway.
 * `binding` says which tenant a bound role acts for: the mall of an MPP_OPERATOR,
 * the service unit of a UNIT_DESK; NATIONAL_ADMIN and EVALUATOR carry none.
 */
export interface Identity {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** Service unit id for UNIT_DESK. */
  serviceUnitId: string | null;
  /** Mall id for MPP_OPERATOR. */
  mallId: string | null;
}

/** The anonymous public: no identity at all. */
export type Caller = Identity | null;
