export const AUDIT_SCHEMA = 'mpp';

/** What the MPP audit log holds, by the GraphQL type the change is shown on. */
export const MPP_AUDITED_TYPES = ['Desk', 'Tenancy'] as const;
