/**
 * The F-02 indicators about the unit's SKM (docs/domain.md §4.3, aspect a, the same codes in the
 * 2024 A and B instruments): 6.a.B the SKM is run per PermenPANRB 14/2017, 7.a.T its results are
 * published, 8.a.Ak and 9.a.Ak its follow-up plans are completed and how fast. For these the desk's
 * F-01 shows the unit's latest IKM as a reference next to the claim.
 */
export const SKM_INDICATOR_CODES: readonly string[] = ['6.a.B', '7.a.T', '8.a.Ak', '9.a.Ak'];

export function isSkmIndicator(code: string): boolean {
  return SKM_INDICATOR_CODES.includes(code);
}
