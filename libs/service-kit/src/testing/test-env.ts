/** Env vars the global setup hands to Jest workers. */
export const TEST_ADMIN_URL_ENV = 'SIMPUL_TEST_ADMIN_URL';
export const TEST_RUN_ID_ENV = 'SIMPUL_TEST_RUN_ID';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function testAdminUrl(): string {
  const url = process.env[TEST_ADMIN_URL_ENV];
  if (!url) throw new Error(`${TEST_ADMIN_URL_ENV} is not set: use @simpul/service-kit/testing's global-setup in jest.config.cjs.`);
  return url;
}

export function testRunId(): string {
  return process.env[TEST_RUN_ID_ENV] ?? 'local';
}
