import { DataSource } from 'typeorm';
import { createEmptyDatabase, type TestDatabase } from '../testing/test-database';
import { testAdminUrl } from '../testing/test-env';
import { CacheInvalidation } from './cache-invalidation';

/** The next call of a subscriber of `topic` on `bus`. */
function next(bus: CacheInvalidation, topic: string): Promise<string | null> {
  return new Promise((resolve) => {
    const off = bus.subscribe(topic, (key) => {
      off();
      resolve(key);
    });
  });
}

/** Every call of a subscriber of `topic`; `after(n)` resolves with the first n once there are n. */
function record(bus: CacheInvalidation, topic: string): { after(n: number): Promise<(string | null)[]> } {
  const keys: (string | null)[] = [];
  const waiting: { n: number; resolve: (keys: (string | null)[]) => void }[] = [];
  bus.subscribe(topic, (key) => {
    keys.push(key);
    for (const wait of waiting.filter((candidate) => keys.length >= candidate.n)) wait.resolve(keys.slice(0, wait.n));
  });
  return {
    after: (n) => (keys.length >= n ? Promise.resolve(keys.slice(0, n)) : new Promise((resolve) => waiting.push({ n, resolve }))),
  };
}

// Two buses on two pools of one database stand for two replicas.
describe('CacheInvalidation (LISTEN/NOTIFY)', () => {
  let database: TestDatabase;
  let first: DataSource;
  let second: DataSource;
  let a: CacheInvalidation;
  let b: CacheInvalidation;
  beforeAll(async () => {
    database = await createEmptyDatabase('cache_invalidation');
    [first, second] = [new DataSource({ type: 'postgres', url: database.url }), new DataSource({ type: 'postgres', url: database.url })];
    await Promise.all([first.initialize(), second.initialize()]);
    [a, b] = [new CacheInvalidation(first, 'test_cache'), new CacheInvalidation(second, 'test_cache')];
    await Promise.all([a.onApplicationBootstrap(), b.onApplicationBootstrap()]);
  });
  afterAll(async () => {
    await Promise.all([a?.onApplicationShutdown(), b?.onApplicationShutdown()]);
    await Promise.all([first?.destroy(), second?.destroy()]);
    await database?.drop();
  });

  it('a change committed on one replica reaches every replica, the writer included; a rolled-back one reaches none', async () => {
    const onA = next(a, 'ranking');
    const onB = next(b, 'ranking');
    const rolledBack = first.transaction(async (manager) => {
      await a.publish(manager, 'ranking', 'rolled-back');
      throw new Error('roll back');
    });
    await expect(rolledBack).rejects.toThrow('roll back');
    await first.transaction((manager) => a.publish(manager, 'ranking', 'cycle-1'));
    // Notices arrive in commit order, so the first one each replica hears is the committed one.
    expect(await onA).toBe('cycle-1');
    expect(await onB).toBe('cycle-1');
  });

  it('only subscribers of the topic hear it', async () => {
    const heard: string[] = [];
    const off = b.subscribe('catalogue', (key) => heard.push(`catalogue:${key}`));
    const onB = next(b, 'ranking');
    await a.publish(first, 'ranking', 'cycle-2');
    expect(await onB).toBe('cycle-2');
    off();
    expect(heard).toEqual([]);
  });

  it('when the listening connection drops, subscribers forget everything and the replica listens again', async () => {
    const heard = record(b, 'ranking');
    await first.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'simpul-cache-test_cache' AND datname = current_database()`,
    );
    // Once when the connection is lost, once more when it listens again (what changed meanwhile is unknown).
    expect(await heard.after(2)).toEqual([null, null]);
    await a.publish(first, 'ranking', 'cycle-3');
    expect(await heard.after(3)).toEqual([null, null, 'cycle-3']);
  });

  it("listens on SIMPUL_LISTEN_URL when given (a direct address behind a transaction-mode pooler), not on the pool's", async () => {
    // The pool points at another database; only the listen address reaches the one the notice is sent in.
    const elsewhere = new DataSource({ type: 'postgres', url: testAdminUrl() });
    await elsewhere.initialize();
    const direct = new CacheInvalidation(elsewhere, 'test_cache', database.url);
    try {
      await direct.onApplicationBootstrap();
      const heard = record(direct, 'ranking');
      await a.publish(first, 'ranking', 'cycle-4');
      expect(await heard.after(1)).toEqual(['cycle-4']);
    } finally {
      await direct.onApplicationShutdown();
      await elsewhere.destroy();
    }
  });
});
