import type { EvaluationScheme } from '../cycles/cycle-phase.enum';

/** The scheme's name in a result's label; a cycle's name alone repeats (two 2026 cycles). */
export const SCHEME_LABEL: Record<EvaluationScheme, { id: string; en: string }> = {
  PEMANTAUAN: { id: 'Pemantauan', en: 'Monitoring' },
  MANDIRI: { id: 'Mandiri', en: 'Self-run' },
  KHUSUS: { id: 'Khusus', en: 'Special' },
};

/** "PEKPPP 2026 (Pemantauan): peringkat 2 dari 3" — a result named by its cycle and scheme, not by its year. */
export function resultLabel(
  cycleName: string,
  scheme: EvaluationScheme,
  rank: number | null,
  cohortSize: number | null,
): { id: string; en: string } {
  const words = SCHEME_LABEL[scheme];
  const ranked = rank !== null && cohortSize !== null;
  return {
    id: `${cycleName} (${words.id})${ranked ? `: peringkat ${rank} dari ${cohortSize}` : ''}`,
    en: `${cycleName} (${words.en})${ranked ? `: rank ${rank} of ${cohortSize}` : ''}`,
  };
}
