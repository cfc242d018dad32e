import type { Identity } from '@simpul/contracts';
import { issueAccessToken, signToken } from '@simpul/service-kit';
import { callerFromAuthorization } from './caller-from-authorization';

const secret = 'gateway-test-secret-long-enough-for-hs256';
const desk: Identity = {
  userId: 'u-1',
  email: 'desk@simpul.test',
  displayName: 'Desk',
  role: 'UNIT_DESK',
  serviceUnitId: 'unit-1',
  mallId: null,
};

describe('callerFromAuthorization', () => {
  it('treats a request without Authorization as the public', () => {
    expect(callerFromAuthorization(undefined, secret)).toEqual({ ok: true, caller: null, tokenVersion: 0 });
  });

  it('reads the identity from a valid bearer token', () => {
    expect(callerFromAuthorization(`Bearer ${issueAccessToken(desk, secret)}`, secret)).toEqual({
      ok: true,
      caller: desk,
      tokenVersion: 0,
    });
  });

  it('carries the token version the token was minted with, for the revocation check', () => {
    expect(callerFromAuthorization(`Bearer ${issueAccessToken(desk, secret, Date.now(), { tokenVersion: 3 })}`, secret)).toEqual({
      ok: true,
      caller: desk,
      tokenVersion: 3,
    });
  });

  it('refuses a token signed with another secret instead of downgrading to the public', () => {
    expect(callerFromAuthorization(`Bearer ${issueAccessToken(desk, 'another-secret')}`, secret)).toMatchObject({ ok: false });
  });

  it('says an expired token has expired', () => {
    const token = issueAccessToken(desk, secret, Date.parse('2026-01-01T00:00:00Z'));
    const check = callerFromAuthorization(`Bearer ${token}`, secret, Date.parse('2026-01-02T00:00:00Z'));
    expect(check).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
  });

  it('refuses a signed token that is not an access token', () => {
    expect(callerFromAuthorization(`Bearer ${signToken({ kind: 'internal', caller: desk }, secret, 60)}`, secret)).toMatchObject({
      ok: false,
    });
  });

  it('refuses an Authorization header that is not a bearer token', () => {
    expect(callerFromAuthorization('Basic dXNlcjpwYXNz', secret)).toMatchObject({ ok: false });
  });
});
