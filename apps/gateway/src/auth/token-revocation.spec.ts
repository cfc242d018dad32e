import type { Identity } from '@simpul/contracts';
import { issueAccessToken } from '@simpul/service-kit';
import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

const jwtSecret = 'revocation-spec-access-secret-0123456789';
const internalSecret = 'revocation-spec-internal-secret-0123456789';

const person = (userId: string): Identity => ({
  userId,
  email: `${userId}@simpul.test`,
  displayName: userId,
  role: 'UNIT_DESK',
  serviceUnitId: 'unit-1',
  mallId: null,
});

describe('tokens of a changed account are refused (token versions)', () => {
  let subgraph: TestSubgraph;
  let gateway: TestGateway;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    gateway = await startTestGateway({
      supergraphSdl: composeTestSupergraph([{ name: 'test', url: subgraph.url, sdl: TEST_SUBGRAPH_SDL }]),
      jwtSecret,
      internalSecret,
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
  });

  async function whoami(token: string) {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ whoami { userId } }' }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
    };
  }

  it('serves a token minted at the current version', async () => {
    subgraph.internal.setTokenState('current', { tokenVersion: 2, active: true });
    const { status, body } = await whoami(issueAccessToken(person('current'), jwtSecret, Date.now(), { tokenVersion: 2 }));
    expect(status).toBe(200);
    expect(body.data).toEqual({ whoami: { userId: 'current' } });
  });

  it('refuses with UNAUTHENTICATED a token minted before a password reset or role change (version bumped)', async () => {
    subgraph.internal.setTokenState('bumped', { tokenVersion: 1, active: true });
    const before = subgraph.requests();
    const { status, body } = await whoami(issueAccessToken(person('bumped'), jwtSecret, Date.now(), { tokenVersion: 0 }));
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messages: { id: expect.any(String), en: expect.any(String) },
    });
    expect(subgraph.requests()).toBe(before);
  });

  it('serves the new token of someone who signs in again right after a password reset, and still refuses the old one', async () => {
    subgraph.internal.setTokenState('resetting', { tokenVersion: 1, active: true });
    const before = issueAccessToken(person('resetting'), jwtSecret, Date.now(), { tokenVersion: 1 });
    expect((await whoami(before)).status).toBe(200);
    // The reset bumps the version; the gateway still remembers version 1 for this person.
    subgraph.internal.setTokenState('resetting', { tokenVersion: 2, active: true });
    const after = await whoami(issueAccessToken(person('resetting'), jwtSecret, Date.now(), { tokenVersion: 2 }));
    expect(after.status).toBe(200);
    expect(after.body.data).toEqual({ whoami: { userId: 'resetting' } });
    expect((await whoami(before)).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves a reactivated user who signs in again at once', async () => {
    subgraph.internal.setTokenState('returning', { tokenVersion: 3, active: false });
    const token = issueAccessToken(person('returning'), jwtSecret, Date.now(), { tokenVersion: 3 });
    expect((await whoami(token)).status).toBe(401);
    subgraph.internal.setTokenState('returning', { tokenVersion: 3, active: true });
    expect((await whoami(token)).status).toBe(200);
  });

  it('refuses the token of a deactivated user, and of a user who no longer exists', async () => {
    subgraph.internal.setTokenState('deactivated', { tokenVersion: 0, active: false });
    subgraph.internal.setTokenState('deleted', 'deleted');
    expect((await whoami(issueAccessToken(person('deactivated'), jwtSecret))).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await whoami(issueAccessToken(person('deleted'), jwtSecret))).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('asks the registry once for many requests of the same person, as the public caller', async () => {
    const token = issueAccessToken(person('busy'), jwtSecret);
    await Promise.all(Array.from({ length: 10 }, () => whoami(token)));
    for (let i = 0; i < 10; i += 1) await whoami(token);
    expect(subgraph.internal.tokenStateCalls('busy')).toBe(1);
    expect(subgraph.internal.calls.find((c) => c.path === '/internal/users/busy/token-state')?.caller).toBeNull();
  });

  it('fails a signed-in request (503) rather than serving it unchecked when the registry cannot answer', async () => {
    subgraph.internal.failWith(500);
    try {
      const { status, body } = await whoami(issueAccessToken(person('unlucky'), jwtSecret));
      expect(status).toBe(503);
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        messages: { id: expect.any(String), en: expect.any(String) },
      });
      const publicAnswer = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ whoami { userId } }' }),
      });
      expect(await publicAnswer.json()).toEqual({ data: { whoami: null } });
    } finally {
      subgraph.internal.failWith(null);
    }
  });
});
