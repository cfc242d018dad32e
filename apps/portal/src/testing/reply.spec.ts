import { reply } from './reply';

// The contract of the fake network: typecheck (not this run) fails on a `@ts-expect-error` below
// the day `reply` stops refusing what the generated types do not allow.
describe('a typed fake answer', () => {
  it('is the response body the client reads', () => {
    expect(reply('SystemStatus', { systemStatus: { demoData: true } })).toEqual({ data: { systemStatus: { demoData: true } } });
  });

  it('is refused at typecheck for a renamed field, a missing one, or an operation the portal does not send', () => {
    // @ts-expect-error `demo` is not a field of SystemStatus as the portal asks for it (it asks `demoData`)
    const renamed = reply('SystemStatus', { systemStatus: { demo: true } });
    // @ts-expect-error `user` is missing
    const missing = reply('SetPassword', { setPassword: {} });
    // @ts-expect-error no operation of the portal is named Me
    const unknown = reply('Me', { me: null });
    expect([renamed, missing, unknown].map((body) => Object.keys(body))).toEqual([['data'], ['data'], ['data']]);
  });
});
