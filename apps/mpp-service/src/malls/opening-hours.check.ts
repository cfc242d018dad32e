import { badUserInput } from '@simpul/service-kit';
import type { OpeningHoursInput } from './mall.input';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A week of opening hours as `setOpeningHours` and `createMall` accept it: each weekday at most
 * once, times written HH:MM, closing after opening. `field` is the path of the list in the
 * operation (`hours`, `input.openingHours`), so the error points at the row and time at fault.
 */
export function checkOpeningHours(hours: readonly OpeningHoursInput[], field: string): void {
  const seen = new Set<string>();
  hours.forEach((entry, index) => {
    const row = `${field}.${index}`;
    if (seen.has(entry.weekday))
      throw badUserInput(`${row}.weekday`, `${entry.weekday} appears twice.`, `${entry.weekday} tercantum dua kali.`);
    seen.add(entry.weekday);
    for (const key of ['opensAt', 'closesAt'] as const) {
      if (!TIME.test(entry[key]))
        throw badUserInput(`${row}.${key}`, `${key} must be a time written HH:MM.`, `${key} harus berupa jam dengan format HH:MM.`);
    }
    if (entry.opensAt >= entry.closesAt)
      throw badUserInput(`${row}.closesAt`, 'Closing time must be after opening time.', 'Jam tutup harus setelah jam buka.');
  });
}
