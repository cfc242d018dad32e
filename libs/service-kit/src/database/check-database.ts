import pg from 'pg';

/** Hides the password when a URL appears in a message. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * Resolves when the database accepts a connection; otherwise rejects with one sentence a person can
 * act on (used by every service's main.ts before Nest starts, so no stack trace reaches the console).
 */
export async function checkDatabase(url: string | undefined): Promise<void> {
  if (!url)
    throw new Error('DATABASE_URL is not set; point it at a PostgreSQL database, e.g. postgres://user:password@127.0.0.1:5432/simpul.');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`Cannot reach the database at ${redactUrl(url)}: ${(error as Error).message || String(error)}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
