import { isPluginPage, isPluginScope } from './plugins';

describe('plugin pages and scopes', () => {
  it('knows the pages and scopes of issue #15', () => {
    expect(isPluginPage('DESK_HOME')).toBe(true);
    expect(isPluginPage('MALL_DESK')).toBe(true);
    expect(isPluginScope('UNIT_INDICATORS_READ')).toBe(true);
    expect(isPluginScope('MPP_DESK_SCHEDULE_READ')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isPluginPage('ADMIN_HOME')).toBe(false);
    expect(isPluginScope('UNIT_INDICATORS_WRITE')).toBe(false);
    expect(isPluginScope(undefined)).toBe(false);
  });
});
