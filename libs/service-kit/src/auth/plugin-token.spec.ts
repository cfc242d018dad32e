import type { Identity } from '@simpul/contracts';
import { issueAccessToken, readAccessToken } from './access-token';
import { issueInternalToken, readInternalToken } from './internal-token';
import { issuePluginSession, issuePluginToken, PLUGIN_TOKEN_TTL_SECONDS, pluginTokenKey, verifyPluginToken } from './plugin-token';
import { signToken } from './signed-token';

const secret = 'a-test-jwt-secret-that-is-long-enough-1234';
const now = Date.parse('2026-03-01T08:00:00Z');
const grant = {
  pluginId: 'p-1',
  userId: 'u-1',
  serviceUnitId: 'su-1',
  agencyId: 'ag-1',
  mallId: null,
  scopes: ['UNIT_INDICATORS_READ' as const],
};

describe('plugin tokens', () => {
  it('verifies a token it issued and returns its claims with a ten-minute expiry', () => {
    const check = verifyPluginToken(issuePluginToken(grant, secret, now), secret, now + 1000);
    expect(check).toEqual({ ok: true, claims: { ...grant, deskId: null, exp: now / 1000 + PLUGIN_TOKEN_TTL_SECONDS } });
  });

  it('carries the mall and desk a MALL_DESK plugin runs at', () => {
    const token = issuePluginToken({ ...grant, mallId: 'mall-1', deskId: 'desk-7' }, secret, now);
    expect(verifyPluginToken(token, secret, now)).toMatchObject({ ok: true, claims: { mallId: 'mall-1', deskId: 'desk-7' } });
  });

  it('reads a token signed without a deskId as naming no desk, and refuses a deskId that is not text', () => {
    const key = pluginTokenKey(secret);
    const claims = { kind: 'plugin', ...grant };
    expect(verifyPluginToken(signToken(claims, key, 60, now), secret, now)).toMatchObject({ ok: true, claims: { deskId: null } });
    expect(verifyPluginToken(signToken({ ...claims, deskId: 7 }, key, 60, now), secret, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('gives the session expiry the token carries', () => {
    const session = issuePluginSession({ ...grant, mallId: 'mall-1' }, secret, now);
    expect(session.expiresAt.toISOString()).toBe('2026-03-01T08:10:00.000Z');
    expect(verifyPluginToken(session.token, secret, now)).toMatchObject({ ok: true, claims: { mallId: 'mall-1' } });
  });

  it('refuses an expired token', () => {
    const token = issuePluginToken(grant, secret, now);
    expect(verifyPluginToken(token, secret, now + PLUGIN_TOKEN_TTL_SECONDS * 1000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token of another secret and an altered one', () => {
    expect(verifyPluginToken(issuePluginToken(grant, 'another-secret-another-secret-123', now), secret, now)).toEqual({
      ok: false,
      reason: 'signature',
    });
    const [h, , s] = issuePluginToken(grant, secret, now).split('.');
    const widened = Buffer.from(JSON.stringify({ kind: 'plugin', ...grant, serviceUnitId: 'su-2', exp: 9e9 })).toString('base64url');
    expect(verifyPluginToken(`${h}.${widened}.${s}`, secret, now)).toEqual({ ok: false, reason: 'signature' });
  });

  it('never takes an access or internal token for a plugin token, nor the other way round', () => {
    const identity: Identity = {
      userId: 'u-1',
      email: 'desk@example.id',
      displayName: 'Desk',
      role: 'UNIT_DESK',
      serviceUnitId: 'su-1',
      mallId: null,
    };
    expect(verifyPluginToken(issueAccessToken(identity, secret, now), secret, now)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPluginToken(issueInternalToken(identity, secret, 'r', now), secret, now)).toEqual({ ok: false, reason: 'signature' });
    // Even claims shaped like a plugin token, signed with the plain JWT secret, do not pass.
    expect(verifyPluginToken(signToken({ kind: 'plugin', ...grant }, secret, 60, now), secret, now)).toEqual({
      ok: false,
      reason: 'signature',
    });
    const plugin = issuePluginToken(grant, secret, now);
    expect(readAccessToken(plugin, secret, now).ok).toBe(false);
    expect(readInternalToken(plugin, secret, now).ok).toBe(false);
  });

  it('refuses a token whose scopes are unknown', () => {
    const token = issuePluginToken({ ...grant, scopes: ['UNIT_INDICATORS_WRITE' as never] }, secret, now);
    expect(verifyPluginToken(token, secret, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
