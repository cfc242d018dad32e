// Calendar dates (YYYY-MM-DD) as the contract sends them, in Jakarta time so "today" never shifts a day.
const JAKARTA = 'Asia/Jakarta';

export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: JAKARTA, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date formatted at noon UTC, so no time zone moves it to the day before. */
export function calendarDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}
