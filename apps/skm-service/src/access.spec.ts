import { ACCESS_METADATA, rootResolverMethods, HealthController } from '@simpul/service-kit';
import { SKM_RESOLVERS } from './app.module';
import { ImportController } from './imports/import.controller';
import { TicketsServedController } from './queue/tickets-served.controller';
import { PublicResponsesController } from './submissions/public-responses.controller';
import { MIGRATED_SKM, startSkm, type SkmHarness } from './test-support/skm-test-app';

describe('every resolver and controller declares its access', () => {
  const methods = rootResolverMethods(SKM_RESOLVERS);

  it('finds the root resolvers to check', () => {
    expect(methods.length).toBeGreaterThanOrEqual(17);
  });

  it.each(methods.map((method) => [method.name, method.hasAccess]))('%s has @Access', (_name, hasAccess) => {
    expect(hasAccess).toBe(true);
  });

  it('the REST routes declare theirs: health, public responses and tickets served (its own key) open, imports staff only', () => {
    expect(Reflect.getMetadata(ACCESS_METADATA, HealthController.prototype.health)).toBe('public');
    expect(Reflect.getMetadata(ACCESS_METADATA, TicketsServedController.prototype.served)).toBe('public');
    expect(Reflect.getMetadata(ACCESS_METADATA, PublicResponsesController.prototype.submit)).toBe('public');
    expect(Reflect.getMetadata(ACCESS_METADATA, ImportController.prototype.import)).toEqual([
      'NATIONAL_ADMIN',
      'MPP_OPERATOR',
      'UNIT_DESK',
    ]);
  });
});

describe('requests that bypass the gateway', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm({ template: MIGRATED_SKM });
  });
  afterAll(() => skm?.close());

  it('are refused with 401 and an UNAUTHENTICATED GraphQL error', async () => {
    const result = await skm.graphql('{ skmSurveys { totalCount } }', {}, { withoutInternalToken: true });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('GET /health stays open and checks the database', async () => {
    const response = await fetch(`${skm.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok', service: 'skm', database: 'ok' });
  });

  it('the public is refused staff lists (UNAUTHENTICATED) and first outside 1..100 is BAD_USER_INPUT', async () => {
    expect((await skm.graphql('{ skmSurveys { totalCount } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const admin = { userId: 'a', email: 'a@x', displayName: 'a', role: 'NATIONAL_ADMIN' as const, serviceUnitId: null, mallId: null };
    expect((await skm.graphql('{ skmSurveys(first: 101) { totalCount } }', {}, { caller: admin })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
