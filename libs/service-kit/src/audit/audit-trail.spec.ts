import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { LoaderRegistry } from '../graphql/loader-registry';
import { createTestDatabase, type TemplateSpec, type TestDatabase } from '../testing/test-database';
import { auditLogConnection, objectChangesLoader } from './audit-query';
import { auditLogSql, auditTriggerSql } from './audit-sql';
import { runAsActor } from './run-as-actor';

const template: TemplateSpec = {
  key: 'kit_audit',
  async prepare(url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE SCHEMA shop');
    await client.query(`CREATE TABLE shop.stalls (id uuid PRIMARY KEY, name text NOT NULL, settings jsonb NOT NULL DEFAULT '{}',
      password_hash text, reset_token text, updated_at timestamptz NOT NULL DEFAULT now())`);
    await client.query(`CREATE TABLE shop.shifts (id uuid PRIMARY KEY, stall_id uuid NOT NULL, weekday int NOT NULL, staff int NOT NULL)`);
    for (const statement of auditLogSql('shop')) await client.query(statement);
    await client.query(auditTriggerSql({ schema: 'shop', table: 'stalls', objectType: 'Stall', ignoredColumns: ['updated_at'] }));
    await client.query(
      auditTriggerSql({
        schema: 'shop',
        table: 'shifts',
        objectType: 'Stall',
        idColumn: 'stall_id',
        part: 'shift',
        keyColumns: ['weekday'],
      }),
    );
    await client.end();
  },
};

const STALL = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const ani: Identity = {
  userId: '00000000-0000-4000-8000-0000000000aa',
  email: 'ani@simpul.test',
  displayName: 'Ani',
  role: 'NATIONAL_ADMIN',
  serviceUnitId: null,
  mallId: null,
};

describe('the audit trail written by triggers', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const log = () =>
    dataSource.query<Record<string, unknown> & { after: Record<string, unknown> }[]>(
      `SELECT actor_id, actor_name, action, object_id, part, before, after, changed_fields FROM shop.audit_log ORDER BY id`,
    );

  beforeAll(async () => {
    database = await createTestDatabase(template);
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(() => dataSource.query('TRUNCATE shop.audit_log, shop.stalls, shop.shifts'));

  it('records who changed what, before and after, in the transaction of the change', async () => {
    await runAsActor(dataSource, ani, (manager) => manager.query(`INSERT INTO shop.stalls (id, name) VALUES ($1, 'Loket 1')`, [STALL]));
    await runAsActor(dataSource, ani, (manager) =>
      manager.query(`UPDATE shop.stalls SET name = 'Loket Satu', updated_at = now() WHERE id = $1`, [STALL]),
    );
    const [created, updated] = await log();
    expect(created).toMatchObject({
      actor_id: ani.userId,
      actor_name: 'Ani',
      action: 'CREATE',
      object_id: STALL,
      changed_fields: ['id', 'name', 'settings'],
    });
    expect(updated).toMatchObject({
      action: 'UPDATE',
      changed_fields: ['name'],
      before: { name: 'Loket 1' },
      after: { name: 'Loket Satu' },
    });
  });

  it('never copies password hashes or tokens, and skips updates of ignored columns only', async () => {
    await dataSource.query(
      `INSERT INTO shop.stalls (id, name, password_hash, reset_token) VALUES ($1, 'Loket', 'secret-hash', 'secret-token')`,
      [STALL],
    );
    await dataSource.query(`UPDATE shop.stalls SET password_hash = 'other', reset_token = 'other', updated_at = now() WHERE id = $1`, [
      STALL,
    ]);
    const rows = await log();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('secret');
    expect(Object.keys(rows[0].after)).toEqual(['id', 'name', 'settings']);
  });

  it('records no actor for writes outside runAsActor (seeds, the system)', async () => {
    await dataSource.query(`INSERT INTO shop.stalls (id, name) VALUES ($1, 'Loket')`, [STALL]);
    expect((await log())[0]).toMatchObject({ actor_id: null, actor_name: null });
  });

  it('keeps no audit row of a write whose transaction failed', async () => {
    await expect(
      runAsActor(dataSource, ani, async (manager) => {
        await manager.query(`INSERT INTO shop.stalls (id, name) VALUES ($1, 'Loket')`, [STALL]);
        await manager.query(`INSERT INTO shop.stalls (id, name) VALUES ($1, NULL)`, [OTHER]);
      }),
    ).rejects.toThrow();
    expect(await log()).toEqual([]);
  });

  it('attributes parts to their object and names which part changed', async () => {
    const shift = '00000000-0000-4000-8000-000000000010';
    await dataSource.query(`INSERT INTO shop.shifts VALUES ($1, $2, 1, 2)`, [shift, STALL]);
    await dataSource.query(`UPDATE shop.shifts SET staff = 3 WHERE id = $1`, [shift]);
    const loader = objectChangesLoader(
      { caller: null, requestId: 'r', loaders: new LoaderRegistry() },
      dataSource,
      'shop',
      'Stall',
      10,
      null,
    );
    const history = await loader.load(STALL);
    expect(history.totalCount).toBe(2);
    expect(history.edges[0].node.changes).toEqual([
      { field: 'shift.weekday', before: '1', after: '1' },
      { field: 'shift.staff', before: '2', after: '3' },
    ]);
    expect(history.edges[1].node).toMatchObject({ action: 'CREATE', objectType: 'Stall', objectId: STALL });
  });

  it('opens JSON columns down to the values that changed', async () => {
    await dataSource.query(
      `INSERT INTO shop.stalls (id, name, settings) VALUES ($1, 'Loket', '{"hours": {"open": "08:00", "close": "15:00"}}')`,
      [STALL],
    );
    await dataSource.query(
      `UPDATE shop.stalls SET settings = '{"hours": {"open": "08:00", "close": "16:00"}, "kiosk": true}' WHERE id = $1`,
      [STALL],
    );
    const page = await auditLogConnection(dataSource, { schema: 'shop', objectTypes: ['Stall'], first: 1 });
    expect(page.edges[0].node.changes).toEqual([
      { field: 'settings.hours.close', before: '15:00', after: '16:00' },
      { field: 'settings.kiosk', before: null, after: 'true' },
    ]);
  });

  it('pages the whole log newest first and filters by actor, object type and time', async () => {
    await dataSource.query(`INSERT INTO shop.stalls (id, name) VALUES ($1, 'A')`, [STALL]);
    await runAsActor(dataSource, ani, (manager) => manager.query(`INSERT INTO shop.stalls (id, name) VALUES ($1, 'B')`, [OTHER]));
    await runAsActor(dataSource, ani, (manager) => manager.query(`UPDATE shop.stalls SET name = 'C' WHERE id = $1`, [OTHER]));
    const first = await auditLogConnection(dataSource, { schema: 'shop', objectTypes: ['Stall'], first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge) => edge.node.action)).toEqual(['UPDATE', 'CREATE']);
    const second = await auditLogConnection(dataSource, {
      schema: 'shop',
      objectTypes: ['Stall'],
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((edge) => edge.node.objectId)).toEqual([STALL]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const byAni = await auditLogConnection(dataSource, { schema: 'shop', objectTypes: ['Stall'], filter: { actorId: ani.userId } });
    expect(byAni.totalCount).toBe(2);
    const future = await auditLogConnection(dataSource, {
      schema: 'shop',
      objectTypes: ['Stall'],
      filter: { from: new Date(Date.now() + 3_600_000) },
    });
    expect(future.totalCount).toBe(0);
    await expect(
      auditLogConnection(dataSource, { schema: 'shop', objectTypes: ['Stall'], filter: { objectType: 'Mall' } }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.objectType' });
    await expect(
      auditLogConnection(dataSource, {
        schema: 'shop',
        objectTypes: ['Stall'],
        filter: { from: new Date(2026, 1, 2), to: new Date(2026, 1, 1) },
      }),
    ).rejects.toMatchObject({ field: 'filter.to' });
  });
});
