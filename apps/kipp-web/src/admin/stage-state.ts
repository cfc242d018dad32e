import type { KippStage } from '../shared/enums';
import { todayInIndonesia } from '../shared/today';

export type StageState = 'decided' | 'open' | 'upcoming' | 'overdue';

/** Where one stage stands today: decided stages are closed for good; an undecided one past its end is overdue. */
export function stageState(stage: { opensOn: string; closesOn: string; decidedAt: string | null }, today = todayInIndonesia()): StageState {
  if (stage.decidedAt) return 'decided';
  if (today < stage.opensOn) return 'upcoming';
  if (today > stage.closesOn) return 'overdue';
  return 'open';
}

/**
 * The first stage not yet decided, in calendar order, with its state today, so "current stage"
 * never disagrees with the calendar row: an undecided stage that has not opened is the next
 * stage (with its opening date), not the current one. Null once everything is decided.
 */
export function currentStage<S extends { stage: KippStage; opensOn: string; closesOn: string; decidedAt: string | null }>(
  stages: S[],
  today = todayInIndonesia(),
): { stage: KippStage; state: StageState; opensOn: string } | null {
  const first = stages.find((stage) => !stage.decidedAt);
  return first ? { stage: first.stage, state: stageState(first, today), opensOn: first.opensOn } : null;
}
