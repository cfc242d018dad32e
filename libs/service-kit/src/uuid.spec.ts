import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts a UUID in either case and refuses anything else', () => {
    expect(isUuid('0b6f3c1e-9a4d-4c2b-8f3e-1a2b3c4d5e6f')).toBe(true);
    expect(isUuid('0B6F3C1E-9A4D-4C2B-8F3E-1A2B3C4D5E6F')).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid("0b6f3c1e-9a4d-4c2b-8f3e-1a2b3c4d5e6f' OR 1=1")).toBe(false);
    expect(isUuid(null)).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
