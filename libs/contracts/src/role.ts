/** Who a signed-in person is to the portal. The anonymous public has no role at all. */
export const ROLES = ['NATIONAL_ADMIN', 'EVALUATOR', 'MPP_OPERATOR', 'UNIT_DESK'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
