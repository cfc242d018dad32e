import { reply } from './reply';

// The contract of the fake network: typecheck (not this run) fails on a `@ts-expect-error` below
// the day `reply` stops refusing what the generated types do not allow.
describe('a typed fake answer', () => {
  it('is the response body the client reads', () => {
    expect(reply('KippProvinceNames', { provinces: [{ code: '63', name: 'Kalimantan Selatan' }] })).toEqual({
      data: { provinces: [{ code: '63', name: 'Kalimantan Selatan' }] },
    });
  });

  it('is refused at typecheck for a renamed field, a missing one, or an operation the remote does not send', () => {
    // @ts-expect-error `label` is not a field of Region as KippProvinceNames asks for it (it asks `name`)
    const renamed = reply('KippProvinceNames', { provinces: [{ code: '63', label: 'Kalimantan Selatan' }] });
    // @ts-expect-error `filedAt` is missing
    const missing = reply('KippFileObjection', { fileObjection: { id: 'o-1' } });
    // @ts-expect-error no operation of the KIPP remote is named Malls
    const unknown = reply('Malls', { malls: null });
    expect([renamed, missing, unknown].map((body) => Object.keys(body))).toEqual([['data'], ['data'], ['data']]);
  });
});
