/**
 * A service's idea of "now". Rules that depend on today's date (agreement expiry, deadlines, windows)
 * read it from here, so tests inject a fixed clock instead of waiting for calendars to turn.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date in Indonesia (WIB), as YYYY-MM-DD. */
  today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock stopped at `isoDate` (noon WIB), settable by tests. */
export class FixedClock extends Clock {
  private current: Date;

  constructor(isoDate: string) {
    super();
    this.current = FixedClock.noon(isoDate);
  }

  static noon(isoDate: string): Date {
    return new Date(`${isoDate}T12:00:00+07:00`);
  }

  set(isoDate: string): void {
    this.current = FixedClock.noon(isoDate);
  }

  now(): Date {
    return this.current;
  }
}
