import { todayInIndonesia } from './today';

describe('todayInIndonesia', () => {
  it('a window opening today is open at 06:00 WIB, while the UTC date is still yesterday', () => {
    expect(todayInIndonesia(new Date('2026-11-23T23:00:00Z'))).toBe('2026-11-24');
  });

  it('keeps the same date through the Indonesian afternoon', () => {
    expect(todayInIndonesia(new Date('2026-11-24T16:59:00Z'))).toBe('2026-11-24');
  });
});
