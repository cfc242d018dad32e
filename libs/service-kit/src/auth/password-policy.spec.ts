import { judgePassword } from './password-policy';

describe('password rule', () => {
  it('refuses fewer than 10 characters, whatever they are', () => {
    expect(judgePassword('Xq7#vLp2!')).toEqual({
      ok: false,
      messages: { en: expect.stringMatching(/at least 10/), id: expect.stringMatching(/minimal 10/) },
    });
  });

  it.each([
    ['a common password', 'password123'],
    ['an Indonesian phrase from the dictionary', 'kalimantanselatan'],
    ['a keyboard walk', 'qwertyuiop1'],
    ['a repeated word', 'simpulsimpul'],
  ])('refuses %s', (_label, password) => {
    expect(judgePassword(password).ok).toBe(false);
  });

  it('refuses a password built from the person’s own e-mail or name that would pass for someone else', () => {
    expect(judgePassword('rahmawatikemenpan')).toEqual({ ok: true });
    expect(judgePassword('rahmawatikemenpan', ['rahmawati@kemenpan.go.id', 'Rahmawati']).ok).toBe(false);
    expect(judgePassword('budi.santoso@kemenpan.go.id', ['budi.santoso@kemenpan.go.id', 'Budi Santoso']).ok).toBe(false);
  });

  it('accepts a long phrase of unrelated words', () => {
    expect(judgePassword('lampu-kopi-gerimis-tujuh')).toEqual({ ok: true });
    expect(judgePassword('Vt9#qLm2@xR7')).toEqual({ ok: true });
  });
});
