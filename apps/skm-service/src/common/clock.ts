/** Where "now" comes from, so period and opening-hour rules can be tested at any instant. */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(date: Date | string): void {
    this.current = new Date(date);
  }
}

const WIB_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });
const WIB_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The calendar day of an instant in Indonesia (WIB), YYYY-MM-DD: survey periods are WIB calendar days. */
export function wibDate(instant: Date): string {
  return WIB_DATE.format(instant);
}

/** Clock time of an instant in WIB, HH:MM. */
export function wibTime(instant: Date): string {
  return WIB_TIME.format(instant);
}
