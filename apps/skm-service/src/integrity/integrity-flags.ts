import { registerEnumType } from '@nestjs/graphql';

/** Why an answer needs a person's look before it counts or is excluded (issue 7, integrity). */
export enum SkmFlag {
  BURST = 'BURST',
  STRAIGHT_LINING = 'STRAIGHT_LINING',
  OUTSIDE_HOURS = 'OUTSIDE_HOURS',
  STAFF_ENTERED = 'STAFF_ENTERED',
}
registerEnumType(SkmFlag, {
  name: 'SkmFlag',
  description:
    'Tanda integritas: BURST (banyak jawaban beruntun dari satu perangkat), STRAIGHT_LINING (semua unsur dijawab sama), OUTSIDE_HOURS (di luar jam layanan), STAFF_ENTERED (dimasukkan petugas)',
});

/** More than BURST_MAX answers from one device within BURST_WINDOW_MS: the extra ones are flagged. */
export const BURST_WINDOW_MS = 120_000;
export const BURST_MAX = 3;
/** All answered elements equal, over at least this many elements. */
export const STRAIGHT_LINE_MIN = 5;

export function isStraightLined(answers: ReadonlyArray<number | null>): boolean {
  const given = answers.filter((a): a is number => a !== null);
  return given.length >= STRAIGHT_LINE_MIN && given.every((a) => a === given[0]);
}

/** Opening hours are WIB clock times "HH:MM"; an answer at or after closing is outside. */
export function isOutsideHours(time: string, opensAt: string | null, closesAt: string | null): boolean {
  if (!opensAt || !closesAt) return false;
  return time < opensAt || time >= closesAt;
}

/**
 * Which of `fresh` answer times (ms) come in a burst, given the device's earlier stored times:
 * an answer is in a burst when BURST_MAX or more other answers fall in the BURST_WINDOW_MS before it.
 */
export function burstFlags(stored: readonly number[], fresh: readonly number[]): boolean[] {
  const all = [...stored.map((t) => ({ t, fresh: -1 })), ...fresh.map((t, i) => ({ t, fresh: i }))].sort(
    (a, b) => a.t - b.t || a.fresh - b.fresh,
  );
  const flags = fresh.map(() => false);
  let start = 0;
  all.forEach((entry, i) => {
    while (all[start].t < entry.t - BURST_WINDOW_MS) start += 1;
    if (entry.fresh >= 0 && i - start >= BURST_MAX) flags[entry.fresh] = true;
  });
  return flags;
}
