import { FixedClock, SystemClock } from './clock';

describe('Clock', () => {
  it('counts today in Indonesian western time: 23:30 UTC is already the next day in Jakarta', () => {
    class At extends FixedClock {
      override now() {
        return new Date('2026-11-23T23:30:00Z');
      }
    }
    expect(new At('2026-01-01').today()).toBe('2026-11-24');
  });

  it('stops a fixed clock at noon WIB of its date and moves it when set', () => {
    const clock = new FixedClock('2026-03-01');
    expect(clock.now().toISOString()).toBe('2026-03-01T05:00:00.000Z');
    clock.set('2026-12-31');
    expect(clock.today()).toBe('2026-12-31');
  });

  it('tells the real time on the system clock', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
