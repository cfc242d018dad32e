import { reply } from './reply';

// The contract of the fake network: typecheck (not this run) fails on a `@ts-expect-error` below
// the day `reply` stops refusing what the generated types do not allow.
describe('a typed fake answer', () => {
  it('is the response body the client reads', () => {
    expect(reply('CreateAgency', { createAgency: { id: 'agency-new' } })).toEqual({ data: { createAgency: { id: 'agency-new' } } });
  });

  it('is refused at typecheck for a renamed field, a missing one, or an operation the registry does not send', () => {
    // @ts-expect-error `title` is not a field of a province as Provinces asks for it (it asks `name`)
    const renamed = reply('Provinces', { provinces: [{ code: '63', title: 'Kalimantan Selatan', regencyKind: null }] });
    // @ts-expect-error `archivedAt` is missing
    const missing = reply('ArchiveAgency', { archiveAgency: { id: 'agency-1', archived: true } });
    // @ts-expect-error no operation of the registry is named MallDashboard
    const unknown = reply('MallDashboard', { mallDashboard: null });
    expect([renamed, missing, unknown].map((body) => Object.keys(body))).toEqual([['data'], ['data'], ['data']]);
  });
});
