import { registerEnumType } from '@nestjs/graphql';
import type { SurveyRow } from '../surveys/survey.row';
import { sampleOf, totalsOf, type RollupCell } from './result-builder';

/** Why a unit or desk has no headline IKM (shown in words by the web, never as the code). */
export enum SkmHeadlineGap {
  NO_ANSWERS = 'NO_ANSWERS',
  PERIOD_RUNNING = 'PERIOD_RUNNING',
  PENDING_REVIEW = 'PENDING_REVIEW',
  POPULATION_UNKNOWN = 'POPULATION_UNKNOWN',
  SAMPLE_TOO_SMALL = 'SAMPLE_TOO_SMALL',
}
registerEnumType(SkmHeadlineGap, {
  name: 'SkmHeadlineGap',
  description:
    'Mengapa belum ada IKM utama: belum ada jawaban, periode masih berjalan, jawaban menunggu tinjauan, jumlah pengguna layanan belum diisi, sampel belum cukup',
});

/** What the headline rule and the headline's figure read of a survey. */
export type HeadlineSurvey = Pick<
  SurveyRow,
  'id' | 'serviceUnitId' | 'deskId' | 'periodKind' | 'periodYear' | 'periodNumber' | 'startsOn' | 'endsOn' | 'elements' | 'expectedUsers'
>;

/** A survey with counted answers, its rollup cells and how many of its answers still wait for an admin's review. */
export interface HeadlineCandidate {
  survey: HeadlineSurvey;
  cells: RollupCell[];
  pending: number;
}

export type Headline = { survey: HeadlineSurvey; cells: RollupCell[]; respondents: number } | { gap: SkmHeadlineGap };

function gapOf(candidate: HeadlineCandidate, today: string): SkmHeadlineGap | null {
  if (candidate.survey.endsOn >= today) return SkmHeadlineGap.PERIOD_RUNNING;
  if (candidate.pending > 0) return SkmHeadlineGap.PENDING_REVIEW;
  const respondents = totalsOf(candidate.survey.elements.length, candidate.cells).respondents;
  if (respondents === 0) return SkmHeadlineGap.NO_ANSWERS;
  const sample = sampleOf(candidate.survey.expectedUsers, respondents);
  if (sample.adequate === null) return SkmHeadlineGap.POPULATION_UNKNOWN;
  return sample.adequate ? null : SkmHeadlineGap.SAMPLE_TOO_SMALL;
}

/**
 * The headline IKM of a unit or desk: the most recent COMPLETED period (ended before today, WIB)
 * whose answers are all reviewed (none waiting for an admin) and whose sample is adequate
 * (Krejcie–Morgan against the survey's expected users). A running period, an unreviewed paper
 * batch or a tiny sample never replaces a sound figure. Most recent = latest end, then latest start
 * (a quarter ending with a semester is the more current of the two). Without one, the gap of the
 * most recent completed survey says why; only running periods: PERIOD_RUNNING.
 */
export function pickHeadline(candidates: readonly HeadlineCandidate[], today: string): Headline {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.survey.endsOn.localeCompare(a.survey.endsOn) ||
      b.survey.startsOn.localeCompare(a.survey.startsOn) ||
      a.survey.id.localeCompare(b.survey.id),
  );
  let firstGap: SkmHeadlineGap | null = null;
  for (const candidate of ordered) {
    const gap = gapOf(candidate, today);
    if (gap === null) {
      return {
        survey: candidate.survey,
        cells: candidate.cells,
        respondents: totalsOf(candidate.survey.elements.length, candidate.cells).respondents,
      };
    }
    if (gap !== SkmHeadlineGap.PERIOD_RUNNING && firstGap === null) firstGap = gap;
  }
  if (firstGap) return { gap: firstGap };
  return { gap: ordered.length ? SkmHeadlineGap.PERIOD_RUNNING : SkmHeadlineGap.NO_ANSWERS };
}
