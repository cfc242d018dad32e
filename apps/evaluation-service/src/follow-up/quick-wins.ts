import type { GapAnalysis } from '../reports/reports.model';
import type { FollowUpQuickWin } from './follow-up.model';

/**
 * Quick wins: the first level of each step of the gap analysis (the fewest level steps to the next
 * category), i.e. one indicator raised by one level, the smallest move that still counts. IPP is a
 * weighted sum of levels, so one level of a step is worth its gain divided by its levels. Largest
 * gain first; `planned` says the plan already has an action on that indicator.
 */
export function quickWins(
  gap: Pick<GapAnalysis, 'steps'>,
  plannedCodes: ReadonlySet<string>,
  descriptor: (code: string, level: number) => string | null,
): FollowUpQuickWin[] {
  return gap.steps
    .map((step) => ({
      indicatorCode: step.indicatorCode,
      indicatorText: step.indicatorText,
      from: step.from,
      to: step.from + 1,
      gain: step.to > step.from ? step.gain / (step.to - step.from) : 0,
      targetDescriptor: descriptor(step.indicatorCode, step.from + 1),
      planned: plannedCodes.has(step.indicatorCode),
    }))
    .filter((win) => win.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.indicatorCode.localeCompare(b.indicatorCode));
}

/** The draft's first actions, one per step of the rapor's "langkah berikutnya" (gap analysis). */
export function actionsFromGap(gap: Pick<GapAnalysis, 'steps'>): { title: string; indicatorCodes: string[] }[] {
  return gap.steps.map((step) => {
    const descriptor = step.targetDescriptor ? `: ${step.targetDescriptor}` : '';
    return {
      title: `Naikkan ${step.indicatorCode} dari level ${step.from} ke ${step.to}${descriptor}`.slice(0, 500),
      indicatorCodes: [step.indicatorCode],
    };
  });
}
