import { reply } from './reply';

// The contract of the fake network: typecheck (not this run) fails on a `@ts-expect-error` below
// the day `reply` stops refusing what the generated types do not allow.
describe('a typed fake answer', () => {
  it('is the response body the client reads', () => {
    expect(reply('UnitAgency', { serviceUnit: { id: 'unit-samsat', agency: { id: 'agency-kalsel', name: 'Pemprov Kalsel' } } })).toEqual({
      data: { serviceUnit: { id: 'unit-samsat', agency: { id: 'agency-kalsel', name: 'Pemprov Kalsel' } } },
    });
  });

  it('is refused at typecheck for a renamed field, a missing one, or an operation the remote does not send', () => {
    // @ts-expect-error `title` is not a field of Agency as UnitAgency asks for it (it asks `name`)
    const renamed = reply('UnitAgency', { serviceUnit: { id: 'u', agency: { id: 'a', title: 'x' } } });
    // @ts-expect-error `contentBase64` is missing
    const missing = reply('MppFile', { mppFile: { file: { fileName: 'a.pdf', mimeType: 'application/pdf', sha256: 'ab' } } });
    // @ts-expect-error no operation of the MPP remote is named UnitAgencies
    const unknown = reply('UnitAgencies', { serviceUnit: null });
    expect([renamed, missing, unknown].map((body) => Object.keys(body))).toEqual([['data'], ['data'], ['data']]);
  });
});
