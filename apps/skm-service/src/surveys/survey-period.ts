import { registerEnumType } from '@nestjs/graphql';
import { badUserInput } from '@simpul/service-kit';

export enum SkmPeriodKind {
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}
registerEnumType(SkmPeriodKind, { name: 'SkmPeriodKind', description: 'Periode survei: triwulan, semester, tahun' });

const MONTHS: Record<SkmPeriodKind, number> = { QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };
const COUNT: Record<SkmPeriodKind, number> = { QUARTER: 4, HALF_YEAR: 2, YEAR: 1 };

export interface PeriodRange {
  startsOn: string;
  endsOn: string;
}

/** The calendar days of a period: Q2 2026 → 2026-04-01 … 2026-06-30. */
export function periodRange(kind: SkmPeriodKind, year: number, number: number): PeriodRange {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badUserInput('year', 'The year must be between 2000 and 2100.', 'Tahun harus antara 2000 dan 2100.');
  if (!Number.isInteger(number) || number < 1 || number > COUNT[kind]) {
    throw badUserInput('number', `A ${kind} period number must be 1–${COUNT[kind]}.`, `Nomor periode ${kind} harus 1–${COUNT[kind]}.`);
  }
  const firstMonth = (number - 1) * MONTHS[kind];
  const start = new Date(Date.UTC(year, firstMonth, 1));
  const end = new Date(Date.UTC(year, firstMonth + MONTHS[kind], 0));
  return { startsOn: start.toISOString().slice(0, 10), endsOn: end.toISOString().slice(0, 10) };
}

/** "Triwulan II 2026", "Semester I 2026", "Tahun 2026". */
export function periodLabel(kind: SkmPeriodKind, year: number, number: number): string {
  const roman = ['I', 'II', 'III', 'IV'][number - 1];
  if (kind === SkmPeriodKind.QUARTER) return `Triwulan ${roman} ${year}`;
  if (kind === SkmPeriodKind.HALF_YEAR) return `Semester ${roman} ${year}`;
  return `Tahun ${year}`;
}
