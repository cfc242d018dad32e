import { requestIdFrom } from './request-state';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps an incoming id that is short and log-safe', () => {
    expect(requestIdFrom('portal-7f3a.42:1')).toBe('portal-7f3a.42:1');
  });

  it('generates a UUID when there is no incoming id', () => {
    expect(requestIdFrom(undefined)).toMatch(UUID);
  });

  it.each([['a\nforged log line'], ['x'.repeat(129)], ['{"json":true}'], ['']])('replaces an unsafe incoming id %#', (value) => {
    expect(requestIdFrom(value)).toMatch(UUID);
  });

  it('takes the first of repeated headers', () => {
    expect(requestIdFrom(['first-id', 'second-id'])).toBe('first-id');
  });
});
