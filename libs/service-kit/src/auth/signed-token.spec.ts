import { signToken, verifyToken } from './signed-token';
import { readSecret } from './secrets';

const secret = 'a-test-secret-that-is-long-enough-1234';

describe('signed tokens', () => {
  it('verifies a token it signed and returns its claims', () => {
    const check = verifyToken(signToken({ sub: 'u1' }, secret, 60), secret);
    expect(check).toMatchObject({ ok: true, claims: { sub: 'u1' } });
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyToken(signToken({ sub: 'u1' }, 'other-secret', 60), secret)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a token whose payload was altered', () => {
    const [h, , s] = signToken({ sub: 'u1' }, secret, 60).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', iat: 0, exp: 9e9 })).toString('base64url');
    expect(verifyToken(`${h}.${forged}.${s}`, secret)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses an expired token', () => {
    const token = signToken({ sub: 'u1' }, secret, 60, Date.parse('2026-01-01T00:00:00Z'));
    expect(verifyToken(token, secret, Date.parse('2026-01-01T00:01:01Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses garbage', () => {
    expect(verifyToken('not-a-token', secret)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('secrets', () => {
  it('falls back to a development default outside production', () => {
    expect(readSecret('JWT_SECRET', {})).toMatch(/dev/);
  });
  it('refuses a missing secret in production', () => {
    expect(() => readSecret('JWT_SECRET', { NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
  });
  it('refuses the development default in production', () => {
    expect(() => readSecret('INTERNAL_SECRET', { NODE_ENV: 'production', INTERNAL_SECRET: readSecret('INTERNAL_SECRET', {}) })).toThrow();
  });
  it('accepts a real secret in production', () => {
    expect(readSecret('JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: secret })).toBe(secret);
  });
});
