import { registerEnumType } from '@nestjs/graphql';

/** ISO weekdays; stored as 1 (Monday) … 7 (Sunday) so PostgreSQL's isodow matches. */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, { name: 'Weekday', description: 'Hari dalam pekan (Senin–Minggu)' });

export const WEEKDAYS = Object.values(Weekday);

export const WEEKDAY_NAMES_ID: Record<Weekday, string> = {
  MONDAY: 'Senin',
  TUESDAY: 'Selasa',
  WEDNESDAY: 'Rabu',
  THURSDAY: 'Kamis',
  FRIDAY: 'Jumat',
  SATURDAY: 'Sabtu',
  SUNDAY: 'Minggu',
};

export function weekdayNumber(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

export function weekdayOf(isoNumber: number): Weekday {
  return WEEKDAYS[isoNumber - 1];
}
