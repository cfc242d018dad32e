import type { SetupValues } from './survey-setup-form';
import type { PeriodKind } from './survey.operations';

const NINE = [
  ['U1', 'Persyaratan'],
  ['U2', 'Sistem, mekanisme dan prosedur'],
  ['U3', 'Waktu penyelesaian'],
  ['U4', 'Biaya/tarif'],
  ['U5', 'Produk spesifikasi jenis pelayanan'],
  ['U6', 'Kompetensi pelaksana'],
  ['U7', 'Perilaku pelaksana'],
  ['U8', 'Sarana dan prasarana'],
  ['U9', 'Penanganan pengaduan, saran dan masukan'],
] as const;

/** A new survey: this quarter (WIB), the nine PermenPANRB 14/2017 elements at 1/9 each. */
export function defaultSetup(now: Date): SetupValues {
  const wib = new Date(now.getTime() + 7 * 3_600_000);
  return {
    title: '',
    periodKind: 'QUARTER',
    year: String(wib.getUTCFullYear()),
    number: String(Math.floor(wib.getUTCMonth() / 3) + 1),
    customElements: false,
    elements: NINE.map(([code, name]) => ({ code, name, weight: '1/9', required: true })),
    expectedUsers: '',
    opensAt: '',
    closesAt: '',
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The range of visitor counts that stands for a period's expected users: the same number of days
 * just before the period (or the last 90 days when the period is not known yet).
 */
export function previousPeriodRange(startsOn: string | null, endsOn: string | null, now: Date): { from: string; to: string } {
  if (!startsOn || !endsOn) return { from: day(now.getTime() - 90 * 86_400_000), to: day(now.getTime() - 86_400_000) };
  const start = Date.parse(`${startsOn}T00:00:00Z`);
  const length = Date.parse(`${endsOn}T00:00:00Z`) - start + 86_400_000;
  return { from: day(start - length), to: day(start - 86_400_000) };
}

/** First and last day of a period (as the service computes it), or null for an impossible one. */
export function periodRange(kind: PeriodKind, year: number, number: number): { startsOn: string; endsOn: string } | null {
  const months = kind === 'QUARTER' ? 3 : kind === 'HALF_YEAR' ? 6 : 12;
  const n = kind === 'YEAR' ? 1 : number;
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || !Number.isInteger(n) || n < 1 || n * months > 12) return null;
  const start = Date.UTC(year, (n - 1) * months, 1);
  const end = Date.UTC(year, n * months, 1) - 86_400_000;
  return { startsOn: day(start), endsOn: day(end) };
}
