import { stableId } from './stable-id';

describe('stableId', () => {
  it('gives the same UUID for the same kind and key', () => {
    expect(stableId('mall', 'mpp-kota-banjarmasin')).toBe(stableId('mall', 'mpp-kota-banjarmasin'));
  });
  it('gives different UUIDs for different keys or kinds', () => {
    expect(stableId('mall', 'a')).not.toBe(stableId('mall', 'b'));
    expect(stableId('mall', 'a')).not.toBe(stableId('unit', 'a'));
  });
  it('has the UUID version-5 layout', () => {
    expect(stableId('unit', 'samsat-kalsel')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
