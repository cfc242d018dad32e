import { typedReply } from './typed-reply';

interface Operations {
  Unit: { result: { serviceUnit: { id: string; name: string } | null } };
  Units: { result: { serviceUnits: { totalCount: number } } };
}
const reply = typedReply<Operations>();

// The contract of the fake network: typecheck (not this run) fails on a `@ts-expect-error` below
// the day `reply` stops refusing what the generated types do not allow.
describe('a typed fake answer', () => {
  it('is the response body the client reads', () => {
    expect(reply('Unit', { serviceUnit: { id: 'u1', name: 'Samsat Banjarmasin' } })).toEqual({
      data: { serviceUnit: { id: 'u1', name: 'Samsat Banjarmasin' } },
    });
  });

  it('is refused at typecheck for a renamed field, a missing one, or an operation the remote does not send', () => {
    // @ts-expect-error `title` is not a field of the unit as Unit asks for it (it asks `name`)
    const renamed = reply('Unit', { serviceUnit: { id: 'u1', title: 'x' } });
    // @ts-expect-error `totalCount` is missing
    const missing = reply('Units', { serviceUnits: {} });
    // @ts-expect-error no operation is named Agencies
    const unknown = reply('Agencies', { agencies: null });
    expect([renamed, missing, unknown].map((body) => Object.keys(body))).toEqual([['data'], ['data'], ['data']]);
  });
});
