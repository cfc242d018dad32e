import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';
import {
  PEMPROV_KALSEL,
  PEMPROV_KALTENG,
  REGISTER,
  SUSPEND,
  pluginInput,
  refusal,
  register,
  review,
  serveEntry,
  sha256Hex,
  storedCounts,
  type EntryServer,
  type PluginView,
} from '../test-support/desk-plugins';

describe('desk plugins: registration, review and suspension (real GraphQL, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  let entry: EntryServer;

  beforeAll(async () => {
    [registry, entry] = await Promise.all([startRegistry(), serveEntry('/* samsat remoteEntry.js */ var plugin_samsat = {};')]);
  });
  afterAll(async () => {
    await Promise.all([registry?.close(), entry?.close()]);
  });

  describe('registration', () => {
    it('the agency’s desk submits a plugin: PENDING, its agency, the SRI integrity and a SUBMITTED event by the desk', async () => {
      const kippRequests = registry.kipp.requests;
      const plugin = await register(registry, CALLERS.deskSamsatKalsel, { sha256: 'AB'.repeat(32) });
      // The desk's own agency: the KIPP service is not asked.
      expect(registry.kipp.requests).toBe(kippRequests);
      expect(plugin).toMatchObject({
        name: { id: 'Estimasi Pajak Kendaraan', en: 'Vehicle tax estimate' },
        agency: { id: PEMPROV_KALSEL },
        entryUrl: 'https://127.0.0.1:9/samsat/remoteEntry.js',
        exposedModule: './Plugin',
        version: '1.0.0',
        sha256: 'ab'.repeat(32),
        integrity: `sha256-${Buffer.from('ab'.repeat(32), 'hex').toString('base64')}`,
        pages: ['DESK_HOME', 'UNIT_PAGE'],
        scopes: ['UNIT_INDICATORS_READ'],
        status: 'PENDING',
        submittedBy: CALLERS.deskSamsatKalsel.userId,
        submittedByName: CALLERS.deskSamsatKalsel.displayName,
      });
      expect(plugin.history).toMatchObject([
        { kind: 'SUBMITTED', actorId: CALLERS.deskSamsatKalsel.userId, actorName: CALLERS.deskSamsatKalsel.displayName, reason: null },
      ]);
      const [audited] = await registry.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM registry.audit_log WHERE object_type = 'DeskPlugin' AND object_id = $1`,
        [plugin.id],
      );
      expect(audited.count).toBe(1);
    });

    it('accepts http on loopback when the entry there has the hash given', async () => {
      const plugin = await register(registry, CALLERS.deskSamsatKalsel, { entryUrl: entry.url, sha256: sha256Hex(entry.body) });
      expect(plugin).toMatchObject({ entryUrl: entry.url, status: 'PENDING' });
    });

    it('a KIPP local admin of the agency submits for it, asked of the KIPP service', async () => {
      registry.kipp.localAdmins.set(CALLERS.deskDpmptspKalteng.userId, [PEMPROV_KALSEL]);
      try {
        const kippRequests = registry.kipp.requests;
        const plugin = await register(registry, CALLERS.deskDpmptspKalteng);
        expect(registry.kipp.requests).toBe(kippRequests + 1);
        expect(plugin).toMatchObject({ agency: { id: PEMPROV_KALSEL }, submittedBy: CALLERS.deskDpmptspKalteng.userId });
      } finally {
        registry.kipp.localAdmins.delete(CALLERS.deskDpmptspKalteng.userId);
      }
    });

    const refusals: [string, Record<string, unknown>, string, string][] = [
      [
        'an entry over http outside loopback',
        { entryUrl: 'http://plugins.samsat.kalselprov.go.id/remoteEntry.js' },
        'BAD_USER_INPUT',
        'input.entryUrl',
      ],
      ['an entry that is not a URL', { entryUrl: 'remoteEntry.js' }, 'BAD_USER_INPUT', 'input.entryUrl'],
      [
        'an entry with credentials',
        { entryUrl: 'https://user:pw@plugins.example.go.id/remoteEntry.js' },
        'BAD_USER_INPUT',
        'input.entryUrl',
      ],
      ['a hash that is not 64 hex characters', { sha256: 'abc123' }, 'BAD_USER_INPUT', 'input.sha256'],
      ['a hash with a non-hex character', { sha256: `${'a'.repeat(63)}g` }, 'BAD_USER_INPUT', 'input.sha256'],
      ['no page', { pages: [] }, 'BAD_USER_INPUT', 'input.pages'],
      ['an empty English name', { name: { id: 'Estimasi', en: '  ' } }, 'BAD_USER_INPUT', 'input.name.en'],
      ['a name over 120 characters', { name: { id: 'x'.repeat(121), en: 'Estimate' } }, 'BAD_USER_INPUT', 'input.name.id'],
      ['a version that is not semver', { version: 'v1' }, 'BAD_USER_INPUT', 'input.version'],
      ['a version over 40 characters', { version: `1.0.0-${'a'.repeat(40)}` }, 'BAD_USER_INPUT', 'input.version'],
      ['a module without ./', { exposedModule: 'Plugin' }, 'BAD_USER_INPUT', 'input.exposedModule'],
      ['a module over 100 characters', { exposedModule: `./${'a'.repeat(100)}` }, 'BAD_USER_INPUT', 'input.exposedModule'],
      ['a malformed agency id', { agencyId: 'pemprov-63' }, 'BAD_USER_INPUT', 'input.agencyId'],
    ];

    it.each(refusals)('refuses %s with a typed bilingual error on the field, storing nothing', async (_case, overrides, code, field) => {
      const before = await storedCounts(registry);
      const result = await registry.graphql(REGISTER, { input: pluginInput(overrides) }, { caller: CALLERS.deskSamsatKalsel });
      expect(result.data).toBeNull();
      const error = refusal(result);
      expect(error).toMatchObject({ code, field });
      expect(typeof error.id).toBe('string');
      expect(error.id).not.toEqual(error.en);
      expect(await storedCounts(registry)).toEqual(before);
    });

    it('refuses a hash that does not match the reachable entry, naming the hash it found', async () => {
      const before = await storedCounts(registry);
      const result = await registry.graphql(
        REGISTER,
        { input: pluginInput({ entryUrl: entry.url, sha256: 'b'.repeat(64) }) },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sha256' });
      expect(refusal(result).en).toContain(sha256Hex(entry.body));
      expect(await storedCounts(registry)).toEqual(before);
    });

    it('refuses an unknown page or scope in GraphQL validation, storing nothing', async () => {
      const before = await storedCounts(registry);
      const page = await registry.graphql(
        REGISTER,
        { input: pluginInput({ pages: ['ADMIN_HOME'] }) },
        { caller: CALLERS.deskSamsatKalsel },
      );
      const scope = await registry.graphql(
        REGISTER,
        { input: pluginInput({ scopes: ['UNIT_INDICATORS_WRITE'] }) },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(page.errors?.[0].message).toContain('PluginPage');
      expect(scope.errors?.[0].message).toContain('PluginScope');
      expect(await storedCounts(registry)).toEqual(before);
    });

    it('refuses a desk of agency A registering for agency B, a national admin, an evaluator and the public', async () => {
      const before = await storedCounts(registry);
      const other = await registry.graphql(
        REGISTER,
        { input: pluginInput({ agencyId: PEMPROV_KALTENG }) },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(refusal(other)).toMatchObject({ code: 'FORBIDDEN', field: 'input.agencyId' });
      for (const caller of [CALLERS.admin, CALLERS.evaluator, CALLERS.operator]) {
        expect(refusal(await registry.graphql(REGISTER, { input: pluginInput() }, { caller }))).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect(refusal(await registry.graphql(REGISTER, { input: pluginInput() }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await storedCounts(registry)).toEqual(before);
    });
  });

  describe('review and suspension', () => {
    let pending: PluginView;
    beforeEach(async () => {
      pending = await register(registry, CALLERS.deskSamsatKalsel);
    });

    it('a national admin approves; the history says who and when', async () => {
      const result = await review(registry, CALLERS.admin, pending.id, 'APPROVE');
      expect(result.errors).toBeUndefined();
      const approved = result.data!.reviewDeskPlugin;
      expect(approved.status).toBe('APPROVED');
      expect(approved.history.map((event) => [event.kind, event.actorId])).toEqual([
        ['SUBMITTED', CALLERS.deskSamsatKalsel.userId],
        ['APPROVED', CALLERS.admin.userId],
      ]);
    });

    it('a rejection needs a reason and records it', async () => {
      const before = await storedCounts(registry);
      for (const reason of [undefined, '   ']) {
        expect(refusal(await review(registry, CALLERS.admin, pending.id, 'REJECT', reason))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'reason',
        });
      }
      expect(await storedCounts(registry)).toEqual(before);
      const rejected = (await review(registry, CALLERS.admin, pending.id, 'REJECT', 'Entri memuat skrip pihak ketiga.')).data!
        .reviewDeskPlugin;
      expect(rejected.status).toBe('REJECTED');
      expect(rejected.history[1]).toMatchObject({
        kind: 'REJECTED',
        actorId: CALLERS.admin.userId,
        reason: 'Entri memuat skrip pihak ketiga.',
      });
    });

    it('reviewing a plugin that is not PENDING is a CONFLICT; a desk may not review; an unknown id is NOT_FOUND', async () => {
      await review(registry, CALLERS.admin, pending.id, 'APPROVE');
      const before = await storedCounts(registry);
      expect(refusal(await review(registry, CALLERS.admin, pending.id, 'REJECT', 'Terlambat'))).toMatchObject({
        code: 'CONFLICT',
        field: 'id',
      });
      expect(refusal(await review(registry, CALLERS.admin, pending.id, 'APPROVE'))).toMatchObject({ code: 'CONFLICT' });
      expect(refusal(await review(registry, CALLERS.deskSamsatKalsel, pending.id, 'APPROVE'))).toMatchObject({ code: 'FORBIDDEN' });
      expect(refusal(await review(registry, CALLERS.admin, '00000000-0000-4000-8000-000000000000', 'APPROVE'))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
      expect(await storedCounts(registry)).toEqual(before);
    });

    it('a national admin never approves or suspends a plugin they submitted themselves', async () => {
      // The admin is also the agency's KIPP local admin here, so they could submit.
      registry.kipp.localAdmins.set(CALLERS.admin.userId, [PEMPROV_KALSEL]);
      let own: PluginView;
      try {
        own = await register(registry, CALLERS.admin);
      } finally {
        registry.kipp.localAdmins.delete(CALLERS.admin.userId);
      }
      const before = await storedCounts(registry);
      expect(refusal(await review(registry, CALLERS.admin, own.id, 'APPROVE'))).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
      expect(await storedCounts(registry)).toEqual(before);
    });

    it('suspends only an APPROVED plugin, with a reason; the history keeps every step', async () => {
      const before = await storedCounts(registry);
      const early = await registry.graphql(SUSPEND, { id: pending.id, reason: 'Belum disetujui' }, { caller: CALLERS.admin });
      expect(refusal(early)).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(await storedCounts(registry)).toEqual(before);

      await review(registry, CALLERS.admin, pending.id, 'APPROVE');
      const blank = await registry.graphql(SUSPEND, { id: pending.id, reason: ' ' }, { caller: CALLERS.admin });
      expect(refusal(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const byDesk = await registry.graphql(SUSPEND, { id: pending.id, reason: 'x' }, { caller: CALLERS.deskSamsatKalsel });
      expect(refusal(byDesk)).toMatchObject({ code: 'FORBIDDEN' });

      const result = await registry.graphql<{ suspendDeskPlugin: PluginView }>(
        SUSPEND,
        { id: pending.id, reason: 'Entri berubah tanpa pengajuan ulang.' },
        { caller: CALLERS.admin },
      );
      expect(result.data!.suspendDeskPlugin.status).toBe('SUSPENDED');
      expect(result.data!.suspendDeskPlugin.history.map((event) => [event.kind, event.reason])).toEqual([
        ['SUBMITTED', null],
        ['APPROVED', null],
        ['SUSPENDED', 'Entri berubah tanpa pengajuan ulang.'],
      ]);
      const again = await registry.graphql(SUSPEND, { id: pending.id, reason: 'Lagi' }, { caller: CALLERS.admin });
      expect(refusal(again)).toMatchObject({ code: 'CONFLICT' });
    });
  });
});
