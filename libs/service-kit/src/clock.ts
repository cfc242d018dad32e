const WIB_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });
const WIB_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The calendar day of an instant in Indonesia (WIB), YYYY-MM-DD: periods, deadlines and windows are WIB calendar days. */
export function wibDate(instant: Date): string {
  return WIB_DATE.format(instant);
}

/** The last instant of a WIB calendar day (YYYY-MM-DD): something due "on" a day is not overdue until it ends. */
export function endOfWibDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+07:00`);
}

/** Clock time of an instant in WIB, HH:MM. */
export function wibTime(instant: Date): string {
  return WIB_TIME.format(instant);
}

/**
 * A service's idea of "now". Rules that depend on today's date (agreement expiry, deadlines, windows)
 * read it from here, so tests inject a fixed clock instead of waiting for calendars to turn.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date in Indonesia (WIB), as YYYY-MM-DD. */
  today(): string {
    return wibDate(this.now());
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

/** A clock tests move by hand to any instant. */
export class ManualClock extends Clock {
  private current: Date;

  constructor(start: Date | string) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(date: Date | string): void {
    this.current = new Date(date);
  }
}
