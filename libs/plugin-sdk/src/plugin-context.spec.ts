import { isPluginContext, isPluginLanguage, type PluginContext } from './plugin-context';

const context: PluginContext = {
  page: 'DESK_HOME',
  serviceUnitId: 'unit-1',
  agencyId: 'agency-1',
  deskId: null,
  mallId: null,
  language: 'id',
  graphql: async <TData>() => ({}) as TData,
};

describe('isPluginContext', () => {
  it('accepts a desk-home context and a mall-desk context with desk and mall', () => {
    expect(isPluginContext(context)).toBe(true);
    expect(isPluginContext({ ...context, page: 'MALL_DESK', deskId: 'desk-1', mallId: 'mall-1', language: 'en' })).toBe(true);
  });

  it.each([
    ['an unknown page', { page: 'ADMIN' }],
    ['no unit', { serviceUnitId: '' }],
    ['no agency', { agencyId: undefined }],
    ['a desk that is neither an id nor null', { deskId: 7 }],
    ['a missing mall (undefined, not null)', { mallId: undefined }],
    ['another language', { language: 'jv' }],
    ['no GraphQL function', { graphql: 'POST /graphql' }],
  ])('refuses a context with %s', (_reason, change) => {
    expect(isPluginContext({ ...context, ...change })).toBe(false);
  });

  it('refuses what is not an object', () => {
    expect(isPluginContext(null)).toBe(false);
    expect(isPluginContext('DESK_HOME')).toBe(false);
  });
});

describe('isPluginLanguage', () => {
  it('knows the portal’s two languages only', () => {
    expect(['id', 'en', 'ID', '', null].map(isPluginLanguage)).toEqual([true, true, false, false, false]);
  });
});
