/** A daily quota as typed: blank means no quota, otherwise a whole number from 1. */
export function parseQuota(value: string): number | null | 'invalid' {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const quota = Number(trimmed);
  return quota >= 1 && quota <= 100000 ? quota : 'invalid';
}
