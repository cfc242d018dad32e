import { daysLeft } from './days-left';

describe('days left until a due date', () => {
  const now = new Date('2026-12-07T03:00:00Z'); // 10:00 in Jakarta

  it('counts calendar days in Jakarta, not 24-hour spans', () => {
    expect(daysLeft('2027-01-05T00:00:00Z', now)).toBe(29);
    // 23:30 in Jakarta is still today; 00:30 the next day is tomorrow.
    expect(daysLeft('2026-12-07T16:30:00Z', now)).toBe(0);
    expect(daysLeft('2026-12-07T17:30:00Z', now)).toBe(1);
  });

  it('is negative once the day has passed', () => {
    expect(daysLeft('2026-12-04T05:00:00Z', now)).toBe(-3);
  });
});
