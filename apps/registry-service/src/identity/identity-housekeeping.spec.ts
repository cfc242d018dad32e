import { startRegistry, type RegistryHarness } from '../test-support/registry-test-app';
import { IdentityHousekeeping } from './identity-housekeeping.service';

describe('identity housekeeping (real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('forgets quiet throttling counters and long-ended sessions, and keeps live ones', async () => {
    const user = (await registry.sql<{ id: string }>(`SELECT id FROM registry.users WHERE email = 'admin@simpul.test'`))[0].id;
    await registry.sql(
      `INSERT INTO registry.sign_in_throttle (key, failures, last_failure_at) VALUES ('account:lama@simpul.test', 3, now() - interval '2 days'), ('account:baru@simpul.test', 3, now())`,
    );
    await registry.sql(
      `INSERT INTO registry.sessions (id, user_id, token_hash, expires_at, revoked_at) VALUES
        (gen_random_uuid(), $1, 'lama', now() - interval '40 days', NULL),
        (gen_random_uuid(), $1, 'dicabut', now() + interval '10 days', now() - interval '31 days'),
        (gen_random_uuid(), $1, 'hidup', now() + interval '10 days', NULL)`,
      [user],
    );
    await registry.app.get(IdentityHousekeeping).run();
    expect(await registry.sql(`SELECT key FROM registry.sign_in_throttle ORDER BY key`)).toEqual([{ key: 'account:baru@simpul.test' }]);
    expect(await registry.sql(`SELECT token_hash FROM registry.sessions ORDER BY token_hash`)).toEqual([{ token_hash: 'hidup' }]);
  });
});
