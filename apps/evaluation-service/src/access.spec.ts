import { ACCESS_METADATA, INTERNAL_TOKEN_HEADER, issueInternalToken, rootResolverMethods, HealthController } from '@simpul/service-kit';
import { EVALUATION_RESOLVERS } from './app.module';
import { startEvaluation, type EvaluationHarness } from './test-support/evaluation-test-app';

describe('every resolver declares its access', () => {
  const methods = rootResolverMethods(EVALUATION_RESOLVERS);

  it('finds the root resolvers to check', () => {
    expect(methods.length).toBeGreaterThanOrEqual(45);
  });

  it.each(methods.map((method) => [method.name, method.hasAccess]))('%s has @Access', (_name, hasAccess) => {
    expect(hasAccess).toBe(true);
  });

  it('the health endpoint is declared public', () => {
    expect(Reflect.getMetadata(ACCESS_METADATA, HealthController.prototype.health)).toBe('public');
  });
});

describe('requests that bypass the gateway', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('are refused with 401 and an UNAUTHENTICATED GraphQL error', async () => {
    const result = await evaluation.graphql('{ evaluationCycles { edges { node { id } } } }', {}, { withoutInternalToken: true });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('are refused when the internal token is signed with another secret', async () => {
    const response = await fetch(`${evaluation.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, 'some-other-secret-of-enough-length', 'r1'),
      },
      body: JSON.stringify({ query: '{ evaluationCycles { edges { node { id } } } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('GET /health stays open and checks the database', async () => {
    const response = await fetch(`${evaluation.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'evaluation', database: 'ok' });
  });
});
