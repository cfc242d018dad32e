const WIB_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Midnight UTC of the calendar day `value` falls on in Jakarta, so two days subtract to whole days. */
function wibDay(value: Date): number {
  const [year, month, day] = WIB_DATE.format(value).split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/**
 * Whole calendar days from `now` to `due` as a person in Indonesia counts them (dates are shown in
 * Asia/Jakarta too): 0 on the day itself, negative once it has passed. Counting days rather than
 * 24-hour spans keeps "besok" true late in the evening.
 */
export function daysLeft(due: Date | string, now: Date): number {
  const dueDate = typeof due === 'string' ? new Date(due) : due;
  return Math.round((wibDay(dueDate) - wibDay(now)) / 86_400_000);
}
