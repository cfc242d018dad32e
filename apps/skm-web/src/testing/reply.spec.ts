import { reply } from './reply';

// The contract of the fake network: typecheck (not this run) fails on a `@ts-expect-error` below
// the day `reply` stops refusing what the generated types do not allow.
describe('a typed fake answer', () => {
  it('is the response body the client reads', () => {
    expect(reply('SkmLinkUsage', { skmSurvey: { id: 's1', linkUsage: { issued: 3, used: 1 } } })).toEqual({
      data: { skmSurvey: { id: 's1', linkUsage: { issued: 3, used: 1 } } },
    });
  });

  it('is refused at typecheck for a renamed field, a missing one, or an operation the remote does not send', () => {
    // @ts-expect-error `usedCount` is not a field of the link usage (it is `used`)
    const renamed = reply('SkmLinkUsage', { skmSurvey: { id: 's1', linkUsage: { issued: 3, usedCount: 1 } } });
    // @ts-expect-error `excluded` is missing
    const missing = reply('ReviewSkmResponses', { reviewSkmResponses: { decided: 1 } });
    // @ts-expect-error no operation of the SKM remote is named SkmResponses
    const unknown = reply('SkmResponses', { skmResponses: null });
    expect([renamed, missing, unknown].map((body) => Object.keys(body))).toEqual([['data'], ['data'], ['data']]);
  });
});
