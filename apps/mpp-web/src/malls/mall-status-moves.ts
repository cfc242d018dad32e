import type { MallStatus } from '../shared/enums';

/** The service's status rule, mirrored so the form offers only moves that can succeed; a CLOSED mall stays closed. */
export const MALL_STATUS_MOVES: Record<MallStatus, MallStatus[]> = {
  PROPOSED: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['SUSPENDED', 'CLOSED'],
  SUSPENDED: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};
