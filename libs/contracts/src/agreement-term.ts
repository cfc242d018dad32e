/**
 * The limits of a PKS (cooperation agreement) that both the MPP service and the form enforce: a term
 * longer than ten years or a number longer than a printed letter's is a typing mistake (31-12-9999).
 */
export const MAX_AGREEMENT_YEARS = 10;
export const MAX_AGREEMENT_NUMBER_LENGTH = 100;

/** The same calendar day `years` later (ISO dates); 29 February falls back to 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year + years, month - 1, day));
  // Date.UTC rolls 29 February into 1 March; step back to the month's last day instead.
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The last day a PKS (or an addendum's new term) running from `from` may end. */
export const latestAgreementEnd = (from: string): string => addYears(from, MAX_AGREEMENT_YEARS);
