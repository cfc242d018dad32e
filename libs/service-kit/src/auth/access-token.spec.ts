import type { Identity } from '@simpul/contracts';
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken, readAccessToken, SESSION_ACCESS_TTL_SECONDS } from './access-token';
import { signToken } from './signed-token';

const secret = 'a-test-secret-that-is-long-enough-1234';
const desk: Identity = { userId: 'u1', email: 'd@x', displayName: 'D', role: 'UNIT_DESK', serviceUnitId: 's1', mallId: null };
const now = Date.parse('2026-03-01T08:00:00Z');

describe('access tokens', () => {
  it('carry the token version they were issued with', () => {
    expect(readAccessToken(issueAccessToken(desk, secret, now, { tokenVersion: 4 }), secret, now)).toEqual({
      ok: true,
      identity: desk,
      tokenVersion: 4,
    });
  });

  it('read version 0 from a token issued without one (tokens from before versions)', () => {
    const old = signToken({ sub: 'u1', kind: 'access', identity: desk }, secret, 60, now);
    expect(readAccessToken(old, secret, now)).toEqual({ ok: true, identity: desk, tokenVersion: 0 });
  });

  it('last 8 hours by default and as long as asked otherwise', () => {
    const signIn = issueAccessToken(desk, secret, now);
    expect(readAccessToken(signIn, secret, now + (ACCESS_TOKEN_TTL_SECONDS - 1) * 1000).ok).toBe(true);
    expect(readAccessToken(signIn, secret, now + ACCESS_TOKEN_TTL_SECONDS * 1000)).toEqual({ ok: false, reason: 'expired' });
    const session = issueAccessToken(desk, secret, now, { ttlSeconds: SESSION_ACCESS_TTL_SECONDS });
    expect(SESSION_ACCESS_TTL_SECONDS).toBe(900);
    expect(readAccessToken(session, secret, now + 899_000).ok).toBe(true);
    expect(readAccessToken(session, secret, now + 900_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse a token of another kind', () => {
    expect(readAccessToken(signToken({ kind: 'internal', identity: desk }, secret, 60, now), secret, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
