import { ACCESS_METADATA, INTERNAL_TOKEN_HEADER, issueInternalToken, rootResolverMethods, HealthController } from '@simpul/service-kit';
import { REGISTRY_RESOLVERS } from '../app.module';
import { startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

describe('every resolver declares its access', () => {
  const methods = rootResolverMethods(REGISTRY_RESOLVERS);

  it('finds the root resolvers to check', () => {
    expect(methods.length).toBeGreaterThanOrEqual(19);
  });

  it.each(methods.map((method) => [method.name, method.hasAccess]))('%s has @Access', (_name, hasAccess) => {
    expect(hasAccess).toBe(true);
  });

  it('the health endpoint is declared public', () => {
    expect(Reflect.getMetadata(ACCESS_METADATA, HealthController.prototype.health)).toBe('public');
  });
});

describe('requests that bypass the gateway', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('are refused with 401 and an UNAUTHENTICATED GraphQL error', async () => {
    const result = await registry.graphql('{ provinces { code } }', {}, { withoutInternalToken: true });
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({
      message: 'Requests must come through the Simpul gateway',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('are refused when the internal token is signed with another secret', async () => {
    const response = await fetch(`${registry.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, 'some-other-secret-of-enough-length', 'r1'),
      },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('GET /health stays open and checks the database', async () => {
    const response = await fetch(`${registry.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'registry', database: 'ok' });
  });

  it('a malformed operation is BAD_USER_INPUT with both messages', async () => {
    const result = await registry.graphql('{ nope }');
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messages: { id: expect.any(String), en: expect.any(String) },
    });
  });
});
