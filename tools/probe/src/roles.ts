/** The demo people the matrix signs in as (README, password simpul-demo), and signed out. */
export const ROLES = [
  { name: 'signed-out', email: null },
  { name: 'desk', email: 'desk.samsat-kalsel@simpul.test' },
  { name: 'evaluator', email: 'evaluator@simpul.test' },
  { name: 'operator', email: 'operator.banjarmasin@simpul.test' },
  { name: 'kipp-local-admin', email: 'admin.kalsel@simpul.test' },
  { name: 'national-admin', email: 'admin@simpul.test' },
] as const;

export type RoleName = (typeof ROLES)[number]['name'];

/** Roles bound to one tenant: only they get other tenants' ids in mutations (never theirs, so never a write). */
export const TENANT_ROLES: readonly RoleName[] = ['desk', 'operator', 'kipp-local-admin'];

/**
 * Root fields the probe leaves out, and why: each is throttled per client or per address, and the
 * whole e2e run shares one client address with the stack (a probe that spent the budget would make
 * other suites' sign-ins and SKM submissions fail). Their limits have their own tests.
 */
export const NOT_PROBED: Record<string, string> = {
  signIn: 'sign-in throttle (sign-in-throttle.spec)',
  requestPasswordReset: 'reset throttle, sends mail',
  setPassword: 'token throttle',
  submitSkmResponses: 'SKM rate limit per client (submission specs)',
  submitSurveyResponse: 'survey rate limit per client',
  fileObjection: 'public, rate limited per client',
};

/**
 * Mutations that write a row whatever ids they are given, by design, so run signed out only:
 * issueDocument registers a printed document for any subject (idempotent per person and figures).
 */
export const WRITES_FOR_ANY_ID: readonly string[] = ['issueDocument'];
