import type { LocalizedMessage } from '@simpul/contracts';
import type { GapAnalysis } from './reports.model';

/** "To reach B, raise 2.a.P from 2 to 4 and 29.f.B from 3 to 4", in both languages. */
export function gapSummary(gap: Omit<GapAnalysis, 'summary'>): LocalizedMessage {
  if (!gap.reachable || !gap.target) {
    return gap.from.code === 'A'
      ? { id: 'Sudah berada pada kategori tertinggi (A, Pelayanan Prima).', en: 'Already in the top category (A, Pelayanan Prima).' }
      : {
          id: 'Kategori berikutnya tidak terjangkau dengan menaikkan nilai indikator saja.',
          en: 'The next category cannot be reached by raising indicator levels alone.',
        };
  }
  const join = (parts: string[], and: string) =>
    parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
  const id = join(
    gap.steps.map((step) => `${step.indicatorCode} dari ${step.from} ke ${step.to}`),
    'dan',
  );
  const en = join(
    gap.steps.map((step) => `${step.indicatorCode} from ${step.from} to ${step.to}`),
    'and',
  );
  return {
    id: `Untuk mencapai kategori ${gap.target.code} (${gap.target.label}), naikkan ${id}.`,
    en: `To reach category ${gap.target.code} (${gap.target.labelEn}), raise ${en}.`,
  };
}
